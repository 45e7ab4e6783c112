import { createHash } from "node:crypto";

// Determinism for the demo data: every "random" choice comes from a seeded generator, and every
// row id is derived from a stable key, so two runs (or two machines) produce the same rows.

/** mulberry32: a tiny 32-bit PRNG, good enough to spread demo data, useless for anything secret. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = ReturnType<typeof createRandom>;

export function createRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick() from an empty list");
    return items[Math.floor(next() * items.length)]!;
  };
  const weighted = <T>(options: readonly (readonly [T, number])[]): T => {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1]![0];
  };
  /** `count` distinct items, in a random order. */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, weighted, sample, chance: (p: number) => next() < p };
}

/**
 * A fixed, cuid-shaped id for a seeded row ("c" + 24 base-36 characters), derived from a stable key
 * such as "listing:42". Shaped like the app's own ids so id validation accepts seeded rows too.
 */
export function seedId(key: string): string {
  const digest = createHash("sha256").update(`backplane-seed:${key}`).digest();
  let out = "c";
  for (let i = 0; out.length < 25; i++) out += (digest[i]! % 36).toString(36);
  return out;
}
