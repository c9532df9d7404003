import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from '../validation/create-ajv.js';
import { compileContract } from '../validation/compile-contract.js';
import { defaultContractsDir } from './api-mounts.js';
import type { ApiName, Contract } from './contract.js';
import { ContractError } from './contract-error.js';
import { ContractRegistry } from './contract-registry.js';
import { defsId } from './schema-base-id.js';

const META_SCHEMA = 'contract.schema.json';
const DEFS = 'defs.json';

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContractError(file, '', `cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ContractError(file, '', `is not valid JSON: ${(error as Error).message}`);
  }
}

function addDefs(ajv: Ajv2020, api: string, file: string): void {
  const defs = readJson(file);
  if (defs.$id !== defsId(api)) throw new ContractError(file, '/$id', `must be "${defsId(api)}"`);
  try {
    ajv.addSchema(defs);
  } catch (error) {
    throw new ContractError(file, '', (error as Error).message);
  }
}

function checkAgainstMeta(ajv: Ajv2020, file: string, document: Record<string, unknown>): void {
  const validate = ajv.getSchema(`https://clientela.dev/contracts/${META_SCHEMA}`);
  if (!validate || validate(document)) return;
  const first = validate.errors?.[0];
  const extra = first?.params && 'additionalProperty' in first.params ? ` (${String(first.params.additionalProperty)})` : '';
  throw new ContractError(file, first?.instancePath ?? '', `${first?.message ?? 'does not match the contract meta-schema'}${extra}`);
}

/**
 * Reads every contract under `dir` (one folder per API, each with a `defs.json`), checks each file against
 * `contract.schema.json` and compiles all of its schemas once.
 * @throws ContractError with the file, JSON pointer and reason of the first broken contract.
 * @example const registry = loadContracts(); registry.get('customerAdd')
 */
export function loadContracts(dir: string = defaultContractsDir, ajv: Ajv2020 = createAjv()): ContractRegistry {
  const metaFile = join(dir, META_SCHEMA);
  try {
    ajv.addSchema(readJson(metaFile));
  } catch (error) {
    if (error instanceof ContractError) throw error;
    throw new ContractError(metaFile, '', (error as Error).message);
  }
  const registry = new ContractRegistry(ajv);
  const apis = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const apiDir of apis.sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = join(dir, apiDir.name);
    const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
    if (files.includes(DEFS)) addDefs(ajv, apiDir.name, join(folder, DEFS));
    for (const name of files.filter((file) => file !== DEFS)) {
      const file = join(folder, name);
      const document = readJson(file);
      checkAgainstMeta(ajv, file, document);
      if (document.api !== apiDir.name) throw new ContractError(file, '/api', `must be "${apiDir.name}", the folder it sits in`);
      const contract = { ...document, file, api: document.api as ApiName } as Contract;
      registry.add(compileContract(ajv, contract));
    }
  }
  return registry;
}
