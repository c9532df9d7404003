import type { JournalRecord } from './request-journal.js';

/** What `GET /__admin/requests` filters on and `POST /__admin/requests/count` counts. */
export type JournalMatcher = {
  method?: string;
  /** A substring of the path (query string included), e.g. a prefix such as `/firstvision/customer`. */
  path?: string;
  /** A regular expression tested against the path. */
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
    pathPattern: { type: 'string' },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    operationId: { type: 'string' },
    sandbox: { type: 'string' },
    bodyContains: { type: 'string' },
  },
} as const;

/**
 * A predicate over journal records; a bad `pathPattern` is reported, not thrown.
 * @example compileMatcher({ method: 'POST', operationId: 'customerAdd' })
 */
export function compileMatcher(matcher: JournalMatcher): { ok: true; test: (record: JournalRecord) => boolean } | { ok: false; reason: string } {
  let pattern: RegExp | undefined;
  if (matcher.pathPattern !== undefined) {
    try {
      pattern = new RegExp(matcher.pathPattern);
    } catch (error) {
      return { ok: false, reason: `pathPattern is not a regular expression: ${(error as Error).message}` };
    }
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
