// IBANs as people type them. The finder does not guess a layout: from a country code and two check digits it reads
// letters and digits through any separators people put between groups (spaces of any width, dots, dashes, a line
// break, odd group sizes, any case) until it holds as many characters as the IBAN registry gives that country
// (ibantools' country table), then ibantools decides: BBAN format and mod-97 check digits. No country is keyed here;
// a country the library does not know is not an IBAN.
import { getCountrySpecifications, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import type { Range, RedactionRule } from '../types';
import { foldWidthAndDigits } from './fold-text';

const LENGTHS = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([code, spec]) => (spec.chars ? [[code, spec.chars] as const] : [])),
);

/**
 * Between two characters of one IBAN: spaces (no-break, thin; the wide forms are folded), dots, dashes, slashes
 * (`FR 76 / 1213 / …`, a French RIB key after `/`), tabs, one line break.
 */
const SEPARATOR = /[ \t\u00a0.\-/\r\n]/;
const isAlnum = (ch: string) => (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
/** A line break and the next line's indent, or a table's column gap, still join two groups; a longer gap does not. */
const MAX_SEPARATOR_RUN = 8;

/**
 * A country code and its check digits, glued or apart, in any case (`at 64 5400 …`, `Ba 39 …`, `rs 35…`, a dot inside
 * the code `M.K 07…`): the reading that follows must still give the country's exact length, its BBAN format and the
 * mod-97 check digits, which words before numbers (`at 12 3456`) do not (round 12; round 11 wanted capitals). `no`
 * apart from its digits is the word for number, not Norway.
 */
const START = /(?<![A-Za-z0-9.])([A-Za-z])\.?([A-Za-z])[ \t\u00a0.-]{0,2}(\d{2})/g;

/**
 * Country length, BBAN format and the mod-97 check digits must hold. A failed *national* check digit (BE, FR, ES,
 * PL…) is still an account number someone typed, maybe with a typo, so it is redacted too.
 */
function plausibleIban(electronic: string): boolean {
  const { errorCodes } = validateIBAN(electronic, { allowQRIBAN: true });
  return errorCodes.every((code) => code === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
}

/**
 * Reads `wanted` letters and digits from `from`, skipping separator runs of at most eight characters holding at
 * most one line break; returns the compact characters and where the last one ends, or null when the text stops
 * first or runs on glued past the country's length (a longer code is no IBAN of that country).
 */
function readBban(text: string, from: number, wanted: number): { chars: string; end: number } | null {
  let chars = '';
  let i = from;
  let separators = 0;
  let breaks = 0;
  while (chars.length < wanted && i < text.length) {
    const ch = text[i]!;
    if (isAlnum(ch)) {
      chars += ch;
      separators = 0;
      breaks = 0;
    } else if (SEPARATOR.test(ch)) {
      if (++separators > MAX_SEPARATOR_RUN) return null;
      if (ch === '\n' && ++breaks > 1) return null;
    } else return null;
    i++;
  }
  if (chars.length < wanted) return null;
  if (i < text.length && isAlnum(text[i]!)) return null;
  return { chars, end: i };
}

function findIbans(original: string): Range[] {
  const text = foldWidthAndDigits(original);
  const out: Range[] = [];
  const re = new RegExp(START.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const written = match[1]! + match[2]!;
    // `no`/`No` before numbers is the word for number (`invoice no 05 …`); Norway's code apart is written `NO`
    if (written !== 'NO' && written.toUpperCase() === 'NO' && match[0].length > 4) continue;
    const country = written.toUpperCase();
    const length = LENGTHS.get(country);
    if (length === undefined) continue;
    const bban = readBban(text, match.index + match[0].length, length - 4);
    if (!bban || !/\d/.test(bban.chars)) continue;
    if (!plausibleIban(country + match[3]! + bban.chars.toUpperCase())) continue;
    out.push({ start: match.index, end: bban.end });
    re.lastIndex = bban.end;
  }
  return out;
}

export const ibanRule: RedactionRule = {
  id: 'iban',
  kind: 'iban',
  level: 'standard',
  priority: 70,
  description:
    'IBAN (ibantools: registry and non-registry countries, lengths, BBAN format, mod 97) read through any separators people type between groups — spaces, dots, dashes, a line break — in any case',
  find: findIbans,
};
