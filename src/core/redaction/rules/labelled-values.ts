// Round 12: a password or key given on a line of its own after a few words that name it, in a language whose word for
// it no list holds (`Ny fockle-arrey er Baobab1988+`, `Кистэлэҥ тыл: dx8m@99stK*RzLnE`, `សោសម្ងាត់គឺ wc_eUr-…`).
// Lists of password and key words cover ~70 languages and will never cover all; what every language shares is the
// layout of giving one: a short label (one to six words, letters only), maybe a colon or dash, the value, and at most a
// few words after it, then the line ends. The value decides, by shape alone (password-shape.ts): it must pass both the
// strict test for a token before a password word (three classes, or a symbol and digits, or machine-random, or a
// passphrase) and the test for a later token of a password sentence (no word with a number: `iPhone15Pro`,
// `X1-Carbon`, `Windows10`). Code never matches: the label holds letters and spaces only.
import { looksTypedIn } from '../checks';
import type { Range, RedactionRule } from '../types';
import { PUBLIC_WORDS } from './key-context';
import { passwordTokenShape } from './password-shape';

const WORD = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]{0,30}";
/** Line start (not indented: an indented line is code or a config block), label words, an optional colon, dash or
 *  arrow, the value, up to three words, an optional full stop, line end. */
const LABELLED_LINE = new RegExp(
  `(?<=^|\\n)(?:${WORD}[ \\t]{1,3}){0,5}${WORD}[ \\t]*(?:[:：→—–]|->|-)?[ \\t]{1,3}([^\\s]{6,64})` +
    `(?:[ \\t]{1,3}${WORD}){0,3}[ \\t]*[.。]?[ \\t]*(?=\\r?\\n|$)`,
  'gu',
);

/** What a person chooses as a password and an identifier never looks like: both cases of letters mixed with digits or
 *  a symbol (IBANs, tracking numbers, hashes, commits and build ids are in one case), or words joined with a number
 *  (`aroha.kiboko.33`). Quoted strings, `a:b`, `x=y` and e-mail addresses are code or addresses; counting runs and
 *  repeated groups are typed-in stand-ins. */
function chosenShape(value: string): boolean {
  if (/^["'`]|[:=]|@[\p{L}\p{N}-]+\.\p{L}{2,}/u.test(value) || looksTypedIn(value)) return false;
  if (/^eyJ/.test(value)) return false; // base64 JSON: a JWT's header alone is no secret (the jwt rule takes tokens)
  // three capitalised words or more: an identifier (`validateAccessTokenForUser2024`)
  if (/^\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}\d*$/u.test(value)) return false;
  // both cases, and the classes mixed inside a part, not only joined (`2101-Ahuachapán`, `Fort-de-France` are names):
  // a capital after a small letter, digits glued to letters, or a symbol that is no joiner
  const mixedCase =
    /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value) && /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}|[^\p{L}\p{N}._'’-]/u.test(value);
  const passphrase = /^\p{L}{2,}(?:[-._]\p{L}{2,})+[-._]?\d{1,4}$/u.test(value);
  if (!mixedCase && !passphrase) return false;
  return passwordTokenShape(value, 'before') && passwordTokenShape(value, 'after');
}

/** A label that makes the value something else: one word glued with a hyphen (`my-password`, a name), or a word that
 *  calls it public (`hash`, `commit`, `fingerprint`: key-context.ts's list). */
function labelSaysOtherwise(label: string): boolean {
  const words = label.toLowerCase().split(/[\s:：→—–>-]+/u).filter(Boolean);
  if (/^[^\s]+-[^\s]+[ \t]*$/u.test(label.trim()) && !/\s/.test(label.trim())) return true;
  return words.some((w) => PUBLIC_WORDS.has(w));
}

function* find(text: string): Iterable<Range> {
  for (const m of text.matchAll(LABELLED_LINE)) {
    if (labelSaysOtherwise(m[0].slice(0, m[0].indexOf(m[1]!)).replace(/[ \t:：→—–>-]+$/u, ''))) continue;
    // a full stop or comma ends the sentence; `!` and `?` are as often the password's own last character
    if (m[1]!.endsWith(';')) continue; // a statement (`const SCHEMA: JSONSchema.JSONSchema4;`)
    // round 13: quotation marks of other languages (`„Kirsche#42“`, `«…»`, `「…」`) are no part of the value
    const lead = /^[„“«‚‘‹「『]*/u.exec(m[1]!)![0].length;
    const value = m[1]!.slice(lead).replace(/[.,。)]+$/, '').replace(/[“”»‘’›」』]+$/u, '');
    if (!chosenShape(value)) continue;
    const start = m.index + m[0].indexOf(m[1]!) + lead;
    yield { start, end: start + value.length };
  }
}

export const labelledValueRules: RedactionRule[] = [
  {
    id: 'labelled-value-line',
    kind: 'password',
    level: 'secrets',
    priority: 74,
    description:
      'Round 12: a password-shaped value (strict shape: three classes, symbol and digits, machine-random or a passphrase; no word with a number) ending a line that a label of one to six words of any language introduces, with at most three words after it',
    find: (text: string) => [...find(text)],
  },
];
