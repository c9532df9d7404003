import type { Page, StateReader } from '../state/state-store.js';

/**
 * One entity of a sandbox's state as the dashboard shows it: what it is, its id and a label (neither ever a full
 * card number or document), its own fields (the admin route masks sensitive keys again) and its children, each
 * list cut to a few rows with how many there are in all.
 */
export type BrowseNode = {
  kind: string;
  id: string;
  label: string;
  fields: Record<string, unknown>;
  children: BrowseChildren[];
};

/** A list of child entities of one kind (`accounts`, `cards`, …): the first rows and the size of the whole list. */
export type BrowseChildren = { kind: string; total: number; nodes: BrowseNode[] };

/** What a search term can be, for the dashboard's hint (`customer number`, `masked PAN`, …). */
export type BrowseKey = { name: string; example: string };

/**
 * How an API's state is browsed and searched (`GET /__admin/browse/{api}`): a page of root entities of one kind in
 * insertion order, and the roots a search term names. Both read through ids and indexes only (never a scan), so
 * they stay fast however many rows a sandbox holds.
 * @example browse: { roots: { widgets: (tx, offset, limit) => … }, keys: [{ name: 'id', example: '7' }], search: (tx, term, limit) => … }
 */
export type BrowseSupport = {
  /** Each kind of root entity (`customers`, `stores`) and a page of them, in insertion order; the first is the default. */
  roots: Record<string, (reader: StateReader, offset: number, limit: number) => Promise<Page<BrowseNode>>>;
  /** What `search` understands. */
  keys: BrowseKey[];
  /** The roots a term names (exact matches through the indexes), at most `limit`. */
  search: (reader: StateReader, term: string, limit: number) => Promise<BrowseNode[]>;
};

/** A node's children of one kind from a page of rows. */
export function browseChildren<T>(kind: string, page: Page<T>, node: (row: T) => BrowseNode): BrowseChildren {
  return { kind, total: page.total, nodes: page.rows.map(node) };
}

const ASCII = /^[\x20-\x7e]*$/;

/** A name as the name indexes key it: accents, case and repeated spaces dropped (`José  Silva` → `jose silva`). */
export function nameKey(name: string | undefined): string | undefined {
  if (!name) return undefined;
  // Most names are plain ASCII (scenario loads index 100,000 of them): decomposing accents is needed only for the rest.
  const plain = ASCII.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  const key = plain.toLowerCase().replace(/\s+/g, ' ').trim();
  return key || undefined;
}
