import type { IncomingHttpHeaders } from 'node:http';
import { maskSensitive, maskText } from '../../src/mask/mask-sensitive.js';

/** What the recorder keeps of one request: raw, cheap to take; masked only when read. */
export type JournalRecord = {
  time: number;
  sandbox: string;
  method: string;
  url: string;
  operationId: string | undefined;
  status: number;
  durationMs: number;
  headers: IncomingHttpHeaders;
  requestBody: string | undefined;
  responseBody: string | undefined;
};

/** One request as the admin API shows it: secrets, card numbers and CPFs masked, bodies truncated. */
export type JournalEntry = {
  id: number;
  time: string;
  sandbox: string;
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  durationMs: number;
  request: { headers: unknown; body: unknown };
  response: { body: unknown };
};

/** Longest body shown, in characters; longer ones are cut after masking. */
export const JOURNAL_BODY_LIMIT = 4096;
/** Longest body kept; a margin over the shown limit so masking never sees half a card number. */
export const JOURNAL_BODY_KEEP = JOURNAL_BODY_LIMIT + 64;

function maskBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  let shown: unknown;
  try {
    shown = maskSensitive(JSON.parse(text));
  } catch {
    const form = text.includes('=') && !text.includes(' ') ? Object.fromEntries(new URLSearchParams(text)) : undefined;
    shown = form ? maskSensitive(form) : maskText(text);
  }
  const serialized = typeof shown === 'string' ? shown : JSON.stringify(shown);
  if (serialized.length <= JOURNAL_BODY_LIMIT) return shown;
  return `${serialized.slice(0, JOURNAL_BODY_LIMIT)}… (truncated, ${text.length} characters)`;
}

/**
 * The request journal: a bounded ring buffer (oldest dropped first), newest first when read.
 * @example const journal = new RequestJournal(1000); journal.record(record); journal.entries()
 */
export class RequestJournal {
  readonly capacity: number;
  #ring: Array<(JournalRecord & { id: number }) | undefined>;
  #next = 0;
  #size = 0;
  #lastId = 0;

  constructor(capacity = 1000) {
    this.capacity = Math.max(0, Math.floor(capacity));
    this.#ring = new Array(this.capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** How many requests were recorded since start-up (or the last clear), dropped ones included. */
  get total(): number {
    return this.#lastId;
  }

  record(record: JournalRecord): void {
    if (this.capacity === 0) return;
    this.#ring[this.#next] = { ...record, id: ++this.#lastId };
    this.#next = (this.#next + 1) % this.capacity;
    if (this.#size < this.capacity) this.#size++;
  }

  clear(): void {
    this.#ring = new Array(this.capacity);
    this.#next = 0;
    this.#size = 0;
  }

  /** The raw records, newest first (for matching; never sent out as they are). */
  *newestFirst(): IterableIterator<JournalRecord & { id: number }> {
    for (let i = 1; i <= this.#size; i++) {
      const record = this.#ring[(this.#next - i + this.capacity) % this.capacity];
      if (record) yield record;
    }
  }

  /** A record as shown: masked and truncated. */
  static view(record: JournalRecord & { id: number }): JournalEntry {
    return {
      id: record.id,
      time: new Date(record.time).toISOString(),
      sandbox: record.sandbox,
      method: record.method,
      path: maskText(record.url),
      operationId: record.operationId ?? null,
      status: record.status,
      durationMs: record.durationMs,
      request: { headers: maskSensitive(record.headers), body: maskBody(record.requestBody) },
      response: { body: maskBody(record.responseBody) },
    };
  }
}
