import { getHeapStatistics } from 'node:v8';

/** The least a sandbox is counted at: its reference data and indexes, and what a heap measurement misses. */
export const MIN_SANDBOX_BYTES = 2 ** 20;

/** The sandbox memory budget when none is given: half the V8 heap limit of this process. */
export function defaultSandboxMemory(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 2);
}

/**
 * What a new sandbox costs: the growth of the JavaScript heap (`process.memoryUsage().heapUsed`) while the first
 * start-up world was built (at start, before any traffic), at least `MIN_SANDBOX_BYTES`. The growth counts the
 * garbage the load left as well as the rows and indexes kept, so it errs high (about 2× for a big load).
 * @example const cost = new SandboxCost(); const world = await cost.measure(() => createWorld(…)); cost.perSandbox()
 */
export class SandboxCost {
  #measured: number | undefined;
  #measuring = false;

  /** Runs `build` and, the first time only, keeps the heap growth it caused. */
  async measure<T>(build: () => Promise<T>): Promise<T> {
    if (this.#measuring) return build();
    this.#measuring = true;
    const before = process.memoryUsage().heapUsed;
    const built = await build();
    this.#measured = Math.max(0, process.memoryUsage().heapUsed - before);
    return built;
  }

  /** Bytes a new sandbox is counted at. */
  perSandbox(): number {
    return Math.max(MIN_SANDBOX_BYTES, this.#measured ?? 0);
  }
}
