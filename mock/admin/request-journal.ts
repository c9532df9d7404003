import type { IncomingHttpHeaders } from 'node:http';
import { type Clipped, fitToSlot } from './journal-clip.js';
import { JOURNAL_BODY_LIMIT } from './journal-entry.js';

/** What the recorder keeps of one request: raw, cheap to take; masked only when read. */
export type JournalRecord = {
  /** Wall-clock time of the answer (epoch ms). */
  time: number;
  /** The sandbox clock's time of the answer, when the request reached its sandbox. */
  sandboxTime?: number;
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

/** Longest body kept; a margin over the shown limit so masking never sees half a card number. */
export const JOURNAL_BODY_KEEP = JOURNAL_BODY_LIMIT + 64;

/** Bytes of one journal slot: the record's metadata and headers as JSON, then its two bodies as they were sent. */
const SLOT_BYTES = 16 * 1024;
/** The four parts of a slot, each with its byte length in `#lengths` (-1: absent). */
const PARTS = 4;

/** A record with its id (ids grow from 1 and are never reused), and what was clipped to fit its slot, if anything. */
export type StoredRecord = JournalRecord & { id: number; clipped?: Clipped };
type Meta = Omit<StoredRecord, 'headers' | 'requestBody' | 'responseBody'>;

/** A part's JSON, or undefined when it is absent or unreadable: one bad slot never breaks a read of the journal. */
function parsed<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * The request journal: a bounded ring buffer (oldest dropped first), newest first when read. Records live as bytes
 * in one buffer allocated outside the JavaScript heap, bodies copied as they were sent (no re-encoding), so a full
 * journal holds nothing the garbage collector must trace and recording one request costs about a microsecond.
 * @example const journal = new RequestJournal(1000); journal.record(record); [...journal.newestFirst()]
 */
export class RequestJournal {
  readonly capacity: number;
  #slots: Buffer;
  #lengths: Int32Array;
  /** 1 for a slot whose record was cleared with its sandbox's entries (the ring still holds it until overwritten). */
  #hidden: Uint8Array;
  #hiddenCount = 0;
  #next = 0;
  #size = 0;
  #lastId = 0;
  #listeners = new Set<(record: StoredRecord) => void>();

  constructor(capacity = 1000) {
    this.capacity = Math.max(0, Math.floor(capacity));
    this.#slots = Buffer.allocUnsafeSlow(this.capacity * SLOT_BYTES);
    this.#lengths = new Int32Array(this.capacity * PARTS);
    this.#hidden = new Uint8Array(this.capacity);
  }

  /** Records shown (cleared ones excluded). */
  get size(): number {
    return this.#size - this.#hiddenCount;
  }

  /** How many requests were recorded since start-up, dropped and cleared ones included: clears keep ids unique. */
  get total(): number {
    return this.#lastId;
  }

  /** Keeps a record under the next id (or `id`, when copying records kept elsewhere, oldest first). */
  record(record: JournalRecord, id?: number): void {
    if (this.capacity === 0) return;
    const { headers, requestBody, responseBody, ...rest } = record;
    this.#lastId = id ?? this.#lastId + 1;
    const parts = [...fitToSlot<Meta>({ ...rest, id: this.#lastId }, headers), requestBody, responseBody];
    if (this.#hidden[this.#next]) {
      this.#hidden[this.#next] = 0;
      this.#hiddenCount--;
    }
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
    if (this.#listeners.size > 0) this.#publish();
  }

  /**
   * Calls `listener` with each record once it is stored (as a read would give it: clipped, raw); answers the
   * function that stops it. Listeners run in the recording request's turn, so they must be quick (the stream
   * route only queues a masked copy).
   */
  subscribe(listener: (record: StoredRecord) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  #publish(): void {
    const newest = this.newestFirst().next();
    if (newest.done) return;
    for (const listener of this.#listeners) listener(newest.value);
  }

  /**
   * Forgets every record, or only `sandbox`'s: those are hidden where they lie (one pass over the ring, paid by the
   * admin call, none by recording), so other sandboxes' records stay, in order.
   */
  clear(sandbox?: string): void {
    if (sandbox === undefined) {
      this.#lengths.fill(0);
      this.#hidden.fill(0);
      this.#hiddenCount = 0;
      this.#next = 0;
      this.#size = 0;
      return;
    }
    for (const slot of this.#usedSlots()) {
      if (this.#meta(slot)?.sandbox !== sandbox) continue;
      this.#hidden[slot] = 1;
      this.#hiddenCount++;
    }
  }

  /** Brings the records up to date before a read (a journal shared by several instances fetches them). */
  async refresh(): Promise<void> {}

  /** `clear`, for every instance that shares the journal. */
  async forget(sandbox?: string): Promise<void> {
    this.clear(sandbox);
  }

  /**
   * The raw records, newest first (for matching; never sent out as they are). Headers and bodies are decoded only
   * when read: a filter on the metadata scans a full journal without copying its bodies.
   */
  *newestFirst(): IterableIterator<StoredRecord> {
    for (const slot of this.#usedSlots()) {
      const meta = this.#meta(slot);
      if (!meta) continue;
      const part = (index: number) => this.#part(slot, index);
      yield {
        ...meta,
        get headers() { return parsed<IncomingHttpHeaders>(part(1)) ?? {}; },
        get requestBody() { return part(2); },
        get responseBody() { return part(3); },
      };
    }
  }

  /** The slots holding a shown record, newest first. */
  *#usedSlots(): IterableIterator<number> {
    for (let i = 1; i <= this.#size; i++) {
      const slot = (this.#next - i + this.capacity) % this.capacity;
      if (!this.#hidden[slot]) yield slot;
    }
  }

  #meta(slot: number): Meta | undefined {
    return parsed<Meta>(this.#part(slot, 0));
  }

  /** One part's text: the parts lie one after another from the slot's start. */
  #part(slot: number, part: number): string | undefined {
    const lengths = this.#lengths.subarray(slot * PARTS, slot * PARTS + PARTS);
    const length = lengths[part] ?? -1;
    if (length < 0) return undefined;
    let offset = slot * SLOT_BYTES;
    for (let i = 0; i < part; i++) offset += Math.max(0, lengths[i] ?? 0);
    return this.#slots.toString('utf8', offset, offset + length);
  }
}
