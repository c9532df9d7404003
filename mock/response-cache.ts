import type { Contract } from '../src/contracts/contract.js';
import { refLookupFor } from '../src/contracts/dereference.js';
import { parameterProperties } from '../src/contracts/parameter-properties.js';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import type { RequestInput } from '../src/validation/validate-request.js';
import type { ApiResponse } from './api-module.js';
import type { World } from './world.js';

/** Headers that authenticate a call but never change what a read answers. */
const AUTH_HEADERS = new Set(['authorization', 'apikey', 'signature', 'timestamp', 'x-client-request-id', 'store-id']);
/** Answers kept per sandbox before the cache starts again. */
const MAX_ENTRIES = 5000;

type Entry = { version: number; hour: number; response: ApiResponse; text: string | undefined };

/**
 * Remembers the answers of read operations (`isSafe`) per sandbox, keyed by the operation and every request value
 * its contract declares (auth headers aside), and valid while the sandbox's state version and the clock hour are the same:
 * any write, import or reset makes them stale. A repeated read skips the handler and the JSON serialisation.
 */
export class ResponseCache {
  #byWorld = new WeakMap<World, Map<string, Entry>>();
  #headers: string[];

  constructor(registry: ContractRegistry, contract: Contract) {
    const declared = parameterProperties(contract.request.headers, refLookupFor(registry.ajv, contract.api)).properties;
    this.#headers = Object.keys(declared).filter((name) => !AUTH_HEADERS.has(name)).sort();
  }

  key(values: Required<RequestInput>): string {
    const headers = this.#headers.map((name) => values.headers[name]);
    return JSON.stringify([values.params, values.query, values.body ?? null, headers]);
  }

  get(world: World, key: string): Entry | undefined {
    const entry = this.#byWorld.get(world)?.get(key);
    if (!entry || entry.version !== world.db.version || entry.hour !== hourOf(world)) return undefined;
    return entry;
  }

  set(world: World, key: string, response: ApiResponse, text: string | undefined): void {
    let entries = this.#byWorld.get(world);
    if (!entries) this.#byWorld.set(world, (entries = new Map()));
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { version: world.db.version, hour: hourOf(world), response, text });
  }
}

/**
 * The hour number: answers may mention today's date (in UTC or Brasília time), so a cached answer is only kept
 * within one clock hour, which every whole-hour time zone's midnight starts.
 */
function hourOf(world: World): number {
  return Math.floor(world.clock.millis() / 3_600_000);
}
