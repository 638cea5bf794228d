// Round 19: passwords in SQL that the quoted forms of password-forms.ts (`sql-password`) do not read:
//   - Oracle's unquoted password: `CREATE USER u IDENTIFIED BY pw`, `ALTER USER system IDENTIFIED BY pw;`, `CONNECT TO
//     u IDENTIFIED BY pw USING 'db'` (database links), `CREATE ROLE r IDENTIFIED BY pw` — Oracle takes a password as an
//     identifier, so it is written bare as often as quoted;
//   - a row written to a table with a password column: `INSERT INTO users (login, password) VALUES ('dana.s', 'pw')`,
//     every row of a multi-row VALUES list, the cell under the password column's position.
// Both are anchored on their keywords with bounded quantifiers.
import type { Range, RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';
import { kindOfRawName } from './assignments';

/** `… USER|ROLE|TO name IDENTIFIED BY pw` then the statement's end or the next clause. Not `IDENTIFIED BY VALUES
 *  '<hash>'` (an export of a hash), `EXTERNALLY`/`GLOBALLY` or a bind variable (`:pw`, `&pw`, `?`). */
const ORACLE_BARE =
  /(?<![\w])(?:USER|user|ROLE|role|TO|to)[ \t]{1,4}["']?[\w$#@.%-]{1,64}["']?[ \t]{1,4}(?:IDENTIFIED|identified)[ \t]{1,4}(?:BY|by)[ \t]{1,4}([^\s'"`;,()]{1,128})(?=[ \t]*(?:;|\/|\r?\n|$|[ \t](?:DEFAULT|default|ACCOUNT|account|PASSWORD|password|QUOTA|quota|PROFILE|profile|TEMPORARY|temporary|USING|using|REPLACE|replace|CONTAINER|container)\b))/dg;

/** `INSERT INTO table (columns) VALUES (row)[, (row)…]`: the column list and where the rows start. */
const INSERT = /(?<![\w])(?:INSERT|insert|REPLACE|replace)[ \t]{1,4}(?:(?:INTO|into)[ \t]{1,4})?[\w."`[\]]{1,128}[ \t]{0,4}\(([^()\n]{1,600})\)[ \t\r\n]{0,8}(?:VALUES|values)[ \t\r\n]{0,8}/dg;
/** One row: cells of quoted strings, numbers, NULL, calls without nested parentheses. */
const ROW_CELL = String.raw`[ \t]{0,8}(?:'(?:[^'\n\\]|\\.|''){0,256}'|"(?:[^"\n\\]|\\.){0,256}"|\w{1,40}\([^()\n]{0,120}\)|[^'"(),\s][^'"(),\n]{0,63})[ \t]{0,8}`;
const ROW = new RegExp(String.raw`\((${ROW_CELL}(?:,${ROW_CELL}){0,39})\)[ \t\r\n]{0,8},?[ \t\r\n]{0,8}`, 'y');
const CELL = /[ \t]{0,8}('(?:[^'\n\\]|\\.|''){0,256}'|"(?:[^"\n\\]|\\.){0,256}"|\w{1,40}\([^()\n]{0,120}\)|[^'"(),\s][^'"(),\n]{0,63})[ \t]{0,8}(?:,|$)/gy;

function* insertedPasswords(text: string): Iterable<Range> {
  for (const insert of text.matchAll(INSERT)) {
    const columns = insert[1]!.split(',').map((c) => c.trim().replace(/^["'`[]|["'`\]]$/g, ''));
    const at = columns.findIndex((c) => /^[\p{L}_][\p{L}\p{N}_]{0,63}$/u.test(c) && kindOfRawName(c) === 'password');
    if (at === -1) continue;
    let from = insert.index + insert[0].length;
    for (let n = 0; n < 200; n++) {
      ROW.lastIndex = from;
      const row = ROW.exec(text);
      if (!row) break;
      const cellsAt = from + row[0].indexOf('(') + 1;
      const cells: Range[] = [];
      CELL.lastIndex = 0;
      const body = row[1]!;
      let cell: RegExpExecArray | null;
      while (cells.length < 40 && CELL.lastIndex < body.length && (cell = CELL.exec(body)) !== null) {
        const start = cellsAt + cell.index + cell[0].indexOf(cell[1]!);
        cells.push({ start, end: start + cell[1]!.length });
        if (cell[0].length === 0) break;
      }
      const target = cells.length === columns.length ? cells[at] : undefined;
      if (target && /^['"]/.test(text[target.start]!)) {
        const value = { start: target.start + 1, end: target.end - 1 };
        if (plausiblePassword(text.slice(value.start, value.end))) yield value;
      }
      from = ROW.lastIndex;
    }
  }
}

export const sqlPasswordRules: RedactionRule[] = [
  regexRule({
    id: 'sql-bare-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      "Round 19: Oracle's unquoted password of `CREATE|ALTER USER name IDENTIFIED BY pw`, `CREATE ROLE … IDENTIFIED BY pw`, a database link's `CONNECT TO name IDENTIFIED BY pw`",
    pattern: ORACLE_BARE,
    group: 1,
    accept: (v) => plausiblePassword(v) && !/^(?:VALUES|values|EXTERNALLY|externally|GLOBALLY|globally)$/.test(v) && !/^[:&?@]/.test(v),
  }),
  {
    id: 'sql-insert-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 19: the value under a password column in `INSERT INTO table (…, password, …) VALUES (…)`, every row',
    find: (text: string) => [...insertedPasswords(text)],
  },
];
