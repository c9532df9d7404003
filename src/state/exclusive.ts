/**
 * Runs async work one piece at a time, in arrival order. Free, it starts the work at once (no extra promise hop);
 * busy, the work waits its turn.
 * @example const lock = new Exclusive(); await lock.run(async () => write())
 */
export class Exclusive {
  #busy = false;
  #waiting: Array<() => void> = [];

  /** How many pieces of work wait their turn. */
  get waiting(): number {
    return this.#waiting.length;
  }

  async run<R>(work: () => Promise<R>): Promise<R> {
    if (this.#busy) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#busy = true;
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#busy = false;
    }
  }
}
