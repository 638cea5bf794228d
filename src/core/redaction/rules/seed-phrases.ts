// Round 11: wallet seed phrases (BIP-39 mnemonics). Twelve to twenty-four words from one list of 2,048 are the whole
// key of a crypto wallet: whoever reads them owns the funds. They hold no symbol, digit or random run, so no other
// rule can see them. The English list and the checksum come from `@scure/bip39` (audited, the list every wallet
// ships; its other languages are left out of the bundle, see docs/redaction.md "Secrets: round 11").
// A phrase counts when every word is on the list, the count is a BIP-39 length (12, 15, 18, 21, 24) and either its
// checksum holds (1 in 16 to 1 in 256 for words drawn at random) or the text calls it a seed/recovery phrase in
// some language or numbers its words. Words must follow each other with nothing but spaces, line breaks, commas,
// quotes, bullets or list numbers between: a sentence's full stops, brackets or code break the run, and a run of
// more than 30 list words is a pasted word list, not a phrase.
import { sha256 } from '@noble/hashes/sha2.js';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import type { Range, RedactionRule } from '../types';

/** Word → its 11-bit index. `validateMnemonic` of @scure/bip39 finds each word with `indexOf` in the 2,048-word list and
 *  normalises the whole phrase first: ~50 µs a phrase, 18 s/MB on text made of runs of list words. */
const INDEX = new Map(wordlist.map((w, i) => [w, i]));
const LENGTHS = [24, 21, 18, 15, 12];
const MAX_RUN = 30;

/** What may stand between two words of a phrase: spaces, one blank line, commas, quotes, a bullet or a list number. */
const GAP = /^["'`]?[ \t]*,?[ \t]*(?:\r?\n[ \t]*){0,2}(?:[-*•|][ \t]*|\(?\d{1,2}[.):]?[ \t]*|\d{1,2}[ \t]*[-–:][ \t]*)?["'`]?$/;

/** Words that call a run of words a seed or recovery phrase, in many languages (before it on its line or the line
 *  above). The checksum alone decides when none is there. */
const SEED_CONTEXT =
  /seed|mnemoni|recovery|backup|phrase|wallet|metamask|ledger|trezor|bip-?39|semilla|frase|semente|graine|r[ée]cup[ée]ration|wiederherstell|wörter|woorden|herstel|ziarn|odzyskiw|recupero|\bseme\b|tohum|kurtarma|cümle|сид|мнемон|фраз|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|کلمات بازیابی|عبارة|بذرة|ביטוי|גיבוי|เมล็ด|กู้คืน|cụm từ|khôi phục|benih|pemulihan/i;

interface Word {
  start: number;
  end: number;
  word: string;
}

/** A word as a person writes a phrase: all lower case, capitalised at a sentence start, or all upper case. */
function listWord(raw: string): string | null {
  const lower = raw.toLowerCase();
  if (!INDEX.has(lower)) return null;
  if (raw === lower || raw === raw.toUpperCase() || raw === raw[0] + lower.slice(1)) return lower;
  return null;
}

function seedContext(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 200), start);
  const lines = head.split('\n');
  return SEED_CONTEXT.test(lines.slice(-3).join('\n'));
}

/** BIP-39's checksum: the words' 11-bit indices are the entropy followed by the first bits of its SHA-256 (one bit per
 *  three words), the same test as `validateMnemonic`. */
export function checksumHolds(words: readonly Word[]): boolean {
  const bits = words.length * 11;
  const checksumBits = bits / 33;
  const entropy = new Uint8Array(((bits - checksumBits) / 8) | 0);
  let acc = 0;
  let held = 0;
  let at = 0;
  for (const w of words) {
    acc = (acc << 11) | INDEX.get(w.word)!;
    held += 11;
    while (held >= 8 && at < entropy.length) {
      held -= 8;
      entropy[at++] = (acc >>> held) & 0xff;
    }
    acc &= (1 << held) - 1;
  }
  // what is left after the entropy bytes are the checksum bits
  return sha256(entropy)[0]! >>> (8 - checksumBits) === acc;
}

/** The words are numbered 1, 2, 3… in their gaps (`1. abandon 2. ability`, `01) … 02) …`). */
function numbered(text: string, words: Word[]): boolean {
  let expected = 2;
  for (let i = 1; i < words.length; i++) {
    const n = /(\d{1,2})/.exec(text.slice(words[i - 1]!.end, words[i]!.start));
    if (!n || Number(n[1]) !== expected) return false;
    expected++;
  }
  return true;
}

/** The longest window of a BIP-39 length in a run of list words that is a phrase. */
function phraseIn(text: string, words: Word[]): Range | null {
  if (words.length < 12 || words.length > MAX_RUN) return null;
  const named = seedContext(text, words[0]!.start) || numbered(text, words);
  for (const length of LENGTHS) {
    for (let i = 0; i + length <= words.length; i++) {
      const window = words.slice(i, i + length);
      // a phrase drawn at random repeats a word rarely (`help shell help shell …` is text); the test vectors that do
      // (`abandon … about`) count when the text names them
      if (!named && new Set(window.map((w) => w.word)).size < length - 1) continue;
      if (checksumHolds(window)) return { start: window[0]!.start, end: window[length - 1]!.end };
    }
  }
  // a phrase typed from a backup card or made up for an example need not be checksum-valid: with words that say
  // what it is, or numbered, a run of exactly a BIP-39 length counts
  if (named && LENGTHS.includes(words.length)) return { start: words[0]!.start, end: words[words.length - 1]!.end };
  return null;
}

function* find(text: string): Iterable<Range> {
  const re = /[A-Za-z]+/g;
  let run: Word[] = [];
  let tooLong = false;
  let lastEnd = -1;
  let match: RegExpExecArray | null;
  const close = function* (): Iterable<Range> {
    if (!tooLong) {
      const found = phraseIn(text, run);
      if (found) yield found;
    }
    run = [];
    tooLong = false;
  };
  while ((match = re.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const word = listWord(match[0]);
    // a gap longer than a list number and its spaces is no gap; bounded, so GAP never reads far
    const joined = lastEnd >= 0 && start - lastEnd <= 16 && GAP.test(text.slice(lastEnd, start));
    if (!word || !joined) yield* close();
    lastEnd = word ? end : -1;
    if (!word || tooLong) continue;
    run.push({ start, end, word });
    if (run.length > MAX_RUN) tooLong = true;
  }
  yield* close();
}

export const seedPhraseRules: RedactionRule[] = [
  {
    id: 'seed-phrase',
    kind: 'secret',
    level: 'secrets',
    priority: 47,
    description:
      'Round 11: a wallet seed phrase — 12, 15, 18, 21 or 24 words of the BIP-39 English list (@scure/bip39) in a row, checksum-valid, or called a seed/recovery phrase in some language, or numbered',
    find: (text: string) => [...find(text)],
  },
];
