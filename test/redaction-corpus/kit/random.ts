// A seeded random source for corpus builds, so a rebuild with the same seed gives the same values (node:crypto's
// random values, which earlier rounds used, change on every run). Not for anything secret: mulberry32 is predictable.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max). */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  shuffle<T>(list: readonly T[]): T[];
  /** `length` characters drawn from `alphabet`. */
  fromAlphabet(alphabet: string, length: number): string;
  hex(chars: number): string;
  bytes(count: number): Buffer;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min));
  const pick = <T>(list: readonly T[]): T => {
    if (!list.length) throw new Error('pick from an empty list');
    return list[int(0, list.length)] as T;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const fromAlphabet = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[int(0, alphabet.length)]).join('');
  const bytes = (count: number) => Buffer.from(Array.from({ length: count }, () => int(0, 256)));
  const hex = (chars: number) => bytes(Math.ceil(chars / 2)).toString('hex').slice(0, chars);
  return { next, int, pick, shuffle, fromAlphabet, hex, bytes };
}
