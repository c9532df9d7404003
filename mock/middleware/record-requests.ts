import type { Request } from 'express';
import { JOURNAL_BODY_KEEP, type RequestJournal } from '../admin/request-journal.js';

/** What the journal learns of one answered request, besides the request itself. */
export type Answered = {
  started: number;
  sandbox: string;
  /** The sandbox clock's time, when the request reached its sandbox. */
  sandboxTime?: number;
  operationId: string | undefined;
  status: number;
  body: Buffer | undefined;
  responseText: string | undefined;
};

function clip(text: string | undefined): string | undefined {
  return text !== undefined && text.length > JOURNAL_BODY_KEEP ? text.slice(0, JOURNAL_BODY_KEEP) : text;
}

function bodyText(raw: Buffer | undefined): string | undefined {
  return raw === undefined || raw.length === 0 ? undefined : raw.toString('utf8', 0, Math.min(raw.length, JOURNAL_BODY_KEEP));
}

/**
 * Records one answered request in the journal. Only references and clipped text are kept; masking happens when
 * the journal is read, so recording costs little.
 */
export function recordRequest(journal: RequestJournal, request: Request, answered: Answered): void {
  if (journal.capacity === 0) return;
  journal.record({
    time: Date.now(),
    ...(answered.sandboxTime === undefined ? {} : { sandboxTime: answered.sandboxTime }),
    sandbox: answered.sandbox,
    method: request.method,
    url: request.originalUrl,
    operationId: answered.operationId,
    status: answered.status,
    durationMs: Math.round((performance.now() - answered.started) * 10) / 10,
    headers: request.headers,
    requestBody: bodyText(answered.body),
    // A HEAD answer goes out without its body (Node drops it): the journal shows what was sent.
    responseBody: request.method === 'HEAD' ? undefined : clip(answered.responseText),
  });
}
