import { ProblemError } from '../problems/problem.js';

export type SandboxPoolOptions<W = unknown> = {
  /** Most sandboxes alive at once, the default one included. */
  max: number;
  /** A named sandbox unused for this long is dropped (the default one never is). */
  idleMs: number;
  /** Releases a world that is dropped, evicted or replaced (e.g. stops its data-file writes). */
  dispose?: (world: W) => void;
};

type Entry<W> = { world: W; lastUsed: number };

/**
 * Isolated worlds by name, created on first use by `create`, bounded in number and evicted when idle.
 * @example const pool = new SandboxPool((name) => createWorld(name), { max: 50, idleMs: 600_000 })
 */
export class SandboxPool<W> {
  static readonly DEFAULT = 'default';
  #create: (name: string) => W;
  #options: SandboxPoolOptions<W>;
  #entries = new Map<string, Entry<W>>();

  constructor(create: (name: string) => W, options: SandboxPoolOptions<W>) {
    this.#create = create;
    this.#options = options;
    this.#entries.set(SandboxPool.DEFAULT, { world: create(SandboxPool.DEFAULT), lastUsed: Date.now() });
  }

  /** The world of `name`, created when new. */
  get(name: string = SandboxPool.DEFAULT, now = Date.now()): W {
    const entry = this.#entries.get(name);
    if (entry) {
      entry.lastUsed = now;
      return entry.world;
    }
    this.evictIdle(now);
    if (this.#entries.size >= this.#options.max) {
      throw new ProblemError('too-many-sandboxes', `at most ${this.#options.max} sandboxes may be alive; reset or wait for idle ones to expire`);
    }
    const world = this.#create(name);
    this.#entries.set(name, { world, lastUsed: now });
    return world;
  }

  /** The world of `name` only if it exists already. */
  peek(name: string): W | undefined {
    return this.#entries.get(name)?.world;
  }

  /** Replaces a sandbox's world with a fresh one (a reset); a name not alive yet is created within the limit. */
  renew(name: string = SandboxPool.DEFAULT): W {
    const old = this.#entries.get(name);
    if (!old) return this.get(name);
    this.#dispose(old.world);
    const world = this.#create(name);
    this.#entries.set(name, { world, lastUsed: Date.now() });
    return world;
  }

  /** Drops a named sandbox (the default one is renewed instead). */
  drop(name: string): void {
    if (name === SandboxPool.DEFAULT) {
      this.renew(name);
      return;
    }
    const entry = this.#entries.get(name);
    if (entry) this.#dispose(entry.world);
    this.#entries.delete(name);
  }

  #dispose(world: W): void {
    this.#options.dispose?.(world);
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
        this.#dispose(entry.world);
        this.#entries.delete(name);
      }
    }
  }
}
