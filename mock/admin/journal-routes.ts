import express, { type Request, type Router } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import { type AdminContext, namedSandbox } from './admin-context.js';
import { checkAdminBody } from './check-admin-body.js';
import { journalPage, type PageRequest } from './journal-page.js';
import { compileMatcher, type JournalMatcher, journalMatcherSchema } from './journal-matcher.js';
import type { JournalRecord } from './request-journal.js';

/**
 * The predicate of a matcher, scoped to the sandbox the call names (`?sandbox=` or the header), if any: a job
 * that names its sandbox only ever sees its own requests.
 */
function matcherFrom(value: unknown, sandbox: string | undefined): (record: JournalRecord) => boolean {
  const checked = checkAdminBody<JournalMatcher>(journalMatcherSchema, value);
  if (!checked.ok) throw new ProblemError('bad-request', `invalid matcher: ${checked.errors.join('; ')}`, { errors: checked.errors });
  const matcher = checked.value;
  if (sandbox !== undefined && matcher.sandbox !== undefined && matcher.sandbox !== sandbox) {
    throw new ProblemError('bad-request', `the matcher's sandbox "${matcher.sandbox}" is not the sandbox of the call, "${sandbox}"`);
  }
  const compiled = compileMatcher(sandbox === undefined ? matcher : { ...matcher, sandbox });
  if (!compiled.ok) throw new ProblemError('bad-request', compiled.reason);
  return compiled.test;
}

function positive(q: Record<string, string | undefined>, key: 'limit' | 'before', fallback?: number): number | undefined {
  const value = q[key] === undefined ? fallback : Number(q[key]);
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new ProblemError('bad-request', `${key} must be a positive whole number, got "${q[key]}"`);
  }
  return value;
}

function queryMatcher(request: Request): { matcher: JournalMatcher; page: PageRequest } {
  const q = request.query as Record<string, string | undefined>;
  const matcher: JournalMatcher = {};
  // `sandbox` is the call's scope (see namedSandbox), not a filter of its own.
  for (const key of ['method', 'path', 'pathPattern', 'operationId', 'bodyContains'] as const) if (q[key]) matcher[key] = q[key];
  if (q.status !== undefined) {
    const status = Number(q.status);
    if (!Number.isInteger(status)) throw new ProblemError('bad-request', `status must be a whole number, got "${q.status}"`);
    matcher.status = status;
  }
  const before = positive(q, 'before');
  return { matcher, page: { limit: positive(q, 'limit', 100) ?? 100, ...(before === undefined ? {} : { before }) } };
}

/** The link to the page after `before`: the same query, `before` replaced. */
function nextLink(request: Request): (before: number) => string {
  const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
  return (before) => {
    query.set('before', String(before));
    return `${request.baseUrl}${request.path}?${query.toString()}`;
  };
}

/**
 * The request journal: list (newest first, filtered), clear, count. Each takes `?sandbox=` (or the sandbox
 * header) to see or clear only that sandbox's requests; without it, the whole journal. Reading the journal never
 * creates a sandbox, and a sandbox gone since keeps its entries.
 */
export function journalRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { journal } = context;

  router.get('/requests', async (request, response) => {
    const { matcher, page } = queryMatcher(request);
    const test = matcherFrom(matcher, namedSandbox(request));
    await journal.refresh();
    response.type('application/json').send(journalPage(journal, test, page, nextLink(request)));
  });

  router.delete('/requests', async (request, response) => {
    const sandbox = namedSandbox(request);
    await journal.forget(sandbox);
    response.json(sandbox === undefined ? { cleared: true } : { cleared: true, sandbox });
  });

  router.post('/requests/count', async (request, response) => {
    const test = matcherFrom(request.body ?? {}, namedSandbox(request));
    await journal.refresh();
    let count = 0;
    for (const record of journal.newestFirst()) if (test(record)) count++;
    response.json({ count });
  });
  return router;
}
