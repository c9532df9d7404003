import { journalEntry } from './journal-entry.js';
import type { JournalRecord, RequestJournal } from './request-journal.js';

/** Most entries one `GET /__admin/requests` answers, whatever `limit` asks. */
export const JOURNAL_PAGE_LIMIT = 1000;
/** Most bytes of one answer's entries; a page stops before the entry that would pass it (never before the first). */
export const JOURNAL_PAGE_BYTES = 1024 * 1024 - 1024;

/** What a page is asked for: at most `limit` entries older than the entry `before` (an id), newest first. */
export type PageRequest = { limit: number; before?: number };

/**
 * One page of the journal as JSON text: `{size, capacity, total, limit, next, requests}`, where `total` counts
 * every entry the filter matches (all pages) and `next` is the link to the next page, `link(before)`, or null on the
 * last. Entries are serialized one by one so a page stops at JOURNAL_PAGE_BYTES; only the page's entries are masked.
 * @example journalPage(journal, () => true, { limit: 100 }, (before) => `/__admin/requests?before=${before}`)
 */
export function journalPage(journal: RequestJournal, test: (record: JournalRecord) => boolean, page: PageRequest, link: (before: number) => string): string {
  const limit = Math.min(page.limit, JOURNAL_PAGE_LIMIT);
  const entries: string[] = [];
  let bytes = 0;
  let total = 0;
  let lastId = 0;
  let full = false;
  let more = false;
  for (const record of journal.newestFirst()) {
    if (!test(record)) continue;
    total++;
    if (page.before !== undefined && record.id >= page.before) continue;
    if (full) {
      more = true;
      continue;
    }
    const text = JSON.stringify(journalEntry(record));
    const size = Buffer.byteLength(text, 'utf8') + 1;
    if (entries.length > 0 && bytes + size > JOURNAL_PAGE_BYTES) {
      full = more = true;
      continue;
    }
    entries.push(text);
    bytes += size;
    lastId = record.id;
    full = entries.length >= limit;
  }
  const head = JSON.stringify({ size: journal.size, capacity: journal.capacity, total, limit, next: more ? link(lastId) : null });
  return `${head.slice(0, -1)},"requests":[${entries.join(',')}]}`;
}
