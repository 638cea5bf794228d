// Round 12: the ten official BIP-39 word lists, so a seed phrase in Spanish, French, Italian, Portuguese, Czech,
// Japanese, Korean or Chinese is as much a wallet's whole key as an English one. The lists come from `@scure/bip39`
// (one tree-shakable module per language); they reach the engine chunk and the background, never a content script
// (docs/redaction.md "Secrets: round 12" has the sizes). The library stores them NFKD; chat text is almost always
// NFC (`ábaco`, composed Hangul), so both sides are compared in NFC.
import { wordlist as czech } from '@scure/bip39/wordlists/czech.js';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as french } from '@scure/bip39/wordlists/french.js';
import { wordlist as italian } from '@scure/bip39/wordlists/italian.js';
import { wordlist as japanese } from '@scure/bip39/wordlists/japanese.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';

export interface SeedList {
  name: string;
  /** NFC word → its 11-bit index */
  index: ReadonlyMap<string, number>;
}

const RAW: [string, readonly string[]][] = [
  ['english', english],
  ['spanish', spanish],
  ['french', french],
  ['italian', italian],
  ['portuguese', portuguese],
  ['czech', czech],
  ['japanese', japanese],
  ['korean', korean],
  ['chinese_simplified', simplifiedChinese],
  ['chinese_traditional', traditionalChinese],
];

interface SeedIndex {
  lists: readonly SeedList[];
  /** NFC word → bit i set when lists[i] holds it (a word may be on several lists: `animal`, `的`). */
  mask: ReadonlyMap<string, number>;
}

let built: SeedIndex | null = null;

/** The lists indexed by word, built on first use: ~10 ms of normalising and 20,000 map entries that the background
 *  would otherwise pay at every service-worker start, whether or not anything is redacted while it lives. */
export function seedIndex(): SeedIndex {
  if (built) return built;
  const lists = RAW.map(([name, words]) => ({ name, index: new Map(words.map((w, i) => [w.normalize('NFC'), i])) }));
  const mask = new Map<string, number>();
  lists.forEach((list, bit) => {
    for (const word of list.index.keys()) mask.set(word, (mask.get(word) ?? 0) | (1 << bit));
  });
  return (built = { lists, mask });
}
