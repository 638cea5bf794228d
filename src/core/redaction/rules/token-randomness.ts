// Does a token look machine-random? The measure behind every secret rule that has no vendor prefix to go on: a key
// issued by a machine is drawn uniformly from an alphabet (hex, base32, base36, base62, base64), while the look-alikes
// people and code write — identifiers, words, camelCase, paths, versions, counting runs, repeated groups — are not.
// Instead of one threshold per layout, each token is tested against that one hypothesis, measured four ways:
//   - entropy: the Shannon entropy per character against what a uniform draw of the same length from the same
//     alphabet gives on average (exact binomial expectation, so short tokens are not penalised for their length);
//   - wordiness: the share of its letters that sit in word-like pieces, scored by a letter-bigram likelihood of words
//     of ~70 languages and of code identifiers (token-bigrams.ts) against uniformly random letters;
//   - class mix: how often neighbours change between upper case, lower case and digits, against the alphabet's chance;
//   - structure: counting steps (`abcd`, `1234`, `a1b2c3`) and repeated trigrams, far above chance in typed-in values.
// Context decides how much evidence is needed: a key word or a provider's name next to the token lowers the bar.
import { shannonEntropy } from '../checks';
import { BIGRAM_LOG2 } from './token-bigrams';

export type Alphabet = 'hex' | 'base32' | 'base36' | 'lower' | 'letters' | 'base62' | 'base64' | 'other';

export interface TokenRandomness {
  alphabet: Alphabet;
  /** Symbols in the alphabet. */
  size: number;
  /** Length without base64 padding. */
  length: number;
  /** Observed entropy per character / expected entropy of a uniform draw of this length from this alphabet. */
  entropyRatio: number;
  /** Share of the letters that sit in word-like pieces (0 for random letters, ~1 for identifiers and words). */
  wordy: number;
  /** Observed class changes between neighbours / the alphabet's chance of one. */
  classMix: number;
  /** Share of neighbour steps that count up or down (`ab`, `21`, and every other character: `a1b2`). */
  counting: number;
  /** Share of trigrams that repeat an earlier one. */
  repeated: number;
  /** Bits a uniform draw of this length from this alphabet carries. */
  bits: number;
}

function alphabetOf(body: string): { alphabet: Alphabet; size: number } {
  if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return { alphabet: 'hex', size: 16 };
  if (/^[0-9a-fA-F]+$/.test(body) && /\d/.test(body)) return { alphabet: 'hex', size: 16 }; // hex in mixed case
  if (/^[a-z2-7]+$/.test(body) || /^[A-Z2-7]+$/.test(body)) return /\d/.test(body) ? { alphabet: 'base32', size: 32 } : { alphabet: 'lower', size: 26 };
  if (/^[a-z0-9]+$/.test(body) || /^[A-Z0-9]+$/.test(body)) return /\d/.test(body) ? { alphabet: 'base36', size: 36 } : { alphabet: 'lower', size: 26 };
  if (/^[A-Za-z]+$/.test(body)) return { alphabet: 'letters', size: 52 };
  if (/^[A-Za-z0-9]+$/.test(body)) return { alphabet: 'base62', size: 62 };
  if (/^[A-Za-z0-9+/]+$/.test(body) || /^[A-Za-z0-9_-]+$/.test(body)) return { alphabet: 'base64', size: 64 };
  return { alphabet: 'other', size: 70 };
}

const expectedCache = new Map<number, number>();
/** E[plug-in entropy] of n uniform draws from k symbols: k · Σc P(Binomial(n, 1/k) = c) · −(c/n)·log2(c/n). */
export function expectedEntropy(k: number, n: number): number {
  const key = k * 4096 + n;
  const cached = expectedCache.get(key);
  if (cached !== undefined) return cached;
  const p = 1 / k;
  let prob = Math.pow(1 - p, n); // P(c = 0)
  let sum = 0;
  for (let c = 0; c < n; c++) {
    prob *= ((n - c) / (c + 1)) * (p / (1 - p)); // P(c + 1)
    const f = (c + 1) / n;
    sum -= prob * f * Math.log2(f);
  }
  const value = k * sum;
  if (expectedCache.size > 8192) expectedCache.clear();
  expectedCache.set(key, value);
  return value;
}

