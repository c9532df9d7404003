import { RE2JS } from 're2js';
import type { JournalRecord } from './request-journal.js';

/** Longest `pathPattern`, in characters. */
export const JOURNAL_PATTERN_LIMIT = 512;

/** What `GET /__admin/requests` filters on and `POST /__admin/requests/count` counts. */
export type JournalMatcher = {
  method?: string;
  /** A substring of the path (query string included), e.g. a prefix such as `/firstvision/customer`. */
  path?: string;
  /** A regular expression tested against the path, in RE2 syntax: matched in linear time, so no backreferences or lookaround. */
  pathPattern?: string;
  status?: number;
  operationId?: string;
  sandbox?: string;
  /** A substring of the request body, as sent. */
  bodyContains?: string;
};

/** The JSON Schema of a matcher (the count endpoint's body). */
export const journalMatcherSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    method: { type: 'string', minLength: 1 },
    path: { type: 'string' },
    pathPattern: { type: 'string', maxLength: JOURNAL_PATTERN_LIMIT },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    operationId: { type: 'string' },
    sandbox: { type: 'string' },
    bodyContains: { type: 'string' },
  },
} as const;

/**
 * `pathPattern` compiled by RE2 (re2js), whose matching time is linear in the path whatever the pattern: a
 * backtracking engine would let one pattern such as `(a+)+$` hold the server for seconds.
 */
function compilePattern(pattern: string): { ok: true; pattern: RE2JS } | { ok: false; reason: string } {
  if (pattern.length > JOURNAL_PATTERN_LIMIT) return { ok: false, reason: `pathPattern is longer than ${JOURNAL_PATTERN_LIMIT} characters` };
  try {
    return { ok: true, pattern: RE2JS.compile(pattern) };
  } catch (error) {
    const why = (error as Error).message;
    return { ok: false, reason: `pathPattern is not a regular expression of RE2 syntax (no backreferences or lookaround): ${why}` };
  }
}

/**
 * A predicate over journal records; a bad `pathPattern` is reported, not thrown.
 * @example compileMatcher({ method: 'POST', operationId: 'customerAdd' })
 */
export function compileMatcher(matcher: JournalMatcher): { ok: true; test: (record: JournalRecord) => boolean } | { ok: false; reason: string } {
  let pattern: RE2JS | undefined;
  if (matcher.pathPattern !== undefined) {
    const compiled = compilePattern(matcher.pathPattern);
    if (!compiled.ok) return compiled;
    pattern = compiled.pattern;
  }
  const method = matcher.method?.toUpperCase();
  return {
    ok: true,
    test: (record) =>
      (method === undefined || record.method === method) &&
      (matcher.path === undefined || record.url.includes(matcher.path)) &&
      (pattern === undefined || pattern.test(record.url)) &&
      (matcher.status === undefined || record.status === matcher.status) &&
      (matcher.operationId === undefined || record.operationId === matcher.operationId) &&
      (matcher.sandbox === undefined || record.sandbox === matcher.sandbox) &&
      (matcher.bodyContains === undefined || (record.requestBody ?? '').includes(matcher.bodyContains)),
  };
}
