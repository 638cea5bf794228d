// The words on either side of a house number, read the same way by every street-line finder (address-street-lines.ts
// for cased scripts, address-street-caseless.ts for Arabic, Hebrew, Thai and the other caseless ones): single
// spaces between words, punctuation stops the walk, and each word and walk is bounded so the scan stays linear.

import { tabCellBorder } from './table-cells';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_CHARS = /[\p{L}\p{M}.'’-]/u;

export function lower(word: string): string {
  return word.toLowerCase();
}

/** Words of the line before `end`, nearest first, at most `max`, separated by single spaces; punctuation stops them. */
export function wordsBefore(text: string, end: number, max: number): Word[] {
  const words: Word[] = [];
  let i = end;
  while (words.length < max) {
    if (text[i - 1] !== ' ' && text[i - 1] !== '\t') break;
    // round 18: a tab right after a word is a TSV cell's border (`J. Weber\tLindenstraße 12`): the cell before is no part
    if (tabCellBorder(text, i - 1)) break;
    const j = i - 1;
    let start = j;
    while (start > 0 && WORD_CHARS.test(text[start - 1]!) && j - start < 40) start--;
    if (start === j) break;
    words.push({ text: text.slice(start, j), start, end: j });
    i = start;
  }
  return words;
}

/** Words of the line after `from`, in order, at most `max`, separated by single spaces. */
export function wordsAfter(text: string, from: number, max: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (words.length < max) {
    if (text[i] !== ' ') break;
    const start = i + 1;
    let end = start;
    while (end < text.length && WORD_CHARS.test(text[end]!) && end - start < 40) end++;
    if (end === start) break;
    words.push({ text: text.slice(start, end), start, end });
    i = end;
  }
  return words;
}
