import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { linearErrorMerge } from './linear-error-merge.js';

// ajv's standalone entry is CommonJS with a default export.
type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ?? standaloneModule) as unknown as StandaloneCode;
const require = createRequire(import.meta.url);
const AJV_VERSION = (require('ajv/package.json') as { version: string }).version;
/** Bump when the way validators are compiled changes (Ajv options, formats). */
const CACHE_FORMAT = 2;

/** The names of clientela's cache files (and their temporary files): nothing else in the folder is touched. */
const CACHE_FILE = /^[0-9a-f]{24}\.(json|cjs)(\.\d+\.tmp)?$/;

/**
 * The cache folder. Its code is run at start-up, so it must be private to the user (as node_modules is).
 */
function cacheDir(): string | undefined {
  if (process.env.CLIENTELA_NO_CACHE === '1') return undefined;
  return process.env.CLIENTELA_CACHE_DIR ?? join(packageRoot, 'node_modules', '.cache', 'clientela');
}

/** The key of one set of contract files: any change to any file, to Ajv or to the cache format gives a new key. */
export function cacheKey(files: Array<[name: string, text: string]>): string {
  const hash = createHash('sha256').update(`clientela-validators ${CACHE_FORMAT} ajv ${AJV_VERSION}\n`);
  for (const [name, text] of files) hash.update(`${name}\n${text.length}\n${text}`);
  return hash.digest('hex').slice(0, 24);
}

function exportName(id: string): string {
  return `v_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/**
 * Validators compiled earlier for exactly these contracts, by schema `$id`, or undefined on a miss.
 * The cached module is Ajv's own standalone code; it references formats through the `formats` argument.
 */
export function readValidatorCache(key: string, formats: Ajv2020['formats']): Map<string, ValidateFunction> | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  let code: string;
  let ids: string[];
  try {
    code = linearErrorMerge(readFileSync(join(dir, `${key}.cjs`), 'utf8'));
    ids = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as string[];
  } catch {
    return undefined;
  }
  const module = { exports: {} as Record<string, ValidateFunction> };
  new Function('module', 'exports', 'require', 'formats', code)(module, module.exports, require, formats);
  return new Map(ids.map((id) => [id, module.exports[exportName(id)] as ValidateFunction]));
}

/** Writes the standalone code of the compiled schemas `ids`; a cache that cannot be written is skipped. */
export function writeValidatorCache(key: string, ajv: Ajv2020, ids: string[]): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    const code = standaloneCode(ajv, Object.fromEntries(ids.map((id) => [exportName(id), id])));
    mkdirSync(dir, { recursive: true });
    // Older keys are stale once the contracts changed; only clientela's own cache files are ever removed.
    for (const name of readdirSync(dir)) if (CACHE_FILE.test(name) && !name.startsWith(key)) rmSync(join(dir, name), { force: true });
    const write = (name: string, text: string): void => {
      const temp = join(dir, `${name}.${process.pid}.tmp`);
      writeFileSync(temp, text);
      renameSync(temp, join(dir, name));
    };
    write(`${key}.json`, JSON.stringify(ids));
    write(`${key}.cjs`, code);
  } catch {
    // A read-only install still works; it compiles at every start.
  }
}
