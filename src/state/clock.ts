/** How a sandbox clock runs: the wall clock, stopped at an instant, or the wall clock moved by an offset. */
export type ClockMode = 'real' | 'frozen' | 'offset';

/**
 * Where a sandbox reads the time. Real by default; it can be frozen at an instant, run from an instant (an offset
 * to the wall clock) or moved, and scenario loading pins it for a while so the same seed gives the same snapshot.
 * @example const clock = new Clock(); clock.freeze(new Date('2026-01-01T12:00:00Z')); clock.advance((at) => new Date(at.getTime() + 60_000))
 */
export class Clock {
  #pinned: Date | undefined;
  #mode: ClockMode = 'real';
  #frozenAt = 0;
  #offset = 0;
  #day = Number.NaN;
  #date = '';

  now(): Date {
    return new Date(this.millis());
  }

  /** The time in epoch milliseconds, without allocating a Date (hot paths). */
  millis(): number {
    if (this.#pinned) return this.#pinned.getTime();
    if (this.#mode === 'frozen') return this.#frozenAt;
    return Date.now() + this.#offset;
  }

  get mode(): ClockMode {
    return this.#mode;
  }

  /** Stops the clock at `at`. */
  freeze(at: Date): void {
    this.#mode = 'frozen';
    this.#frozenAt = at.getTime();
  }

  /** Runs the clock from `at` on, at the wall clock's pace. */
  runFrom(at: Date): void {
    this.#mode = 'offset';
    this.#offset = at.getTime() - Date.now();
  }

  /** Moves the clock (forwards or backwards) to `move(now)`; a frozen clock stays frozen, a real one starts running with an offset. */
  advance(move: (now: Date) => Date): void {
    const target = move(new Date(this.#mode === 'frozen' ? this.#frozenAt : Date.now() + this.#offset));
    if (this.#mode === 'frozen') this.#frozenAt = target.getTime();
    else this.runFrom(target);
  }

  /** Back to the wall clock. */
  reset(): void {
    this.#mode = 'real';
    this.#offset = 0;
  }

  /** Today in UTC as ISO `yyyy-mm-dd` (kept per day: scenarios ask it for every entity). */
  isoDate(): string {
    const day = Math.floor(this.millis() / 86_400_000);
    if (day !== this.#day) {
      this.#day = day;
      this.#date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    }
    return this.#date;
  }

  /** The pinned instant, if any (so a caller can pin for a while and restore). */
  get pinnedAt(): Date | undefined {
    return this.#pinned ? new Date(this.#pinned) : undefined;
  }

  /** Holds the clock at `at` whatever its mode (scenario loading), or lets it go with undefined. */
  pin(at: Date | undefined): void {
    this.#pinned = at;
  }
}
