import type { ApiName } from '../../src/contracts/contract.js';
import { seededRandom, type Random } from '../../src/fake/seeded-random.js';
import type { ApiModule } from '../api-module.js';
import type { Interceptor } from '../build-api-router.js';
import type { FaultRule, FaultSettings, Latency } from '../admin/fault-settings.js';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The fault settings in force and the interceptor that applies them: latency, then (by a seeded draw) the
 * API's own 500/503 body or a rule's fixed answer.
 * @example const faults = new FaultInjector(42); faults.set({ errorRate: 1, errorStatus: 503 })
 */
export class FaultInjector {
  #seed: number;
  #settings: FaultSettings = {};
  #random: Random;

  constructor(seed: number) {
    this.#seed = seed;
    this.#random = seededRandom(seed);
  }

  get settings(): FaultSettings {
    return this.#settings;
  }

  /** Replaces the settings; the draws restart from the seed, so a run is repeatable. */
  set(settings: FaultSettings): void {
    this.#settings = settings;
    this.#random = seededRandom(settings.seed ?? this.#seed);
  }

  clear(): void {
    this.set({});
  }

  get active(): boolean {
    const s = this.#settings;
    return Boolean(s.latency || s.errorRate || s.rules?.length);
  }

  #delay(latency: Latency | undefined): number {
    if (!latency) return 0;
    if ('fixedMs' in latency) return latency.fixedMs;
    return latency.minMs + Math.floor(this.#random.next() * (latency.maxMs - latency.minMs + 1));
  }

  /** The interceptor for the modules' APIs. */
  interceptor(modules: Record<ApiName, ApiModule>): Interceptor {
    return async ({ compiled, request }) => {
      if (!this.active) return undefined;
      const settings = this.#settings;
      const { operationId, method } = compiled.contract;
      const rule: FaultRule | undefined = settings.rules?.find(
        (r) =>
          (r.operationId === undefined || r.operationId === operationId) &&
          (r.method === undefined || r.method.toUpperCase() === method) &&
          (r.path === undefined || request.originalUrl.includes(r.path)),
      );
      if (settings.rules?.length && !rule && !settings.latency && !settings.errorRate) return undefined;
      const ms = this.#delay(rule?.latency ?? settings.latency);
      if (ms > 0) await sleep(ms);
      const rate = rule?.errorRate ?? (rule?.status !== undefined ? 1 : settings.errorRate ?? 0);
      if (rate <= 0 || this.#random.next() >= rate) return undefined;
      if (rule?.status !== undefined) return { status: rule.status, body: rule.body, headers: { 'x-clientela-fault': 'rule' } };
      const status = rule?.errorStatus ?? settings.errorStatus ?? 500;
      const answer = modules[compiled.contract.api].errors.failure(status, 'fault injected by clientela');
      return { ...answer, headers: { ...answer.headers, 'x-clientela-fault': String(status) } };
    };
  }
}
