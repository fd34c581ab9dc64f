/** A small seeded generator (mulberry32): the same seed always gives the same archive. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
}

export function rng(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/** Samples items in proportion to their weights, by binary search over the running totals. */
export function weightedSampler<T>(items: readonly T[], weights: readonly number[], next: () => number): () => T {
  const totals: number[] = [];
  let sum = 0;
  for (const w of weights) totals.push((sum += w));
  return () => {
    const target = next() * sum;
    let lo = 0;
    let hi = totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (totals[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

/** Draws that never repeat: `draw` again until the value is new (names of a cast, each a different person). */
export function distinct<T>(draw: () => T): () => T {
  const used = new Set<T>();
  return () => {
    let value = draw();
    while (used.has(value)) value = draw();
    used.add(value);
    return value;
  };
}
