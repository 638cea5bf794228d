// Address blocks that no word introduces but that close with a line holding only a country's name, the way a
// label is written (`Capital Hotel\nArasafi\nTripoli\nLibya`, `Bhutan National Bank\nChang Lam\nThimphu 810\nBhutan`):
// the country line stands where `Address:` would, at the other end. The block is the run of lines before it back
// to the start of the text, a blank line or a label line ending in a colon; address-introduced.ts then reads it as
// it reads an introduced address (street or places, recipient line left out). Names come from the runtime's CLDR
// country names (address-country-names.ts), in the major languages and each country's own.
import { countryNames, normaliseName } from './address-country-names';
import { releaseScanner, takeScanner } from './regex-scan';

const MAX_LINES_BEFORE = 6;
/** A line that may be a country's name: one to four words, nothing that names no country. */
const COUNTRY_LINE = /^[ \t]*([^\s\d:;,.!?(){}[\]<>"=#*|/\\][^\n\d:;,!?(){}[\]<>"=#*|/\\]{1,40})[ \t]*$/gmu;

/** Where each block closed by a country line starts (lines before it, at most six; none when the country line is first). */
export function blocksBeforeCountryLines(text: string): number[] {
  const starts: number[] = [];
  const names = countryNames();
  const re = takeScanner(COUNTRY_LINE);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = normaliseName(m[1]!);
    if (name.split(' ').length > 4 || !names.countryNames.has(name)) continue;
    let start = m.index;
    for (let lines = 0; lines < MAX_LINES_BEFORE && start > 0; lines++) {
      const lineStart = text.lastIndexOf('\n', start - 2) + 1;
      const line = text.slice(lineStart, start - 1);
      if (line.trim() === '' || /[:：][ \t]*$/.test(line)) break;
      start = lineStart;
    }
    if (start < m.index) starts.push(start);
  }
  releaseScanner(COUNTRY_LINE, re);
  return starts;
}
