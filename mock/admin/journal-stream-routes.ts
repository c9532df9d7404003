import express, { type Response, type Router } from 'express';
import { type AdminContext, namedSandbox } from './admin-context.js';
import { journalEntry } from './journal-entry.js';
import { matcherFrom, queryMatcher } from './journal-query.js';
import type { RequestJournal, StoredRecord } from './request-journal.js';

/** Bytes a stream may have waiting for a slow reader; past it, entries are dropped (and counted) until it drains. */
export const STREAM_BUFFER_BYTES = 256 * 1024;
/** Entries replayed to a reader that reconnects with `Last-Event-ID`. */
export const STREAM_REPLAY_LIMIT = 100;
const HEARTBEAT_MS = 15_000;

function event(response: Response, name: string, data: unknown, id?: number): void {
  response.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** The entries after `lastId` that match, oldest first, at most STREAM_REPLAY_LIMIT (the newest of them). */
function missed(journal: RequestJournal, test: (record: StoredRecord) => boolean, lastId: number): StoredRecord[] {
  const found: StoredRecord[] = [];
  for (const record of journal.newestFirst()) {
    if (record.id <= lastId || found.length >= STREAM_REPLAY_LIMIT) break;
    if (test(record)) found.push(record);
  }
  return found.reverse();
}

/**
 * `GET /__admin/requests/stream`: the journal live, as server-sent events. Each request recorded from now on that
 * matches the query (the filters of `GET /__admin/requests`, scoped to `?sandbox=`) is one `request` event, masked
 * like a journal entry, its id the entry's; `Last-Event-ID` replays the entries missed since. A reader that falls
 * behind by more than STREAM_BUFFER_BYTES loses entries, then gets one `dropped` event saying how many.
 */
export function journalStreamRoutes(context: AdminContext): Router {
  const router = express.Router();
  const { journal } = context;

  router.get('/requests/stream', (request, response) => {
    const { matcher } = queryMatcher(request);
    const test = matcherFrom(matcher, namedSandbox(request));
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    response.write(`retry: 2000\n\n`);
    event(response, 'ready', { capacity: journal.capacity, size: journal.size, total: journal.total });
    const lastId = Number(request.headers['last-event-id']);
    if (Number.isInteger(lastId) && lastId > 0) for (const record of missed(journal, test, lastId)) event(response, 'request', journalEntry(record), record.id);
    let dropped = 0;
    const unsubscribe = journal.subscribe((record) => {
      if (!test(record)) return;
      if (response.writableLength > STREAM_BUFFER_BYTES) {
        dropped++;
        return;
      }
      if (dropped > 0) {
        event(response, 'dropped', { dropped });
        dropped = 0;
      }
      event(response, 'request', journalEntry(record), record.id);
    });
    const heartbeat = setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    response.on('close', () => {
      unsubscribe();
      clearInterval(heartbeat);
    });
  });
  return router;
}
