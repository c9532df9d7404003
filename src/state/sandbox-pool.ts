import { formatBytes } from './format-bytes.js';
import { SandboxLimitError } from './sandbox-limit-error.js';

export type SandboxPoolOptions<W = unknown> = {
  /** Most sandboxes alive at once, the default one included. */
  max: number;
  /** A named sandbox unused for this long is dropped (the default one never is). */
  idleMs: number;
  /**
   * Releases a world that is dropped, evicted or replaced (e.g. stops its data-file writes); `dropped` is true
   * only for an explicit drop (a shared backend then deletes the sandbox's data; a drop waits for it).
   */
  dispose?: (world: W, dropped: boolean) => void | Promise<void>;
  /**
   * Bytes every sandbox alive together may take (`budget`), and what one is expected to take (`perSandbox`, asked
   * at each creation: every sandbox starts as the same start-up world). Unset: no memory bound.
   */
  memory?: { budget: number; perSandbox: () => number };
};

type Entry<W> = { ready: Promise<W>; world: W | undefined; lastUsed: number };

/**
 * Isolated worlds by name, created on first use by `create` (asynchronously: a world may load scenarios or a
 * file), bounded in number and evicted when idle. Concurrent first requests of one name share one creation.
 * @example const pool = new SandboxPool((name) => createWorld(name), { max: 50, idleMs: 600_000 }); await pool.get('ci-1')
 */
export class SandboxPool<W> {
  static readonly DEFAULT = 'default';
  #create: (name: string, renewed: boolean) => Promise<W>;
  #options: SandboxPoolOptions<W>;
  #entries = new Map<string, Entry<W>>();

  /** Starts creating the default sandbox at once (its failure reaches whoever asks for it). */
  constructor(create: (name: string, renewed: boolean) => Promise<W>, options: SandboxPoolOptions<W>) {
    this.#create = create;
    this.#options = options;
    void this.#start(SandboxPool.DEFAULT, Date.now()).catch(() => undefined);
  }

  /** The world of `name`, created when new. */
  get(name: string = SandboxPool.DEFAULT, now = Date.now()): Promise<W> {
    const entry = this.#entries.get(name);
    if (entry) {
      entry.lastUsed = now;
      return entry.ready;
    }
    this.evictIdle(now);
    const refusal = this.#refusal(name);
    return refusal ? Promise.reject(refusal) : this.#start(name, now);
  }

  /** Why a new sandbox may not be made now (after idle ones were evicted), saying what to do; undefined when it may. */
  #refusal(name: string): SandboxLimitError | undefined {
    const alive = this.#entries.size;
    const todo = (flag: string) => `delete one with DELETE /__admin/sandboxes/NAME, reuse a sandbox that exists, raise ${flag}, or wait for idle ones to expire`;
    if (alive >= this.#options.max) return new SandboxLimitError('too-many-sandboxes', `sandbox ${name} cannot be created: at most ${this.#options.max} sandboxes may be alive; ${todo('--sandbox-max')}`);
    const memory = this.#options.memory;
    if (!memory) return undefined;
    const each = memory.perSandbox();
    if ((alive + 1) * each <= memory.budget) return undefined;
    const sizes = `${alive} alive × ${formatBytes(each)} each (the measured start-up world) + ${formatBytes(each)} > ${formatBytes(memory.budget)}`;
    return new SandboxLimitError('sandbox-memory-exhausted', `sandbox ${name} cannot be created: it would exceed the sandbox memory budget (${sizes}); ${todo('--sandbox-memory')}`);
  }

  #start(name: string, now: number, renewed = false): Promise<W> {
    const entry: Entry<W> = { ready: this.#create(name, renewed), world: undefined, lastUsed: now };
    this.#entries.set(name, entry);
    entry.ready.then(
      (world) => (entry.world = world),
      () => this.#entries.get(name) === entry && this.#entries.delete(name),
    );
    return entry.ready;
  }

  /** The world of `name` only if it exists (and is ready) already. */
  peek(name: string): W | undefined {
    return this.#entries.get(name)?.world;
  }

  /** The world of `name` if it exists or is being created (awaited), without creating it. */
  existing(name: string): Promise<W> | undefined {
    return this.#entries.get(name)?.ready;
  }

  /** Replaces a sandbox's world with a fresh one (a reset); a name not alive yet is created within the limit. */
  async renew(name: string = SandboxPool.DEFAULT): Promise<W> {
    const old = this.#entries.get(name);
    if (!old) return this.get(name);
    this.#entries.delete(name);
    this.#disposeWhenReady(old);
    return this.#start(name, Date.now(), true);
  }

  /** Drops a named sandbox (the default one is renewed instead). */
  async drop(name: string): Promise<void> {
    if (name === SandboxPool.DEFAULT) {
      await this.renew(name);
      return;
    }
    const entry = this.#entries.get(name);
    this.#entries.delete(name);
    if (entry) await entry.ready.then((world) => this.#options.dispose?.(world, true), () => undefined);
  }

  #disposeWhenReady(entry: Entry<W>): void {
    entry.ready.then((world) => this.#options.dispose?.(world, false), () => undefined);
  }

  /** Every live sandbox and when it was last used (ms since the epoch). */
  list(): Array<{ name: string; lastUsed: number }> {
    return [...this.#entries].map(([name, entry]) => ({ name, lastUsed: entry.lastUsed }));
  }

  get options(): Readonly<SandboxPoolOptions<W>> {
    return this.#options;
  }

  names(): string[] {
    return [...this.#entries.keys()];
  }

  evictIdle(now = Date.now()): void {
    for (const [name, entry] of this.#entries) {
      if (name !== SandboxPool.DEFAULT && now - entry.lastUsed > this.#options.idleMs) {
        this.#disposeWhenReady(entry);
        this.#entries.delete(name);
      }
    }
  }
}
