import express, { type Request, type Router } from 'express';
import type { ValidateFunction } from 'ajv';
import { ProblemError } from '../../src/problems/problem.js';
import { createAjv } from '../../src/validation/create-ajv.js';
import { toDiagnostics } from '../../src/validation/to-diagnostics.js';
import type { AdminContext } from './admin-context.js';
import { compileMatcher, type JournalMatcher, journalMatcherSchema } from './journal-matcher.js';
import { type JournalRecord, RequestJournal } from './request-journal.js';

let validate: ValidateFunction | undefined;

function matcherFrom(value: unknown): (record: JournalRecord) => boolean {
  validate ??= createAjv().compile(journalMatcherSchema);
  if (!validate(value)) {
    const errors = toDiagnostics('', validate.errors).map((d) => `${d.path || '/'} ${d.message}`);
    throw new ProblemError('bad-request', `invalid matcher: ${errors.join('; ')}`, { errors });
  }
  const compiled = compileMatcher(value as JournalMatcher);
  if (!compiled.ok) throw new ProblemError('bad-request', compiled.reason);
  return compiled.test;
}

function queryMatcher(request: Request): { matcher: JournalMatcher; limit: number } {
  const q = request.query as Record<string, string | undefined>;
  const matcher: JournalMatcher = {};
  for (const key of ['method', 'path', 'pathPattern', 'operationId', 'sandbox', 'bodyContains'] as const) if (q[key]) matcher[key] = q[key];
  if (q.status !== undefined) {
    const status = Number(q.status);
    if (!Number.isInteger(status)) throw new ProblemError('bad-request', `status must be a whole number, got "${q.status}"`);
    matcher.status = status;
  }
  const limit = q.limit === undefined ? 100 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new ProblemError('bad-request', `limit must be a positive whole number, got "${q.limit}"`);
  return { matcher, limit };
}

/** The request journal: list (newest first, filtered), clear, count. */
export function journalRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { journal } = context;

  router.get('/requests', (request, response) => {
    const { matcher, limit } = queryMatcher(request);
    const test = matcherFrom(matcher);
    const requests = [];
    for (const record of journal.newestFirst()) {
      if (!test(record)) continue;
      requests.push(RequestJournal.view(record));
      if (requests.length >= limit) break;
    }
    response.json({ size: journal.size, capacity: journal.capacity, requests });
  });

  router.delete('/requests', (_request, response) => {
    journal.clear();
    response.json({ cleared: true });
  });

  router.post('/requests/count', (request, response) => {
    const test = matcherFrom(request.body ?? {});
    let count = 0;
    for (const record of journal.newestFirst()) if (test(record)) count++;
    response.json({ count });
  });
  return router;
}
