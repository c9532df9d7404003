import type { IncomingHttpHeaders } from 'node:http';
import { quoteSensitiveNumbers } from '../../src/mask/mask-number.js';
import { maskSensitive } from '../../src/mask/mask-sensitive.js';
import { maskText } from '../../src/mask/mask-text.js';
import { type Clipped, JOURNAL_HEADER_LIMIT, JOURNAL_PATH_LIMIT, shownClipped } from './journal-clip.js';
import type { JournalRecord, StoredRecord } from './request-journal.js';

/** One request as the admin API shows it: secrets, card numbers and CPFs masked, bodies truncated. */
export type JournalEntry = {
  id: number;
  time: string;
  /** The sandbox clock's time (it differs from `time` when the sandbox clock was frozen or moved); null when the request never reached its sandbox. */
  sandboxTime: string | null;
  sandbox: string;
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  durationMs: number;
  request: { headers: unknown; body: unknown };
  response: { body: unknown };
  /** Present when the request did not fit its journal slot: the path's full length, the headers clipped or left out. */
  clipped?: { path?: number; headers?: string[] };
};

/** Longest body shown, in characters; longer ones are cut after masking. */
export const JOURNAL_BODY_LIMIT = 4096;

function maskBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  let shown: unknown;
  try {
    // Numbers that may be card numbers or documents become strings first: parsed, they would be rounded.
    shown = maskSensitive(JSON.parse(quoteSensitiveNumbers(text)));
  } catch {
    const form = text.includes('=') && !text.includes(' ') ? Object.fromEntries(new URLSearchParams(text)) : undefined;
    shown = form ? maskSensitive(form) : maskText(text);
  }
  const serialized = typeof shown === 'string' ? shown : JSON.stringify(shown);
  if (serialized.length <= JOURNAL_BODY_LIMIT) return shown;
  return `${serialized.slice(0, JOURNAL_BODY_LIMIT)}… (truncated, ${text.length} characters)`;
}

/** The headers masked, each clipped value cut to what an entry shows and marked with its full length. */
function shownHeaders(headers: IncomingHttpHeaders, clipped: Clipped['headers']): unknown {
  const masked = maskSensitive(headers) as Record<string, unknown>;
  for (const [name, length] of Object.entries(clipped ?? {})) {
    const value = masked[name];
    if (typeof value === 'string') masked[name] = shownClipped(value, JOURNAL_HEADER_LIMIT, length);
    else if (Array.isArray(value)) masked[name] = value.map((item: unknown) => (typeof item === 'string' ? item.slice(0, JOURNAL_HEADER_LIMIT) : item));
  }
  return masked;
}

function clippedNote(clipped: Clipped | undefined): Pick<JournalEntry, 'clipped'> {
  if (!clipped) return {};
  return { clipped: { ...(clipped.path === undefined ? {} : { path: clipped.path }), ...(clipped.headers ? { headers: Object.keys(clipped.headers) } : {}) } };
}

/**
 * A record with its path, headers and bodies masked as an entry shows them (what leaves the process: the shared
 * journal in Redis never holds a full card number or CPF).
 * @example redis.xadd(stream, '*', 'record', JSON.stringify(maskedRecord(record)))
 */
export function maskedRecord(record: JournalRecord): JournalRecord {
  const text = (body: string | undefined) => {
    const shown = maskBody(body);
    return shown === null ? undefined : typeof shown === 'string' ? shown : JSON.stringify(shown);
  };
  const requestBody = text(record.requestBody);
  const responseBody = text(record.responseBody);
  return { ...record, url: maskText(record.url), headers: maskSensitive(record.headers) as IncomingHttpHeaders, requestBody, responseBody };
}

/**
 * A record as the admin API shows it: masked and truncated (masking is paid when read, never when recording).
 * @example [...journal.newestFirst()].map(journalEntry)
 */
export function journalEntry(record: StoredRecord): JournalEntry {
  return {
    id: record.id,
    time: new Date(record.time).toISOString(),
    sandboxTime: record.sandboxTime === undefined ? null : new Date(record.sandboxTime).toISOString(),
    sandbox: record.sandbox,
    method: record.method,
    path: shownClipped(maskText(record.url), JOURNAL_PATH_LIMIT, record.clipped?.path),
    operationId: record.operationId ?? null,
    status: record.status,
    durationMs: record.durationMs,
    request: { headers: shownHeaders(record.headers, record.clipped?.headers), body: maskBody(record.requestBody) },
    response: { body: maskBody(record.responseBody) },
    ...clippedNote(record.clipped),
  };
}
