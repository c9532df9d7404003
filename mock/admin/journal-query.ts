import type { Request } from 'express';
import { ProblemError } from '../../src/problems/problem.js';
import { checkAdminBody } from './check-admin-body.js';
import type { PageRequest } from './journal-page.js';
import { compileMatcher, type JournalMatcher, journalMatcherSchema } from './journal-matcher.js';
import type { JournalRecord } from './request-journal.js';

/**
 * The predicate of a matcher, scoped to the sandbox the call names (`?sandbox=` or the header), if any: a job
 * that names its sandbox only ever sees its own requests.
 */
export function matcherFrom(value: unknown, sandbox: string | undefined): (record: JournalRecord) => boolean {
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

/** The matcher and page a journal query asks for (`method`, `path`, `pathPattern`, `operationId`, `bodyContains`, `status`, `limit`, `before`). */
export function queryMatcher(request: Request): { matcher: JournalMatcher; page: PageRequest } {
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
