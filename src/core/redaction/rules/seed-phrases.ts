// Round 11: wallet seed phrases (BIP-39 mnemonics). Twelve to twenty-four words from one list of 2,048 are the whole
// key of a crypto wallet: whoever reads them owns the funds. They hold no symbol, digit or random run, so no other
// rule can see them. The lists come from `@scure/bip39` (audited, the lists every wallet ships): English since round
// 11, the nine other official languages since round 12 (`seed-wordlists.ts`); a phrase's words all come from one list
// and its checksum is taken with that list's indices.
// A phrase counts when every word is on the list, the count is a BIP-39 length (12, 15, 18, 21, 24) and either its
// checksum holds (1 in 16 to 1 in 256 for words drawn at random) or the text calls it a seed/recovery phrase in
// some language or numbers its words. Words must follow each other with nothing but spaces, line breaks, commas,
// quotes, bullets or list numbers between: a sentence's full stops, brackets or code break the run, and a run of
// more than 30 list words is a pasted word list, not a phrase.
import { sha256 } from '@noble/hashes/sha2.js';
import type { Range, RedactionRule } from '../types';
import { seedIndex } from './seed-wordlists';

// `validateMnemonic` of @scure/bip39 finds each word with `indexOf` in the 2,048-word list and normalises the whole
// phrase first: ~50 µs a phrase, 18 s/MB on text made of runs of list words; the lists are indexed once instead
// (seed-wordlists.ts, on first use).
const LENGTHS = [24, 21, 18, 15, 12];
const MAX_RUN = 30;
/** List words by chance before or after a phrase in its run, on each side. */
const STRAY = 2;

/** What may stand between two words of a phrase: spaces (Japanese phrases use the ideographic one), one blank line,
 *  commas, quotes, a bullet or a list number. */
