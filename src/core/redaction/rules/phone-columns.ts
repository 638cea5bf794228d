// Round 18: phone numbers as the cells of a pasted table (CSV, TSV, semicolon exports, Markdown) under a header that
// names a phone column (`name,phone,city`, `| Kunde | Telefon |`, `名前\t電話`). The phone finder turns away a number
// right after a comma (`1,234,567`, lists of amounts) and needs a phone word before a bare national number; in a table
// the header is that word, a row or fifty away, and the comma is the cell's edge. Tables are read in one pass over the
// lines: a run of lines holding the same separator, its first line the header, each row with as many cells; lines of
// more than 400 characters end a table, so the cost stays linear in the text. Rows are split as address-table-cells.ts
// splits them (table-cells.ts).
import { cleanCell, separatorOf, TABLE_MAX_LINE, tableCells } from './table-cells';

/** A header cell naming a phone column, in the languages of the phone finder's labels; `phone_number`, `Telefonnummer`. */
const PHONE_FIELD =
  /^(?:[\p{L}_ -]{0,20}[_ -])?(?:phone|tel|tel\.|telephone|téléphone|tél|telefon[eo]?|teléfono|telefone|telefono|telf|tlf|telp|mobile|mobil|mob|cell|cellphone|cellulare|celular|móvil|movil|handy|gsm|fax|msisdn|whatsapp|puhelin|puh|τηλέφωνο|τηλ|телефон|тел|моб|утас|هاتف|جوال|تلفن|טלפון|נייד|फ़ोन|फोन|โทร|โทรศัพท์|電話|電話番号|电话|手机|手機|携帯|전화|전화번호|휴대폰|điện thoại|sđt|(?:telefon|handy|ruf|mobil|tel)nummer|(?:contact|phone|mobile|tel)[_ -]?(?:no|nr|number|num|#))\.?\d?$/iu;

/** A Markdown rule row (`|---|:---:|`) sits between the header and the rows. */
const RULE_ROW = /^[\s|:+-]+$/;
/** Cell text a phone number can be: digits with the separators and signs numbers are written with. */
const NUMBER_CELL = /^(?:\+|00|\(\+?)?\d[\d ()./\u00A0-]{4,24}$/;

/**
 * Where the cells of phone columns start and what they hold: `{ start, value }` for each cell whose header names a
 * phone and whose text is shaped like a number (quotes and padding left out).
 */
export function phoneColumnCells(text: string): { start: number; value: string }[] {
  const out: { start: number; value: string }[] = [];
  // cheap test first: no header word anywhere, no table to read
  if (!/phone|tel|mob|cell|fax|handy|gsm|puh|msisdn|whatsapp|n[uú]mer|[^\p{Script=Latin}\p{Script=Common}]/iu.test(text)) return out;
  let sep = '';
  let columns: number[] = [];
  let width = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + TABLE_MAX_LINE + 1)).replace(/\r$/, '');
    const long = lineEnd - lineStart > TABLE_MAX_LINE;
    if (long || sep === '' || !line.includes(sep)) {
      // a new table may start here: this line is its header when it holds a separator and a phone column
      sep = long ? '' : separatorOf(line);
      columns = [];
      if (sep !== '') {
        const header = tableCells(line, sep);
        width = header.length;
        header.forEach((c, i) => PHONE_FIELD.test(cleanCell(c.value)) && columns.push(i));
        if (width < 2) columns = [];
      }
    } else if (columns.length > 0 && !RULE_ROW.test(line)) {
      const row = tableCells(line, sep);
      if (row.length === width) {
        for (const i of columns) {
          const cell = row[i]!;
          const value = cleanCell(cell.value);
          if (!NUMBER_CELL.test(value)) continue;
          out.push({ start: lineStart + cell.start + cell.value.indexOf(value), value });
        }
      }
    }
    if (next === -1) break;
    lineStart = next + 1;
  }
  return out;
}
