import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from '../validation/create-ajv.js';
import { compileContract } from '../validation/compile-contract.js';
import { cacheKey, readValidatorCache, writeValidatorCache } from '../validation/validator-cache.js';
import { packageRoot } from '../package-root.js';
import type { Contract } from './contract.js';
import { ContractError } from './contract-error.js';
import { ContractRegistry } from './contract-registry.js';
import { defsId } from './schema-base-id.js';

const META_SCHEMA = 'contract.schema.json';
const DEFS = 'defs.json';

type SourceFile = { file: string; text: string; document: Record<string, unknown> };

function readJson(file: string): SourceFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContractError(file, '', `cannot be read: ${(error as Error).message}`);
  }
  try {
    return { file, text, document: JSON.parse(text) as Record<string, unknown> };
  } catch (error) {
    throw new ContractError(file, '', `is not valid JSON: ${(error as Error).message}`);
  }
}

function addDefs(ajv: Ajv2020, api: string, defs: SourceFile, check: boolean): void {
  if (defs.document.$id !== defsId(api)) throw new ContractError(defs.file, '/$id', `must be "${defsId(api)}"`);
  try {
    ajv.addSchema(defs.document, undefined, undefined, check);
  } catch (error) {
    throw new ContractError(defs.file, '', (error as Error).message);
  }
}

const META_ID = `https://clientela.dev/contracts/${META_SCHEMA}`;

function checkAgainstMeta(ajv: Ajv2020, source: SourceFile): void {
  const validate = ajv.getSchema(META_ID);
  if (!validate) throw new ContractError(source.file, '', `the meta-schema ${META_ID} is not loaded`);
  if (validate(source.document)) return;
  const first = validate.errors?.[0];
  const extra = first?.params && 'additionalProperty' in first.params ? ` (${String(first.params.additionalProperty)})` : '';
  throw new ContractError(source.file, first?.instancePath ?? '', `${first?.message ?? 'does not match the contract meta-schema'}${extra}`);
}

/** The contracts shipped with the package: `contract.schema.json` and one folder per built-in API. */
export const defaultContractsDir = join(packageRoot, 'contracts');

/** One API's folder of contracts (one JSON file per operation and a `defs.json`); `api` is what each file's `api` must say. */
export type ContractFolder = { api: string; dir: string };

/** Where contracts are read: every folder under one directory (which holds the meta-schema), or the folders named. */
export type ContractSources = string | { folders: ContractFolder[]; metaDir?: string };

type ApiFolder = { api: string; defs?: SourceFile; contracts: SourceFile[] };

function readFolder({ api, dir }: ContractFolder): ApiFolder {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new ContractError(dir, '', `cannot be read: ${(error as Error).message}`);
  }
  return {
    api,
    ...(files.includes(DEFS) ? { defs: readJson(join(dir, DEFS)) } : {}),
    contracts: files.filter((name) => name !== DEFS).map((name) => readJson(join(dir, name))),
  };
}

function foldersOf(sources: ContractSources): { metaDir: string; folders: ContractFolder[] } {
  if (typeof sources !== 'string') return { metaDir: sources.metaDir ?? defaultContractsDir, folders: sources.folders };
  let entries;
  try {
    entries = readdirSync(sources, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  } catch (error) {
    throw new ContractError(join(sources, META_SCHEMA), '', `cannot be read: ${(error as Error).message}`);
  }
  const folders = entries.map((entry) => ({ api: entry.name, dir: join(sources, entry.name) }));
  return { metaDir: sources, folders: folders.sort((a, b) => a.api.localeCompare(b.api)) };
}

/**
 * Reads every contract under `dir` (one folder per API, each with a `defs.json`), or of the folders named, checks each file against
 * `contract.schema.json` and compiles all of its schemas once. Compiled validators are cached (Ajv standalone
 * code, keyed by a hash of every file), so an unchanged set of contracts starts without compiling or re-checking.
 * @throws ContractError with the file, JSON pointer and reason of the first broken contract.
 * @example const registry = loadContracts(); registry.get('customerAdd')
 */
export function loadContracts(from: ContractSources = defaultContractsDir, ajv: Ajv2020 = createAjv()): ContractRegistry {
  const { metaDir, folders: wanted } = foldersOf(from);
  const meta = readJson(join(metaDir, META_SCHEMA));
  const folders = wanted.map(readFolder);
  const sources = [meta, ...folders.flatMap((folder) => [...(folder.defs ? [folder.defs] : []), ...folder.contracts])];
  const key = cacheKey(sources.map((source) => [source.file.startsWith(metaDir) ? source.file.slice(metaDir.length) : source.file, source.text]));
  const cached = readValidatorCache(key, ajv.formats);
  if (!cached) {
    if (meta.document.$id !== META_ID) throw new ContractError(meta.file, '/$id', `must be "${META_ID}"`);
    try {
      ajv.addSchema(meta.document);
    } catch (error) {
      throw new ContractError(meta.file, '', (error as Error).message);
    }
  }
  const registry = new ContractRegistry(ajv);
  for (const folder of folders) {
    if (folder.defs) addDefs(ajv, folder.api, folder.defs, !cached);
    for (const source of folder.contracts) {
      if (!cached) checkAgainstMeta(ajv, source);
      if (source.document.api !== folder.api) throw new ContractError(source.file, '/api', `must be "${folder.api}", the folder it sits in`);
      const contract = { ...source.document, file: source.file, api: source.document.api as string } as Contract;
      registry.add(compileContract(ajv, contract, cached));
    }
  }
  if (!cached) writeValidatorCache(key, ajv, registry.schemaIds());
  return registry;
}
