// Round 16: pasted tables (CSV, TSV, semicolon exports, Markdown) put ids, amounts and counts in cells of their own
// under a header row (`id,customer,address` then `5521,K. Osei,"…"`). A number alone in a cell has the shape of a
// postcode in most countries, and the header cells above it read as places (`customer`, `address`), so the postcode
// walk took `id,customer,address\n5521,K. Osei` for an address in every such paste. A number standing alone in its
// cell is a postcode only under a header that names an address or a postcode column (`zip`, `PLZ`, `CEP`…); a row
// under any other header keeps its numbers. The header is the first line of the run of lines holding the row's
// separator, at most 50 lines up, each at most 400 characters, so the look is bounded.
import { isAddressField } from './address-frames';
import { cleanCell, separatorOf, TABLE_MAX_LINE, tableCells } from './table-cells';

/** Header cells of a postcode column, in the languages of the address words. */
const POSTCODE_FIELD =
  /(?:^|[_ -])(?:zip(?:[_ -]?code)?|post(?:al)?[_ -]?code|postcode|postleitzahl|plz|npa|code[_ -]?postal|cp|cap|cep|pin(?:[_ -]?code)?|postnummer|postnr|postinumero|irsz|ir[aá]ny[ií]t[oó]sz[aá]m|ps[čc]|kod(?:[_ -]?pocztowy)?|c[oó]digo[_ -]?postal|postcodes?|eircode|индекс|почтовый[_ -]индекс)$/iu;

const MAX_ROWS = 50;

/**
 * The line holding `at`, looked for at most TABLE_MAX_LINE + 1 characters either side: a longer line is no table row,
 * and its bounds come back clipped (longer than TABLE_MAX_LINE, so every caller rejects it) instead of scanned to its
 * ends — unbounded scans made a 5 MB text of one line quadratic (every postcode-shaped number looked for its line).
 */
function lineBounds(text: string, at: number): { start: number; end: number } {
  const reach = TABLE_MAX_LINE + 1;
  const lo = Math.max(0, at - reach);
  const back = text.slice(lo, at).lastIndexOf('\n');
  const hi = Math.min(text.length, at + reach);
  const ahead = text.slice(at, hi).indexOf('\n');
  return { start: back === -1 ? lo : lo + back + 1, end: ahead === -1 ? hi : at + ahead };
}

/** A header cell is a label: letters first, no more than 30 characters, a digit only closing it (`address2`). */
const isLabel = (cell: string) => /^[\p{L}_#][\p{L}\p{M}_ .#/()-]{0,28}\p{Nd}?$/u.test(cleanCell(cell));

/**
 * The header cell over the cell holding `at`, when `at`'s line is a row of a delimited table with a header row
 * above it holding as many cells; otherwise null.
 */
export function headerCellOver(text: string, at: number): string | null {
  const row = lineBounds(text, at);
  const rowText = text.slice(row.start, row.end);
  if (rowText.length > TABLE_MAX_LINE) return null;
  const sep = separatorOf(rowText);
  if (sep === '' || row.start === 0) return null;
  let top = row.start;
  for (let n = 0; n < MAX_ROWS && top > 0; n++) {
    const above = lineBounds(text, top - 1);
    const line = text.slice(above.start, above.end);
    if (line.length > TABLE_MAX_LINE || !line.includes(sep)) break;
    top = above.start;
  }
  if (top === row.start) return null;
  const header = tableCells(text.slice(top, lineBounds(text, top).end), sep);
  const rowCells = tableCells(rowText, sep);
  if (header.length < 2 || header.length !== rowCells.length || !header.every((c) => cleanCell(c.value) === '' || isLabel(c.value))) return null;
  const offset = at - row.start;
  const column = rowCells.findIndex((c, i) => offset >= c.start && (i + 1 === rowCells.length || offset < rowCells[i + 1]!.start));
  return column === -1 ? null : cleanCell(header[column]!.value);
}

/**
 * True when the number at `start`..`end` fills its table cell alone under a header that names neither an address
 * nor a postcode (`id`, `amount`, `qty`, `Kundennr`): a table's value, not a postcode.
 */
export function isOtherColumnNumber(text: string, start: number, end: number): boolean {
  let open = start;
  while (open > 0 && start - open < 3 && /[ \t"']/.test(text[open - 1]!)) open--;
  if (open > 0 && !/[\n,;|\t]/.test(text[open - 1]!)) return false;
  if (!/^[ \t"']{0,3}(?:$|[\r\n,;|\t])/.test(text.slice(end, end + 4))) return false;
  const header = headerCellOver(text, start);
  return header !== null && header !== '' && !isAddressField(header) && !POSTCODE_FIELD.test(header);
}

/**
 * True when the word at `start`..`end` is a whole cell of a table's header row (`id,customer,address`, `| Kunde |
 * Adresse |`): it names the column, whose cells the frames read (address-frames.ts); it introduces no address on
 * the line after it, which is the first row's id and name.
 */
export function isHeaderCellWord(text: string, start: number, end: number): boolean {
  const line = lineBounds(text, start);
  const lineText = text.slice(line.start, line.end);
  if (lineText.length > TABLE_MAX_LINE || line.end >= text.length) return false;
  const sep = separatorOf(lineText);
  if (sep === '') return false;
  const header = tableCells(lineText, sep);
  const own = header.find((c) => cleanCell(c.value) !== '' && line.start + c.start <= start && end <= line.start + c.start + c.value.length);
  if (!own || cleanCell(own.value).length > end - start + 12 || header.length < 2 || !header.every((c) => cleanCell(c.value) === '' || isLabel(c.value))) return false;
  const next = lineBounds(text, line.end + 1);
  const nextText = text.slice(next.start, next.end);
  return nextText.length <= TABLE_MAX_LINE && tableCells(nextText, sep).length === header.length;
}
