import type { Contract } from '../src/contracts/contract.js';
import { refLookupFor } from '../src/contracts/dereference.js';
import { parameterProperties } from '../src/contracts/parameter-properties.js';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import type { ApiResponse } from '../src/plugin/api-plugin.js';
import type { RequestInput } from '../src/validation/validate-request.js';

/** Headers that authenticate a call but never change what a read answers. */
const AUTH_HEADERS = new Set(['authorization', 'apikey', 'signature', 'timestamp', 'x-client-request-id', 'store-id']);
/** Answers, and characters of answers, kept per operation and sandbox before the cache starts again. */
const MAX_ENTRIES = 5000;
const MAX_BYTES = 16 * 2 ** 20;

/** A kept answer and its JSON text. */
export type CachedAnswer = { response: ApiResponse; text: string | undefined };
type Entry = CachedAnswer & { hour: number };
type Kept = { version: number; bytes: number; entries: Map<string, Entry> };

/**
 * Remembers the answers of one read operation (`isSafe`) per sandbox, keyed by every request value its contract
 * declares (auth headers aside), valid while the sandbox's state version and the clock hour are the same: any
 * write, import or reset makes them stale. A repeated read skips the handler and the JSON serialisation.
 * @example const hit = cache.get(sandbox, state.currentVersion, clock.millis(), key)
 */
export class ResponseCache {
  #bySandbox = new WeakMap<object, Kept>();
  #headers: string[];

  constructor(registry: ContractRegistry, contract: Contract) {
    const declared = parameterProperties(contract.request.headers, refLookupFor(registry.ajv, contract.api)).properties;
    this.#headers = Object.keys(declared).filter((name) => !AUTH_HEADERS.has(name)).sort();
  }

  key(values: Required<RequestInput>): string {
    const headers = this.#headers.map((name) => values.headers[name]);
    return JSON.stringify([values.params, values.query, values.body ?? null, headers]);
  }

  /** The answer kept for `key` in `sandbox`, if it was computed at this state `version` within this clock hour. */
  get(sandbox: object, version: number, millis: number, key: string): CachedAnswer | undefined {
    const kept = this.#bySandbox.get(sandbox);
    const entry = kept?.version === version ? kept.entries.get(key) : undefined;
    return entry?.hour === hourOf(millis) ? entry : undefined;
  }

  /** Keeps an answer computed at state `version` (an answer of an older version than the kept ones is dropped). */
  set(sandbox: object, version: number, millis: number, key: string, answer: CachedAnswer): void {
    let kept = this.#bySandbox.get(sandbox);
    if (kept && version < kept.version) return;
    // A write makes every kept answer stale: they are dropped at once, not left to fill the map.
    if (!kept || kept.version !== version || kept.bytes > MAX_BYTES || kept.entries.size >= MAX_ENTRIES) {
      kept = { version, bytes: 0, entries: new Map() };
      this.#bySandbox.set(sandbox, kept);
    }
    kept.bytes += answer.text?.length ?? 0;
    kept.entries.set(key, { ...answer, hour: hourOf(millis) });
  }
}

/**
 * The hour number: answers may mention today's date (in UTC or Brasília time), so a cached answer is only kept
 * within one clock hour, which every whole-hour time zone's midnight starts.
 */
function hourOf(millis: number): number {
  return Math.floor(millis / 3_600_000);
}
