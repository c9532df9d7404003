import { type JournalEntry, journalEntry } from '../../mock/admin/journal-entry.js';
import type { JournalRecord } from '../../mock/admin/request-journal.js';
import { maskText } from '../mask/mask-text.js';
import type { ExchangeDrift } from './proxy-drift.js';

/** One exchange as `GET /__admin/requests` on the proxy shows it: the mock's journal entry, plus where it went and its drift. */
export type ProxyJournalEntry = JournalEntry & { target: string; drift: ExchangeDrift };

/** What the proxy keeps of one exchange: the mock's journal record (no sandbox, no clock), plus where it went and its drift. */
export type ProxyExchange = Omit<JournalRecord, 'time' | 'sandboxTime' | 'sandbox'> & { target: string; drift: ExchangeDrift };

/**
 * The proxy's journal: the last `capacity` exchanges, masked when they are recorded (documents, PANs and secrets as
 * in the mock's journal), newest first.
 * @example const journal = new ProxyJournal(1000); journal.record(exchange); journal.entries()
 */
export class ProxyJournal {
  readonly capacity: number;
  #entries: ProxyJournalEntry[] = [];
  #lastId = 0;

  constructor(capacity = 1000) {
    this.capacity = Math.max(0, Math.floor(capacity));
  }

  record(exchange: ProxyExchange): void {
    if (this.capacity === 0) return;
    const { target, drift, ...record } = exchange;
    const shown = journalEntry({ ...record, id: ++this.#lastId, time: Date.now(), sandbox: 'proxy' });
    this.#entries.unshift({ ...shown, target: maskText(target), drift });
    if (this.#entries.length > this.capacity) this.#entries.pop();
  }

  entries(): ProxyJournalEntry[] {
    return [...this.#entries];
  }

  clear(): void {
    this.#entries = [];
  }
}
