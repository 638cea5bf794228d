// Rows of a pasted table (CSV, TSV, semicolon exports, Markdown), read the same way by the rules that look at a
// table's columns: the postcode walk's header check (address-table-cells.ts, round 16) and the phone column's cells
// (phone-columns.ts, round 18).

/** Lines longer than this are no table row: both readers stop there, so their looks stay bounded. */
export const TABLE_MAX_LINE = 400;

const SEPARATORS = ['|', '\t', ';', ','] as const;

/** The separator of a delimited line, tried in this order (a Markdown row holds commas in its cells); '' for none. */
export function separatorOf(line: string): string {
  return SEPARATORS.find((s) => line.includes(s)) ?? '';
}

/** The cells of a row split at `sep` outside double quotes, each with where it starts in the line. */
export function tableCells(line: string, sep: string): { value: string; start: number }[] {
  const out: { value: string; start: number }[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (i === line.length || (ch === sep && !quoted)) {
      out.push({ value: line.slice(start, i), start });
      start = i + 1;
    }
  }
  return out;
}

/** A cell's text without its padding and quotes. */
export const cleanCell = (cell: string) => cell.trim().replace(/^["']|["']$/g, '').trim();

/**
 * A tab at `i` between two non-blank characters is a TSV cell's border (`4410\tL. Favre\tRue du Rhône 48`): the cell
 * before it is no part of an address in the cell after it (round 18). A tab of indentation (after a line break or
 * another tab) is none. Read by the postcode walk (address-postcode-segments.ts) and the street-line word walk
 * (address-street-words.ts).
 */
export function tabCellBorder(text: string, i: number): boolean {
  return text[i] === '\t' && /\S/.test(text[i - 1] ?? '\n') && /\S/.test(text[i + 1] ?? '\n');
}
