import type { NextFunction, Request, Response } from 'express';
import { JOURNAL_BODY_KEEP, type RequestJournal } from '../admin/request-journal.js';
import { SANDBOX_HEADER } from './select-sandbox.js';

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  const text = Buffer.isBuffer(body) ? body.toString('utf8', 0, Math.min(body.length, JOURNAL_BODY_KEEP)) : typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > JOURNAL_BODY_KEEP ? text.slice(0, JOURNAL_BODY_KEEP) : text;
}

/**
 * Records every API request in the journal when its response finishes. Only references are kept on the way;
 * masking happens when the journal is read, so recording costs little.
 */
export function recordRequests(journal: RequestJournal) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (journal.capacity === 0) return next();
    const started = performance.now();
    // Every answer is written by the API pipeline's `send` or by `renderProblem`, which leave the text in
    // `res.locals.responseText`: nothing on the response is wrapped.
    response.on('finish', () => {
      const header = request.headers[SANDBOX_HEADER];
      journal.record({
        time: Date.now(),
        sandbox: (response.locals.sandbox as string | undefined) ?? (typeof header === 'string' && header ? header : 'default'),
        method: request.method,
        url: request.originalUrl,
        operationId: response.locals.operationId as string | undefined,
        status: response.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        headers: request.headers,
        requestBody: bodyText(request.body),
        responseBody: bodyText(response.locals.responseText),
      });
    });
    next();
  };
}
