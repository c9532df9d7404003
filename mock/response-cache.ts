import type { Contract } from '../src/contracts/contract.js';
import { refLookupFor } from '../src/contracts/dereference.js';
import { parameterProperties } from '../src/contracts/parameter-properties.js';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import type { RequestInput } from '../src/validation/validate-request.js';
import type { ApiResponse } from './api-module.js';
import type { World } from './world.js';

/** Headers that authenticate a call but never change what a read answers. */
const AUTH_HEADERS = new Set(['authorization', 'apikey', 'signature', 'timestamp', 'x-client-request-id', 'store-id']);
/** Answers, and characters of answers, kept per operation and sandbox before the cache starts again. */
const MAX_ENTRIES = 5000;
const MAX_BYTES = 16 * 2 ** 20;

type Entry = { hour: number; response: ApiResponse; text: string | undefined };

/**
 * Remembers the answers of read operations (`isSafe`) per sandbox, keyed by the operation and every request value
 * its contract declares (auth headers aside), and valid while the sandbox's state version and the clock hour are the same:
 * any write, import or reset makes them stale. A repeated read skips the handler and the JSON serialisation.
 */
export class ResponseCache {
  #byWorld = new WeakMap<World, { version: number; bytes: number; entries: Map<string, Entry> }>();
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
    const cached = this.#byWorld.get(world);
    const entry = cached?.version === world.db.version ? cached.entries.get(key) : undefined;
    if (!entry || entry.hour !== hourOf(world)) return undefined;
    return entry;
  }

  set(world: World, key: string, response: ApiResponse, text: string | undefined): void {
    let cached = this.#byWorld.get(world);
    // A write makes every kept answer stale: they are dropped at once, not left to fill the map.
    if (!cached || cached.version !== world.db.version || cached.bytes > MAX_BYTES || cached.entries.size >= MAX_ENTRIES) {
      cached = { version: world.db.version, bytes: 0, entries: new Map() };
      this.#byWorld.set(world, cached);
    }
    cached.bytes += text?.length ?? 0;
    cached.entries.set(key, { hour: hourOf(world), response, text });
  }
}

/**
 * The hour number: answers may mention today's date (in UTC or Brasília time), so a cached answer is only kept
 * within one clock hour, which every whole-hour time zone's midnight starts.
 */
function hourOf(world: World): number {
  return Math.floor(world.clock.millis() / 3_600_000);
}
