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

/** Bytes of one journal slot: the record's metadata and headers as JSON, then its two bodies as they were sent. */
const SLOT_BYTES = 16 * 1024;
/** The four parts of a slot, each with its byte length in `#lengths` (-1: absent). */
const PARTS = 4;

type StoredRecord = JournalRecord & { id: number };
type Meta = Omit<StoredRecord, 'headers' | 'requestBody' | 'responseBody'>;

/**
 * The request journal: a bounded ring buffer (oldest dropped first), newest first when read. Records live as bytes
 * in one buffer allocated outside the JavaScript heap, bodies copied as they were sent (no re-encoding), so a full
 * journal holds nothing the garbage collector must trace and recording one request costs about a microsecond.
 * @example const journal = new RequestJournal(1000); journal.record(record); journal.entries()
 */
export class RequestJournal {
  readonly capacity: number;
  #slots: Buffer;
  #lengths: Int32Array;
  #next = 0;
  #size = 0;
  #lastId = 0;

  constructor(capacity = 1000) {
    this.capacity = Math.max(0, Math.floor(capacity));
    this.#slots = Buffer.allocUnsafeSlow(this.capacity * SLOT_BYTES);
    this.#lengths = new Int32Array(this.capacity * PARTS);
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
    const { headers, requestBody, responseBody, ...rest } = record;
    const meta: Meta = { ...rest, id: ++this.#lastId };
    const headerText = JSON.stringify(headers);
    const parts = [JSON.stringify(meta), headerText.length > SLOT_BYTES / 4 ? '{}' : headerText, requestBody, responseBody];
    const base = this.#next * SLOT_BYTES;
    let offset = 0;
    parts.forEach((text, i) => {
      // Buffer.write stops at the last whole character that fits: a long body is cut, never the slot overrun.
      const written = text === undefined ? -1 : this.#slots.write(text, base + offset, SLOT_BYTES - offset, 'utf8');
      this.#lengths[this.#next * PARTS + i] = written;
      offset += Math.max(0, written);
    });
    this.#next = (this.#next + 1) % this.capacity;
    if (this.#size < this.capacity) this.#size++;
  }

  clear(): void {
    this.#lengths.fill(0);
    this.#next = 0;
    this.#size = 0;
  }

  /** The raw records, newest first (for matching; never sent out as they are). */
  *newestFirst(): IterableIterator<StoredRecord> {
    for (let i = 1; i <= this.#size; i++) {
      const slot = (this.#next - i + this.capacity) % this.capacity;
      let offset = slot * SLOT_BYTES;
      const texts = Array.from({ length: PARTS }, (_, part) => {
        const length = this.#lengths[slot * PARTS + part] ?? -1;
        if (length < 0) return undefined;
        const text = this.#slots.toString('utf8', offset, offset + length);
        offset += length;
        return text;
      });
      if (!texts[0]) continue;
      const meta = JSON.parse(texts[0]) as Meta;
      yield { ...meta, headers: JSON.parse(texts[1] ?? '{}') as IncomingHttpHeaders, requestBody: texts[2], responseBody: texts[3] };
    }
  }

  /** A record as shown: masked and truncated. */
  static view(record: StoredRecord): JournalEntry {
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
