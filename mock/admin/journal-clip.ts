import type { IncomingHttpHeaders } from 'node:http';

/** Longest path (query string included) a journal entry shows, in characters; longer ones are clipped after masking. */
export const JOURNAL_PATH_LIMIT = 4096;
/** Longest header value a journal entry shows, in characters. */
export const JOURNAL_HEADER_LIMIT = 1024;
/** Kept past a shown limit so masking never sees half a card number. */
const MARGIN = 64;
/** Most bytes the metadata JSON (path included) may take in a 16 KB slot; with HEADER_BYTES, both always fit. */
const META_BYTES = 5 * 1024;
/** Most bytes the headers JSON may take in a slot. */
const HEADER_BYTES = 4 * 1024;

/** What was clipped from one record: the path's length, and each clipped or left-out header's (0: left out). */
export type Clipped = { path?: number; headers?: Record<string, number> };

type HeaderValue = IncomingHttpHeaders[string];

const byteLength = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** The URL cut so that `metaOf(url)` takes at most META_BYTES (halved further for URLs of multi-byte characters). */
function clipUrl(url: string, metaOf: (url: string) => unknown): { url: string; length?: number } {
  let keep = JOURNAL_PATH_LIMIT + MARGIN;
  if (url.length <= keep && byteLength(metaOf(url)) <= META_BYTES) return { url };
  while (keep > 0 && byteLength(metaOf(url.slice(0, keep))) > META_BYTES) keep = Math.floor(keep / 2);
  return { url: url.slice(0, keep), length: url.length };
}

function clipValue(value: HeaderValue): { value: HeaderValue; length?: number } {
  const keep = JOURNAL_HEADER_LIMIT + MARGIN;
  if (typeof value === 'string') return value.length <= keep ? { value } : { value: value.slice(0, keep), length: value.length };
  if (!Array.isArray(value) || value.every((item) => item.length <= keep)) return { value };
  return { value: value.map((item) => item.slice(0, keep)), length: value.reduce((sum, item) => sum + item.length, 0) };
}

/**
 * The headers cut to fit HEADER_BYTES: each value clipped to what an entry shows, then, if they are still too many,
 * the smallest kept first (so the short, telling ones such as `authorization` survive a flood of fillers).
 */
function clipHeaders(headers: IncomingHttpHeaders): { headers: IncomingHttpHeaders; clipped: Record<string, number> } {
  // No prototype: a header named `__proto__` is noted like any other.
  const clipped: Record<string, number> = Object.create(null) as Record<string, number>;
  const values: Array<[string, HeaderValue, number]> = Object.entries(headers).map(([name, raw]) => {
    const { value, length } = clipValue(raw);
    if (length !== undefined) clipped[name] = length;
    return [name, value, byteLength({ [name]: value })];
  });
  if (byteLength(Object.fromEntries(values.map(([name, value]) => [name, value]))) <= HEADER_BYTES) {
    return { headers: Object.fromEntries(values.map(([name, value]) => [name, value])), clipped };
  }
  const kept = new Set<string>();
  let used = 2;
  for (const [name, , size] of [...values].sort((a, b) => a[2] - b[2])) {
    if (used + size + 1 > HEADER_BYTES) continue;
    kept.add(name);
    used += size + 1;
  }
  for (const [name] of values) if (!kept.has(name)) clipped[name] = 0;
  return { headers: Object.fromEntries(values.filter(([name]) => kept.has(name)).map(([name, value]) => [name, value])), clipped };
}

/**
 * A record's metadata and headers as JSON, each cut to its share of the slot (META_BYTES, HEADER_BYTES) and the cut
 * noted in the metadata's `clipped`: the bodies, written after them, are the only part a full slot ever cuts.
 * @example const [metaText, headerText] = fitToSlot({ id: 1, url: request.url }, request.headers)
 */
export function fitToSlot<M extends { url: string; clipped?: Clipped }>(meta: M, raw: IncomingHttpHeaders): [string, string] {
  const { headers, clipped: clippedHeaders } = clipHeaders(raw);
  const headerNote = Object.keys(clippedHeaders).length > 0 ? { headers: clippedHeaders } : undefined;
  const withUrl = (url: string, clipped: Clipped | undefined): M => ({ ...meta, url, ...(clipped ? { clipped } : {}) });
  const { url, length } = clipUrl(meta.url, (candidate) => withUrl(candidate, { path: meta.url.length, ...headerNote }));
  return [JSON.stringify(withUrl(url, length === undefined ? headerNote : { path: length, ...headerNote })), JSON.stringify(headers)];
}

/** A text cut to `limit` characters and marked with its full length, when `length` says it was clipped. */
export function shownClipped(text: string, limit: number, length: number | undefined): string {
  if (length === undefined || length === 0) return text;
  return `${text.slice(0, limit)}… (clipped, ${length} characters)`;
}