/** log2(1/27): the bigram log-probability under uniformly random letters (26 letters and the word boundary). */
const UNIFORM = Math.log2(1 / 27) * 100;
/** Mean log-likelihood ratio per transition (bits) above which a piece reads as a word. Calibrated in the unit test:
 *  95% of the identifier parts of TypeScript's own source score above 0, and 9% of random 6-letter runs do. */
const WORD_LLR = 0;

/** Mean bits per transition by which the bigram model prefers "word" over "random letters" for this piece. */
export function wordScore(piece: string): number {
  let prev = 26;
  let sum = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return -Infinity;
    sum += BIGRAM_LOG2[prev]![c]! - UNIFORM;
    prev = c;
  }
  sum += BIGRAM_LOG2[prev]![26]! - UNIFORM;
  return sum / (piece.length + 1) / 100;
}

/** Share of the letters in word-like pieces: the token is cut at non-letters and at camelCase humps. */
function wordiness(body: string, minPiece = 3): number {
  let letters = 0;
  let wordy = 0;
  const pieces = body.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').split(/[^A-Za-z]+/);
  for (const piece of pieces) {
    if (piece === '') continue;
    letters += piece.length;
    if (piece.length >= minPiece && wordScore(piece.toLowerCase()) >= WORD_LLR) wordy += piece.length;
  }
  return letters === 0 ? 0 : wordy / letters;
}

function classOf(code: number): number {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 65 && code <= 90) return 1;
  if (code >= 48 && code <= 57) return 2;
  return 3;
}

/** Chance that two neighbours differ in class, for a uniform draw from the alphabet. */
function classChangeChance(body: string, alphabet: Alphabet): number {
  switch (alphabet) {
    case 'hex':
      return 1 - (6 / 16) ** 2 - (10 / 16) ** 2;
    case 'base32':
      return 1 - (26 / 32) ** 2 - (6 / 32) ** 2;
    case 'base36':
      return 1 - (26 / 36) ** 2 - (10 / 36) ** 2;
    case 'letters':
      return 0.5;
    case 'base62':
      return 1 - 2 * (26 / 62) ** 2 - (10 / 62) ** 2;
    case 'base64':
    case 'other':
      return 1 - 2 * (26 / 64) ** 2 - (10 / 64) ** 2 - (2 / 64) ** 2;
    default:
      return body.length > 0 ? 0 : 0;
  }
}

/** The rules ask about the same token several times in a row (placed? keyed? glued?): measure it once. */
let lastValue = '';
let lastMeasure: TokenRandomness | null = null;

export function measureRandomness(value: string): TokenRandomness {
  if (value === lastValue && lastMeasure) return lastMeasure;
  lastMeasure = measure(value);
  lastValue = value;
  return lastMeasure;
}

function measure(value: string): TokenRandomness {
  const body = value.replace(/=+$/, '');
  const { alphabet, size } = alphabetOf(body);
  const n = body.length;
  const folded = alphabet === 'hex' ? body.toLowerCase() : body;
  const expected = expectedEntropy(size, n);
  let changes = 0;
  let step1 = 0;
  let step2 = 0;
  for (let i = 1; i < n; i++) {
    const a = folded.charCodeAt(i - 1);
    const b = folded.charCodeAt(i);
    if (classOf(a) !== classOf(b)) changes++;
    if (Math.abs(b - a) === 1 && classOf(a) === classOf(b)) step1++;
    if (i >= 2 && Math.abs(b - folded.charCodeAt(i - 2)) === 1) step2++;
  }
  const trigrams = new Set<number>();
  for (let i = 2; i < n; i++) trigrams.add(folded.charCodeAt(i - 2) * 4294967296 + folded.charCodeAt(i - 1) * 65536 + folded.charCodeAt(i));
  const chance = classChangeChance(body, alphabet);
  return {
    alphabet,
    size,
    length: n,
    entropyRatio: expected > 0 ? shannonEntropy(folded) / expected : 0,
    // hex has six letters, and short runs of them (`edfa`, `ece`) read as words by chance: only runs of five or more
    // (`deadbeef`, `cafebabe`, rare in a uniform draw) say a person typed it
    wordy: wordiness(body, alphabet === 'hex' ? 5 : 3),
    classMix: chance > 0 && n > 1 ? changes / (n - 1) / chance : 1,
    counting: n > 2 ? Math.max(step1 / (n - 1), step2 / (n - 2)) : 0,
    repeated: n > 2 ? 1 - trigrams.size / (n - 2) : 0,
    bits: n * Math.log2(size),
  };
}

