// Round 10: generated secrets that hold punctuation — Django's `get_random_secret_key()` (`!@#$%^&*(-_=+)` among
// letters and digits), `pwgen -y`, password managers' generators, `openssl rand` output people retype — next to a key
// or secret word of any of ~40 languages (`SECRET_KEY=…`, `kunci rahasianya …`, `המפתח הסודי: …`, `Schlüssel: …`).
// The random-token rule reads runs of base64 characters only, so such a value is cut at its first `%` or `(` into
// pieces too short to judge, and the assignment scanner stops a bare value at `(` (a call). Here the whole
// whitespace-delimited token is judged: letters and digits with at least two symbols that are no separator, high
// entropy, and letters that read as no words (code and regexes near the word "key" read as words or hold brackets).
import { looksLikePlaceholder, shannonEntropy } from '../checks';
import type { Range, RedactionRule } from '../types';
import { keyContextOf, keyedAround } from './key-context';
import { wordScore } from './token-randomness';

/** A token that starts after whitespace, a quote or the line start (one start per run: linear on a megabyte with no
 *  space), up to a quote, bracket or backslash; `NAME=` or `name:` glued before it is cut off in code. */
// round 13: brackets inside the token count as symbols (`pwgen -y` and password managers draw `[]{}` too:
// `Z5y48!+1]fkbe!#VD^QA+bDgj!_[Fr…`); a token still never starts with one
const TOKEN = /(?<![^\s"'`])[^\s"'`<>[\]{}\\][^\s"'`<>\\]{15,159}(?![^\s"'`<>\\])/g;
const STRONG_SYMBOL = /[!#$%&*^@()+=~?|[\]{}]/g;

/** Letters, digits and two or more symbols, drawn rather than written: entropy near a random draw's, few word pieces. */
export function symbolRandom(value: string): boolean {
  // base64 (`+`, `/`, `=` padding: PEM bodies, digests) is the random-token rule's to judge
  if (value.length < 16 || value.length > 128 || /^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const symbols = value.match(STRONG_SYMBOL)?.length ?? 0;
  const letters = value.match(/[A-Za-z]/g)?.length ?? 0;
  const digits = value.match(/\d/g)?.length ?? 0;
  if (symbols < 2 || letters < 8 || digits < 2 || letters + digits + symbols + (value.match(/[-_.]/g)?.length ?? 0) !== value.length) return false;
  if (symbols > value.length * 0.35 || /:\/\/|\.\.|&&|\|\||==|=>|\$\(|\$\{/.test(value)) return false;
  // code with brackets: an index or call followed by a member (`a[0].b`, `f().x`), empty brackets, a bracket after `=`
  if (/[\])}]\.|\(\)|\[\]|\{\}|=[[{(]|\w\[\w{1,12}\]/.test(value)) return false;
  if (looksLikePlaceholder(value)) return false;
  if (shannonEntropy(value) < Math.min(4.2, Math.log2(value.length) * 0.92)) return false;
  // word-like letter runs (`getKey()`, `encryption_key=%s`) are code or text
  let wordy = 0;
  for (const piece of value.split(/[^A-Za-z]+/)) if (piece.length >= 4 && wordScore(piece.toLowerCase()) >= 0) wordy += piece.length;
  return wordy <= letters * 0.3;
}

function* find(text: string): Iterable<Range> {
  const re = new RegExp(TOKEN.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    let start = match.index;
    let raw = match[0];
    // `PAYLOAD_SECRET=…`, `secret:…`: the name glued before the value is its context, not part of it
    const named = /^[A-Za-z_][\w.-]{0,60}(?:=|:=?)(?=.)/.exec(raw);
    if (named) {
      start += named[0].length;
      raw = raw.slice(named[0].length);
    }
    const value = raw.replace(/[.,;:]+$/, '');
    if (!symbolRandom(value)) continue;
    const lineStart = Math.max(0, match.index - 100);
    const head = text.slice(lineStart, start);
    const before = head.slice(head.lastIndexOf('\n') + 1);
    const context = keyContextOf(named ? named[0] : '');
    if ((context.keyWord && !context.publicWord) || keyedAround(text, start, before)) yield { start, end: start + value.length };
  }
}

export const symbolSecretRules: RedactionRule[] = [
  {
    id: 'symbol-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 46,
    description:
      'Round 10: a generated secret holding punctuation (letters, digits and two or more symbols, high entropy, no word pieces: Django secret keys, generator output) next to a key or secret word of ~40 languages or given to a secret-named key',
    find: (text: string) => [...find(text)],
  },
];
