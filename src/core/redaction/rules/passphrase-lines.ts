// Round 14 (second pass): a passphrase of spaced words given on its own line of a key/value form
// (`Passphrase: correct horse battery staple` under `SSID: HomeNet`, `Mot de passe : tigre violet cuillère nuage`).
// The token rules judge one token at a time, and a diceware phrase is words of a dictionary, so each of its words
// reads as no password. What tells it from a sentence is the layout, not a language: the line is a label ending in a
// password word, a colon and the value up to the line's end, and a line beside it is another `Label: value` of the
// same form; and the value is words of letters only with none of the short words every sentence needs (no word under
// three letters, at most one of three), not in the sentence case of an interface message.
import type { Range, RedactionRule } from '../types';
import { lineEndWithin, lineStartWithin } from './address-lines';
import { endsWithPasswordWord } from './password-context';
import { passwordUiText } from './ui-strings';

const LABEL = "[\\p{L}][\\p{L}\\p{M}'’-]{0,30}(?:[ \\t][\\p{L}][\\p{L}\\p{M}'’-]{0,30}){0,3}";
const PHRASE = '[\\p{L}\\p{M}]{3,14}(?: [\\p{L}\\p{M}]{3,14}){2,7}';
/** Not indented more than a list's, a label, a colon, the phrase, the line's end. */
const LINE = new RegExp(`(?<=^|\\n)[ \\t]{0,4}(${LABEL})[ \\t]{0,2}[:：][ \\t]{1,3}(${PHRASE})[ \\t]*(?=\\r?\\n|$)`, 'gu');
/** The longest line beside the value read as another line of its form. */
const MAX_NEIGHBOUR = 200;
/** Another line of a form: a short label, a colon, a value. */
const FORM_LINE = /^[ \t]{0,4}[\p{L}][\p{L}\p{M}\p{N} .'’/()-]{0,40}[:：][ \t]*\S/u;

function phraseOfWords(value: string): boolean {
  const words = value.split(' ');
  if (words.filter((word) => [...word].length === 3).length > 1) return false;
  // one case per word: lower, Title or upper (a word with a capital inside is a name or code)
  if (!words.every((word) => /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u.test(word))) return false;
  return !passwordUiText(value) && !endsWithPasswordWord(value);
}

/** The lines before and after the one spanning `lineStart`..`end`, each when it is at most 200 characters long. */
function neighbours(text: string, lineStart: number, end: number): string[] {
  const out: string[] = [];
  if (lineStart > 0) {
    const prevEnd = lineStart - 1;
    const prevStart = lineStartWithin(text, Math.max(0, prevEnd - MAX_NEIGHBOUR - 1), prevEnd);
    if (prevEnd - prevStart <= MAX_NEIGHBOUR) out.push(text.slice(prevStart, prevEnd));
  }
  if (text[end] === '\n' || text.startsWith('\r\n', end)) {
    const nextStart = text.indexOf('\n', end) + 1;
    const stop = lineEndWithin(text, nextStart, Math.min(text.length, nextStart + MAX_NEIGHBOUR + 1));
    if (stop - nextStart <= MAX_NEIGHBOUR) out.push(text.slice(nextStart, stop));
  }
  return out;
}

function* find(text: string): Iterable<Range> {
  if (!text.includes(':') && !text.includes('：')) return;
  for (const match of text.matchAll(LINE)) {
    const label = match[1]!;
    const value = match[2]!;
    if (!endsWithPasswordWord(label) || !phraseOfWords(value)) continue;
    const start = match.index + match[0].indexOf(value, match[0].indexOf(label) + label.length);
    const end = start + value.length;
    if (!neighbours(text, match.index, end).some((line) => FORM_LINE.test(line.replace(/\r$/, '')))) continue;
    yield { start, end };
  }
}

export const passphraseLineRules: RedactionRule[] = [
  {
    id: 'passphrase-form-line',
    kind: 'password',
    level: 'secrets',
    priority: 74,
    description:
      'Round 14: a passphrase of three to eight spaced words of letters (no word under three letters, one of three at most) after a label ending in a password word and a colon, on a line of a key/value form (a `Label: value` line beside it)',
    find: (text: string) => [...find(text)],
  },
];
