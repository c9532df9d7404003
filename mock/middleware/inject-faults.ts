import { seededRandom, type Random } from '../../src/fake/seeded-random.js';
import type { CompiledContract } from '../../src/validation/compile-contract.js';
import type { ApiErrorRenderer, ApiResponse } from '../../src/plugin/api-plugin.js';
import type { Interceptor } from '../pipeline/interceptor.js';
import type { FaultRule, FaultSettings, Latency } from '../admin/fault-settings.js';
import type { World } from '../world.js';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One sandbox's faults: its settings and its own seeded stream of draws. */
type SandboxFaults = { settings: FaultSettings; random: Random; active: boolean };

/** What faults do to one request: wait `ms`, then answer `response` (or go on when undefined). */
type Decision = { ms: number; response: ApiResponse | undefined };

function isActive(settings: FaultSettings): boolean {
  return Boolean(settings.latency || settings.errorRate || settings.rules?.length);
}

function delayOf(latency: Latency | undefined, random: Random): number {
  if (!latency) return 0;
  if ('fixedMs' in latency) return latency.fixedMs;
  return latency.minMs + Math.floor(random.next() * (latency.maxMs - latency.minMs + 1));
}

/**
 * The fault settings of each sandbox and the interceptor that applies them: latency, then (by a seeded draw) the
 * API's own 500/503 body or a rule's fixed answer. Each sandbox's world has its own settings and its own random
 * stream, so parallel jobs sharing one mock never change each other's faults, nor which of their requests fail.
 * Settings live as long as the world: a dropped or evicted sandbox forgets them (a reset carries them over, see `move`).
 * @example const faults = new FaultInjector(42); faults.set(world, { errorRate: 1, errorStatus: 503 })
 */
export class FaultInjector {
  #seed: number;
  #byWorld = new WeakMap<World, SandboxFaults>();

  constructor(seed: number) {
    this.#seed = seed;
  }

  /** The settings in force in a world (`{}` when it has none). */
  settings(world: World): FaultSettings {
    return this.#byWorld.get(world)?.settings ?? {};
  }

  active(world: World): boolean {
    return this.#byWorld.get(world)?.active ?? false;
  }

  /** Replaces a world's settings; its draws restart from the seed, so a run is repeatable. */
  set(world: World, settings: FaultSettings): void {
    this.#byWorld.set(world, { settings, random: seededRandom(settings.seed ?? this.#seed), active: isActive(settings) });
  }

  clear(world: World): void {
    this.#byWorld.delete(world);
  }

  /** Gives a sandbox's new world (after a reset) the faults of its old one, draws restarted. */
  move(from: World, to: World): void {
    const faults = this.#byWorld.get(from);
    this.#byWorld.delete(from);
    if (faults) this.set(to, faults.settings);
  }

  /**
   * The interceptor that applies them. Synchronous unless a delay is due: a request of a sandbox without faults
   * costs one lookup and no promise.
   */
  interceptor(): Interceptor {
    return ({ compiled, request, world, errors }) => {
      const faults = this.#byWorld.get(world);
      if (!faults?.active) return undefined;
      const decision = decide(faults, compiled, request.originalUrl, errors);
      if (!decision) return undefined;
      const { ms, response } = decision;
      return ms > 0 ? sleep(ms).then(() => response) : response;
    };
  }
}

/** Draws the delay and the failure at arrival, so the outcome depends only on the order within the sandbox. */
function decide(faults: SandboxFaults, compiled: CompiledContract, url: string, errors: ApiErrorRenderer): Decision | undefined {
  const { settings, random } = faults;
  const { operationId, method } = compiled.contract;
  const rule: FaultRule | undefined = settings.rules?.find(
    (r) =>
      (r.operationId === undefined || r.operationId === operationId) &&
      (r.method === undefined || r.method.toUpperCase() === method) &&
      (r.path === undefined || url.includes(r.path)),
  );
  if (settings.rules?.length && !rule && !settings.latency && !settings.errorRate) return undefined;
  const ms = delayOf(rule?.latency ?? settings.latency, random);
  const rate = rule?.errorRate ?? (rule?.status !== undefined ? 1 : settings.errorRate ?? 0);
  if (rate <= 0 || random.next() >= rate) return { ms, response: undefined };
  if (rule?.status !== undefined) return { ms, response: { status: rule.status, body: rule.body, headers: { 'x-clientela-fault': 'rule' } } };
  const status = rule?.errorStatus ?? settings.errorStatus ?? 500;
  const answer = errors.failure(status, 'fault injected by clientela');
  return { ms, response: { ...answer, headers: { ...answer.headers, 'x-clientela-fault': String(status) } } };
}
