/**
 * Request ids seen within the signature window, bounded: ids older than the window are dropped as new ones come,
 * and past `max` ids the oldest goes.
 * @example const seen = new ReplayCache(300_000); seen.remember('r-1', Date.now()) // true; again: false
 */
export class ReplayCache {
  #windowMs: number;
  #max: number;
  #seenAt = new Map<string, number>();

  constructor(windowMs: number, max = 100_000) {
    this.#windowMs = windowMs;
    this.#max = max;
  }

  /** Records `id`; false when it was already used within the window. */
  remember(id: string, now: number): boolean {
    for (const [seen, at] of this.#seenAt) {
      if (now - at <= this.#windowMs && this.#seenAt.size < this.#max) break;
      this.#seenAt.delete(seen);
    }
    const at = this.#seenAt.get(id);
    if (at !== undefined && now - at <= this.#windowMs) return false;
    this.#seenAt.delete(id);
    this.#seenAt.set(id, now);
    return true;
  }
}
