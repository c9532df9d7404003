/** FNV-1a over a string: a 32-bit hash used to derive per-entity seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The seed of one entity: the sandbox seed mixed with the entity's key, so its fakes never change. */
export function entitySeed(seed: number, key: string): number {
  return hashString(`${seed}:${key}`);
}

/** A seeded source of randomness (mulberry32): `next()` in [0, 1), `int(max)` in [0, max). */
export type Random = { next: () => number; int: (max: number) => number; pick: <T>(items: readonly T[]) => T };

/**
 * A small, fast, seeded generator. Same seed, same sequence, on every machine.
 * @example const random = seededRandom(42); random.int(10)
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}
