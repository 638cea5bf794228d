// Text as people type it on phones and in CJK input methods, folded to ASCII one UTF-16 unit for one, so a rule can
// run its ASCII pattern on the folded copy and report offsets into the original: full-width forms (`＋８１ ３−１２３４`,
// U+FF01–FF5E), the ideographic and typographic spaces (U+3000, U+2000–U+200A, U+202F), the dashes and the minus sign
// (U+2010–U+2015, U+2212), and the decimal digits of every script (`٠١٢`, `۰۱۲`, `०१२`, `০১২`, `๐๑๒`).

/** The value of a non-ASCII decimal digit: its distance from the zero of its run (Unicode lays digits out 0–9). */
export function digitValue(cp: number): number {
  let zero = cp;
  while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return cp - zero;
}

// round 22 (speed): not the ASCII digits, which fold to themselves: matched, each cost a call of foldChar (a text of
// numbers with one non-ASCII character in it paid one call per digit)
const FOLDABLE = /(?![0-9])[\uFF01-\uFF5E\u3000\u2000-\u200A\u202F\u2010-\u2015\u2212\p{Nd}]/gu;
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out !== undefined) return out;
  const cp = ch.codePointAt(0)!;
  if (ch.length > 1 || cp < 0x80) out = ch; // astral digits keep their two units: the offsets must not move
  else if (cp >= 0xff01 && cp <= 0xff5e) out = String.fromCharCode(cp - 0xfee0);
  else if (cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f) out = ' ';
  else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212) out = '-';
  else out = String(digitValue(cp));
  folded.set(ch, out);
  return out;
}

/** `text` with the forms above folded to ASCII; same length, so every offset means the same character. */
export function foldWidthAndDigits(text: string): string {
  if (!/[^\0-\x7F]/.test(text)) return text;
  return text.replace(FOLDABLE, foldChar);
}
