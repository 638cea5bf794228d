// Round 16: once a connection string has revealed a password (`postgres://app:Fz9!kQ2m@db/shop`, `Server=…;Password=
// Wz5#qN8m;`), every other place the same text appears in the message is that password too: the follow-up that
// repeats it bare ("the same Fz9!kQ2m works for the UI"), `sqlcmd -P Wz5#qN8m`, `PGPASSWORD` in a later line, a user
// id that equals it. Those copies stand with no password word near them, so no other rule can tell; the revealed value
// can. Bounded: at most 32 revealed values per text, each looked up with indexOf (linear in the text).
import type { Range, RedactionRule } from '../types';
import { acceptable } from './assignment-values';

/** `scheme://user:PASSWORD@` and `Password=PASSWORD;` / `Pwd=…;` of ADO, ODBC and JDBC strings. */
const REVEALED = [
  /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:([^\s@/]{6,64})@/gi,
  // a list of settings: the value ends at `;` (code's `password=password)` or `pwd=#{x}"` is no connection string)
  /(?:^|[;"'\s])(?:password|pwd)[ \t]{0,2}=[ \t]{0,2}([^;"'\s()[\]{}#$%][^;"'\s()[\]{}#]{5,63});/gi,
];
const MAX_VALUES = 32;

function* copies(text: string): Iterable<Range> {
  const values = new Set<string>();
  for (const pattern of REVEALED) {
    const re = new RegExp(pattern.source, pattern.flags);
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null && values.size < MAX_VALUES) {
      const value = match[1]!;
      if (/[%$]/.test(value[0]!) || !/\d|[^\w]/.test(value) || !acceptable('password', value, true, '')) continue;
      values.add(value);
    }
  }
  for (const value of values) {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      // a whole token only: `Fz9!kQ2m` inside `xFz9!kQ2mx` is another string
      if (/[\p{L}\p{N}_]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}_]/u.test(text[at + value.length] ?? '')) continue;
      yield { start: at, end: at + value.length };
    }
  }
}

export const passwordCopyRules: RedactionRule[] = [
  {
    id: 'password-copy',
    kind: 'password',
    level: 'secrets',
    priority: 76,
    description: 'Round 16: every other place in the text where a password a connection string revealed (`scheme://user:pw@`, `Password=pw;`) appears again',
    find: (text: string) => [...copies(text)],
  },
];