/**
 * How much evidence the place gives:
 *   - `keyed`: a key word or a provider's name is next to the token (`clarifai SECRET …`, `asana: '…'`): any
 *     alphabet counts, hex and base36 too, from 64 bits (16 hex digits);
 *   - `placed`: the token stands where values stand (given to a name, quoted, a call argument, a header) but nothing
 *     names a key: upper, lower and digits all present (hex, lower-case runs and letters are ids and hashes there);
 *   - `bare`: anywhere in text: as `placed`, longer and stricter.
 */
export type Evidence = 'keyed' | 'placed' | 'bare';

const MIN_LENGTH: Record<Evidence, number> = { keyed: 16, placed: 20, bare: 32 };
const MIN_ENTROPY_RATIO: Record<Evidence, number> = { keyed: 0.85, placed: 0.88, bare: 0.9 };
const MAX_WORDY: Record<Evidence, number> = { keyed: 0.45, placed: 0.4, bare: 0.35 };

/** Chance that a neighbour (or the character two back) is one step up or down in the same class, for a uniform draw. */
function countingChance(alphabet: Alphabet): number {
  const digits = 0.18; // |a − b| = 1 for two random digits
  const letters = 50 / 676; // for two random letters of one case
  switch (alphabet) {
    case 'hex':
      return (10 / 16) ** 2 * digits + (6 / 16) ** 2 * (10 / 36);
    case 'base32':
    case 'base36':
      return (10 / 36) ** 2 * digits + (26 / 36) ** 2 * letters;
    case 'lower':
      return letters;
    case 'letters':
      return 2 * 0.25 * letters;
    default:
      return (10 / 62) ** 2 * digits + 2 * (26 / 62) ** 2 * letters;
  }
}

/** Typed in, not drawn, beyond doubt: letters and digits counted in turn all along (`B1C2D3…`) or a group repeated
 *  (`abcdef123456abcdef123456`). Used where a secret name vouches for the value, so only the extreme cases. */
export function looksCountedOrRepeated(value: string): boolean {
  const r = measureRandomness(value);
  return r.length >= 12 && (r.counting > 0.9 || r.repeated > 0.4);
}

export function looksMachineRandom(value: string, evidence: Evidence): boolean {
  const r = measureRandomness(value);
  if (value.length < MIN_LENGTH[evidence] || r.length > 4096) return false;
  const body = value.replace(/=+$/, '');
  const upper = body.replace(/[^A-Z]/g, '').length;
  const lower = body.replace(/[^a-z]/g, '').length;
  const digits = body.replace(/[^0-9]/g, '').length;
  // punctuation far above a base64 alphabet's two symbols: code, paths, tables (`kQ3c.iQ4Y/XQ5W0nQ6…`); member
  // paths (`SyntaxKind.FalseKeyword`) and file names (`main.3f2a9c1b.js`)
  if (body.length - upper - lower - digits > body.length * 0.12) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(body) && r.wordy > 0.3) return false;
  if (/\.[a-z]{1,5}$/.test(body)) return false;
  if (evidence !== 'keyed') {
    if (r.alphabet !== 'base62' && r.alphabet !== 'base64' && r.alphabet !== 'other') return false;
    if (upper < 2 || lower < 2 || digits < 2) return false;
  } else if (r.alphabet === 'lower' || r.alphabet === 'letters') {
    // letters only (no digit): many words run together look random too; ask for more
    if (r.length < 24 || r.wordy > 0.2) return false;
  }
  if (r.alphabet === 'other' && evidence !== 'keyed') return false;
  if (r.entropyRatio < MIN_ENTROPY_RATIO[evidence]) return false;
  if (r.wordy > MAX_WORDY[evidence]) return false;
  if (r.classMix < 0.5) return false;
  // counting steps: at most four standard deviations above a uniform draw's binomial count
  const chance = countingChance(r.alphabet);
  const steps = r.length - 1;
  if (r.counting * steps > steps * chance + 4 * Math.sqrt(steps * chance * (1 - chance)) + 1 || r.repeated > 0.15) return false;
  return r.bits >= (evidence === 'keyed' ? 64 : 100);
}

/** A body of counting or a repeated group (`bkua_1234567890abcdef1234567890abcdef…`, `pk_1234567_ABCDEFGH…`) is a
 *  stand-in written in a key's shape; a drawn key steps up or down far less often. */
export function countedBody(value: string): boolean {
  const r = measureRandomness(value);
  return r.counting > 0.6 || r.repeated > 0.3;
}