const GAP =
  /^["'`]?[ \t\u3000]*[,、]?[ \t\u3000]*(?:\r?\n[ \t\u3000]*){0,2}(?:[-*•|][ \t]*|\(?\d{1,2}[.):]?[ \t]*|\d{1,2}[ \t]*[-–:][ \t]*)?["'`]?$/;

/** Words that call a run of words a seed or recovery phrase, in many languages (before it on its line or the line
 *  above). The checksum alone decides when none is there. */
const SEED_CONTEXT =
  /seed|mnemoni|recovery|backup|phrase|wallet|metamask|ledger|trezor|bip-?39|semilla|frase|semente|graine|r[ée]cup[ée]ration|wiederherstell|wörter|woorden|herstel|ziarn|odzyskiw|recupero|\bseme\b|tohum|kurtarma|cümle|сид|мнемон|фраз|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|کلمات بازیابی|عبارة|بذرة|ביטוי|גיבוי|เมล็ด|กู้คืน|cụm từ|khôi phục|benih|pemulihan/i;

/** Words that name a phrase as a wallet's key outright (not `phrase`, `backup` or `wallet` alone, which name many
 *  a sentence): what a phrase of a list this engine does not hold must follow. */
const STRONG_SEED_CONTEXT =
  /seed|mnemoni|recovery|r[ée]cup[ée]ra|wiederherstell|herstel|odzyskiw|recupero|tohum|kurtarma|сид|мнемон|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|بازیابی|بذرة|กู้คืน|khôi phục|pemulihan/i;

/** A phrase of a word list this engine does not ship (wallets' Russian and Turkish lists, any other): 12 to 24
 *  lower-case words of 3 to 9 letters (and the combining marks of NFD text), one space apart, standing alone as a
 *  value (after a colon, `=`, `->`, a quote or at a line start, up to a quote or the line's end). A sentence starts
 *  with a capital or holds a short word (`a`, `и`, `ve`, `le`); a list's words are nouns and adjectives of three
 *  letters or more. */
const UNLISTED_RUN =
  /(?<=^|[:=>"'`\n])[ \t]*((?:\p{Ll}[\p{Ll}\p{M}]{2,11}[ \t\u3000]){11,23}\p{Ll}[\p{Ll}\p{M}]{2,11})[ \t]*(?=["'`<\r\n]|$)/gu;

function* unlisted(text: string): Iterable<Range> {
  for (const m of text.matchAll(UNLISTED_RUN)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const count = m[1]!.split(/[ \t\u3000]/).length;
    if (!LENGTHS.includes(count)) continue;
    const head = text.slice(Math.max(0, start - 200), start).split('\n');
    if (STRONG_SEED_CONTEXT.test(head.slice(-2).join('\n'))) yield { start, end: start + m[1]!.length };
  }
}

const MARK = /[\p{M}\u1100-\u11ff]/u; // combining marks, and the conjoining jamo of decomposed Hangul
/** The common gap, one space, without GAP's slice. */
const SPACE = /[ \t\n\u3000,"'`]/;

interface Word {
  start: number;
  end: number;
  word: string;
}

/** A word as a person writes a phrase (all lower case, capitalised at a sentence start, or all upper case) → the
 *  word in NFC lower case and the lists holding it, or null. */
function listWord(raw: string): { word: string; mask: number } | null {
  // only a word with a combining mark or jamo needs composing; most are one Han character or plain letters
  const nfc = MARK.test(raw) ? raw.normalize('NFC') : raw;
  const lower = nfc.toLowerCase();
  const mask = seedIndex().mask.get(lower);
  if (!mask) return null;
  if (nfc === lower || nfc === nfc.toUpperCase() || nfc === nfc[0] + lower.slice(1)) return { word: lower, mask };
  return null;
}

function seedContext(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 200), start);
  const lines = head.split('\n');
  return SEED_CONTEXT.test(lines.slice(-3).join('\n'));
}

/** BIP-39's checksum: the words' 11-bit indices are the entropy followed by the first bits of its SHA-256 (one bit per
 *  three words), the same test as `validateMnemonic`. */
export function checksumHolds(words: readonly Word[], index: ReadonlyMap<string, number> = seedIndex().lists[0]!.index): boolean {
  const bits = words.length * 11;
  const checksumBits = bits / 33;
  const entropy = new Uint8Array(((bits - checksumBits) / 8) | 0);
  let acc = 0;
  let held = 0;
  let at = 0;
  for (const w of words) {
    acc = (acc << 11) | index.get(w.word)!;
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

/** The checksum holds with the indices of one of the lists in `mask`. Lists that give the words the same indices
 *  (most characters of the two Chinese lists) are checked once. */
function checksumInSome(window: readonly Word[], mask: number): boolean {
  let tried: number[] | null = null;
  const { lists } = seedIndex();
  for (let bit = 0; bit < lists.length; bit++) {
    if (!(mask & (1 << bit))) continue;
    const index = lists[bit]!.index;
    const indices = window.map((w) => index.get(w.word)!);
    if (tried && indices.every((n, k) => n === tried![k])) continue;
    tried = indices;
    if (checksumHolds(window, index)) return true;
  }
  return false;
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

/** The longest window of a BIP-39 length in a run of words of the lists in `mask` that is a phrase. */
function phraseIn(text: string, words: Word[], mask: number): Range | null {
  if (words.length < 12 || words.length > MAX_RUN) return null;
  const named = seedContext(text, words[0]!.start) || numbered(text, words);
  for (const length of LENGTHS) {
    const last = words.length - length;
    // a phrase in text stands between punctuation or other words, with at most a couple of list words by chance on
    // either side (`ok`, `thanks`): that bounds the checksums a run costs to a handful, which runs of one-character
    // words (Chinese, two characters a word with its space) need to stay within the bench's bound
    for (let i = Math.max(0, last - STRAY); i <= Math.min(STRAY, last); i++) {
      const window = words.slice(i, i + length);
      // a phrase drawn at random repeats a word rarely (`help shell help shell …` is text); the test vectors that do
      // (`abandon … about`) count when the text names them
      if (!named && new Set(window.map((w) => w.word)).size < length - 1) continue;
      if (checksumInSome(window, mask)) return { start: window[0]!.start, end: window[length - 1]!.end };
    }
  }
  // a phrase typed from a backup card or made up for an example need not be checksum-valid: with words that say
  // what it is, or numbered, a run of exactly a BIP-39 length counts
  if (named && LENGTHS.includes(words.length)) return { start: words[0]!.start, end: words[words.length - 1]!.end };
  return null;
}

function* find(text: string): Iterable<Range> {
  // letters of any script and their combining marks (an NFD `é`, a kana's voicing mark)
  const re = /[\p{L}\p{M}]+/gu;
  let run: Word[] = [];
  let runMask = 0;
  let tooLong = false;
  let lastEnd = -1;
  let match: RegExpExecArray | null;
  const close = function* (): Iterable<Range> {
    if (!tooLong) {
      const found = phraseIn(text, run, runMask);
      if (found) yield found;
    }
    run = [];
    tooLong = false;
  };
  while ((match = re.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const listed = listWord(match[0]);
    // a gap longer than a list number and its spaces is no gap; bounded, so GAP never reads far
    const joined =
      lastEnd >= 0 &&
      (start - lastEnd === 1 ? SPACE.test(text[lastEnd]!) : start - lastEnd <= 16 && GAP.test(text.slice(lastEnd, start)));
    // every word of a phrase is on the one list its checksum is taken with
    if (!listed || !joined || !(runMask & listed.mask)) yield* close();
    lastEnd = listed ? end : -1;
    if (!listed || tooLong) continue;
    runMask = run.length ? runMask & listed.mask : listed.mask;
    run.push({ start, end, word: listed.word });
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
      'Round 11: a wallet seed phrase — 12, 15, 18, 21 or 24 words of one BIP-39 list (@scure/bip39; English, and since round 12 the nine other official languages) in a row, checksum-valid, or called a seed/recovery phrase in some language, or numbered',
    find: (text: string) => [...find(text)],
  },
  {
    id: 'seed-phrase-unlisted',
    kind: 'secret',
    level: 'secrets',
    priority: 47,
    description:
      'Round 12: a seed phrase of a list the engine does not ship (wallets\' Russian or Turkish lists): exactly 12, 15, 18, 21 or 24 lower-case words of 3–9 letters standing alone as a value, on the line of or the line after a word that names a seed/mnemonic/recovery phrase',
    find: (text: string) => [...unlisted(text)],
  },
];
