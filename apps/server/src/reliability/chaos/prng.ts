/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!,
    /** A non-empty random subset, order kept. */
    subset: <T>(list: readonly T[]): T[] => {
      const out = list.filter(() => next() < 0.6);
      return out.length > 0 ? out : [list[int(0, list.length - 1)]!];
    },
  };
}

export type Prng = ReturnType<typeof prng>;
