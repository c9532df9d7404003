/**
 * Where a world reads the time. Real time by default; scenario loading and tests can pin it, so the same
 * seed gives the same snapshot byte for byte.
 * @example const clock = new Clock(); clock.pin(new Date('2026-01-01T12:00:00Z'))
 */
export class Clock {
  #pinned: Date | undefined;
  #day = Number.NaN;
  #date = '';

  now(): Date {
    return this.#pinned ? new Date(this.#pinned) : new Date();
  }

  /** The time in epoch milliseconds, without allocating a Date (hot paths). */
  millis(): number {
    return this.#pinned ? this.#pinned.getTime() : Date.now();
  }

  /** The pinned instant, if any (so a caller can pin for a while and restore). */
  get pinnedAt(): Date | undefined {
    return this.#pinned ? new Date(this.#pinned) : undefined;
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

  pin(at: Date | undefined): void {
    this.#pinned = at;
  }
}
