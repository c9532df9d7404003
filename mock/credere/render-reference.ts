import type { BankData, CredereData, DomainItem, StoreRecord } from './load-credere-data.js';

/** Reference rows (domains, banks) are fixed data: they all answer this creation time. */
export const REFERENCE_TIMESTAMP = '2023-01-02T08:00:00.000-03:00';

const BRASILIA_OFFSET_MS = 3 * 60 * 60 * 1000;
let lastMs = Number.NaN;
let lastText = '';

/**
 * Epoch milliseconds → Credere's timestamp in Brasília time (no daylight saving since 2019).
 * @example formatTimestamp(Date.UTC(2024, 4, 10, 17, 32, 11)) // '2024-05-10T14:32:11.000-03:00'
 */
export function formatTimestamp(ms: number): string {
  // Objects saved together share a timestamp, so the last one is worth remembering.
  if (ms !== lastMs) {
    lastMs = ms;
    lastText = `${new Date(ms - BRASILIA_OFFSET_MS).toISOString().slice(0, 23)}-03:00`;
  }
  return lastText;
}

/** A domain item with only the given keys (`{id, name, abbreviation}` for a state), or null. */
export function compactDomain(data: CredereData, domain: string, id: number | string | undefined, keys: readonly (keyof DomainItem)[]): Record<string, unknown> | null {
  const item = id === undefined ? undefined : data.domains.get(domain)?.get(id);
  if (!item) return null;
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = item[key] ?? null;
  return out;
}

/** A domain item as a full record (`{object_type, id, created_at, updated_at, name, …extra}`), or null. */
export function fullDomain(data: CredereData, objectType: string, domain: string, id: number | undefined, extra: readonly (keyof DomainItem)[] = []): Record<string, unknown> | null {
  const item = id === undefined ? undefined : data.domains.get(domain)?.get(id);
  if (!item) return null;
  const out: Record<string, unknown> = { object_type: objectType, id: item.id, created_at: REFERENCE_TIMESTAMP, updated_at: REFERENCE_TIMESTAMP, name: item.name };
  for (const key of extra) out[key] = item[key] ?? null;
  return out;
}

/** A bank as Credere answers it. */
export function renderBank(bank: BankData): Record<string, unknown> {
  return { object_type: 'Bank', id: bank.id, created_at: REFERENCE_TIMESTAMP, updated_at: REFERENCE_TIMESTAMP, name: bank.name, tradename: bank.tradename, code: bank.code };
}

/** A store without its integrated bank codes (state, not part of the Store response). */
export function renderStore(store: StoreRecord): Record<string, unknown> {
  const { integrated_bank_codes: _codes, ...fields } = store;
  return { object_type: 'Store', ...fields };
}

const DOMAIN_KEYS: Readonly<Record<string, readonly (keyof DomainItem)[]>> = {
  education: ['id', 'name', 'honda_code', 'identifier'],
  marital_status: ['id', 'name', 'honda_code'],
  profession: ['id', 'name', 'identifier'],
  professional_ocupation: ['id', 'name', 'identifier'],
  states: ['id', 'name', 'abbreviation'],
};

/** GET /domains: every domain (or only `types`), each item in its listing shape. */
export function renderDomains(data: CredereData, types?: readonly string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [name, items] of data.domains) {
    if (types && !types.includes(name)) continue;
    const keys = DOMAIN_KEYS[name] ?? ['id', 'name'];
    out[name] = [...items.values()].map((item) => Object.fromEntries(keys.map((key) => [key, item[key] ?? null])));
  }
  return out;
}
