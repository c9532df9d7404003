import express, { type Request, type Router } from 'express';
import { maskSensitiveKeys } from '../../src/mask/mask-sensitive.js';
import type { BrowseNode, BrowseSupport } from '../../src/plugin/browse-support.js';
import { ProblemError } from '../../src/problems/problem.js';
import { type AdminContext, adminSandbox, existingWorld } from './admin-context.js';

/** Roots one browse answer holds at most (each with a few children per list). */
export const BROWSE_PAGE_LIMIT = 100;
const DEFAULT_LIMIT = 20;
/** Longest search term: every search is a few index lookups, whatever its length. */
const TERM_LIMIT = 200;

function whole(q: Record<string, unknown>, key: string, fallback: number, min: number): number {
  if (q[key] === undefined) return fallback;
  const value = Number(q[key]);
  if (typeof q[key] !== 'string' || !Number.isInteger(value) || value < min) throw new ProblemError('bad-request', `${key} must be a whole number of at least ${min}, got "${String(q[key])}"`);
  return value;
}

type BrowseQuery = { kind: string; term: string | undefined; offset: number; limit: number };

function browseQuery(request: Request, browse: BrowseSupport): BrowseQuery {
  const q = request.query as Record<string, unknown>;
  const kinds = Object.keys(browse.roots);
  const kind = q.kind === undefined ? kinds[0] ?? '' : String(q.kind);
  if (!kinds.includes(kind)) throw new ProblemError('bad-request', `kind must be one of ${kinds.join(', ')}, got "${kind}"`, { kinds });
  if (q.q !== undefined && (typeof q.q !== 'string' || q.q.length > TERM_LIMIT)) throw new ProblemError('bad-request', `q must be one search term of at most ${TERM_LIMIT} characters`);
  const term = typeof q.q === 'string' && q.q.trim() ? q.q.trim() : undefined;
  return { kind, term, offset: whole(q, 'offset', 0, 0), limit: Math.min(whole(q, 'limit', DEFAULT_LIMIT, 1), BROWSE_PAGE_LIMIT) };
}

/** The link to the next page: the same query, `offset` moved on. */
function nextLink(request: Request, offset: number): string {
  const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
  query.set('offset', String(offset));
  return `${request.baseUrl}${request.path}?${query.toString()}`;
}

/**
 * The dashboard's state browser: `GET /__admin/browse` lists the browsable APIs, `GET /__admin/browse/{api}` answers
 * one page of an API's root entities (`?kind=`, `offset`, `limit`) or those a search term names (`?q=`), through
 * ids and indexes only, read in one read-only transaction of the sandbox, sensitive keys masked.
 */
export function browseRoutes(context: AdminContext): Router {
  const router = express.Router();
  const browsable = context.apis.flatMap(({ plugin }) => (plugin.browse ? [{ name: plugin.name, title: plugin.title, browse: plugin.browse }] : []));

  router.get('/browse', (_request, response) => {
    response.json({ apis: browsable.map(({ name, title, browse }) => ({ name, title, kinds: Object.keys(browse.roots), keys: browse.keys })) });
  });

  router.get('/browse/:api', async (request, response) => {
    const api = browsable.find(({ name }) => name === request.params.api);
    if (!api) throw new ProblemError('not-found', `no browsable API named "${request.params.api}"`, { apis: browsable.map(({ name }) => name) });
    const query = browseQuery(request, api.browse);
    const sandbox = adminSandbox(request);
    const world = await existingWorld(context.pool, sandbox);
    const page = await world.state.transaction(async (tx) => {
      if (query.term !== undefined) {
        const nodes = await api.browse.search(tx, query.term, query.limit);
        return { total: nodes.length, rows: nodes };
      }
      return api.browse.roots[query.kind]?.(tx, query.offset, query.limit) ?? { total: 0, rows: [] as BrowseNode[] };
    }, { readOnly: true });
    const end = query.term === undefined ? query.offset + page.rows.length : page.rows.length;
    response.json({
      api: api.name, sandbox, kind: query.kind, q: query.term ?? null, offset: query.term === undefined ? query.offset : 0, limit: query.limit, total: page.total,
      next: query.term === undefined && end < page.total ? nextLink(request, end) : null,
      nodes: maskSensitiveKeys(page.rows),
    });
  });
  return router;
}
