import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { readFileSync } from 'node:fs';

/** One entry of a customer domain (`id` is a string for document_type and relationship). */
export type DomainItem = { id: number | string; name: string; abbreviation?: string; honda_code?: string | null; identifier?: string | null };

export type BankData = { id: number; name: string; tradename: string; code: string; integrated?: boolean };

/** A store as held in state: the Store response fields plus the codes of its integrated banks. */
export type StoreRecord = {
  id: number;
  name: string;
  display_name: string | null;
  uf: string | null;
  city: string | null;
  cnpj: string | null;
  new_vehicle_sales: boolean | null;
  used_vehicle_sales: boolean | null;
  publish: boolean | null;
  public_api_identifier: string | null;
  avatar: Record<string, unknown> | null;
  limit_fi_performance_visibility: boolean | null;
  limit_simulation_bank_visibility: boolean | null;
  created_at: string;
  updated_at: string;
  integrated_bank_codes: string[];
};

/** Credere's reference data, read once per file and shared (read-only) by every world. */
export type CredereData = {
  domains: ReadonlyMap<string, ReadonlyMap<number | string, DomainItem>>;
  banks: readonly BankData[];
  banksById: ReadonlyMap<number, BankData>;
  banksByCode: ReadonlyMap<string, BankData>;
  stores: readonly StoreRecord[];
  /** Bank code → required customer field paths; its keys are the banks integrated with Credere. */
  requirements: ReadonlyMap<string, readonly string[]>;
};

const dataDir = join(packageRoot, 'data', 'credere');
const cache = new Map<string, CredereData>();

function readJson(file: string | URL): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`credere: cannot read ${String(file)}: ${(error as Error).message}`);
  }
}

function loadRequirements(file: string | URL): Map<string, string[]> {
  const document = readJson(file) as { requirements?: Record<string, { required?: unknown }> };
  const entries = Object.entries(document?.requirements ?? {});
  if (entries.length === 0) throw new Error(`credere: ${String(file)} has no "requirements" object ({"requirements": {"<bank code>": {"required": ["cpf", …]}}})`);
  const requirements = new Map<string, string[]>();
  for (const [code, entry] of entries) {
    const required = entry?.required;
    if (!Array.isArray(required) || !required.every((path) => typeof path === 'string')) {
      throw new Error(`credere: ${String(file)}: requirements.${code}.required must be a list of field paths`);
    }
    requirements.set(code, required);
  }
  return requirements;
}

function withoutAssumed(item: DomainItem & { assumed?: boolean }): DomainItem {
  const { assumed: _assumed, ...rest } = item;
  return rest;
}

/**
 * Reads data/credere (domains, banks, stores) and the per-bank required fields (`bankRequirementsFile` or
 * data/credere/bank-requirements.json). Cached per requirements file; a bad file throws naming it.
 * @example loadCredereData().banksByCode.get('341')?.tradename // 'Itaú'
 */
export function loadCredereData(bankRequirementsFile?: string): CredereData {
  const key = bankRequirementsFile ?? '';
  const cached = cache.get(key);
  if (cached) return cached;
  const rawDomains = (readJson(join(dataDir, 'domains.json')) as { domains: Record<string, DomainItem[]> }).domains;
  const domains = new Map(Object.entries(rawDomains).map(([name, items]) => [name, new Map(items.map((item) => [item.id, withoutAssumed(item)]))]));
  const banks = (readJson(join(dataDir, 'banks.json')) as { banks: BankData[] }).banks;
  const stores = (readJson(join(dataDir, 'stores.json')) as { stores: StoreRecord[] }).stores;
  const data: CredereData = {
    domains,
    banks,
    banksById: new Map(banks.map((bank) => [bank.id, bank])),
    banksByCode: new Map(banks.map((bank) => [bank.code, bank])),
    stores,
    requirements: loadRequirements(bankRequirementsFile ?? join(dataDir, 'bank-requirements.json')),
  };
  cache.set(key, data);
  return data;
}
