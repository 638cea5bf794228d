// Round 23's password values for its own forms (password-forms.ts): round 20's `humanPassword` (imported, not copied;
// a word and a year with a symbol, a name and a birth year, dashed words, initials and a date, 14 generator characters,
// a leetspeak word, or 5-6 digits for codes) with this round's seed. A form typed twice expects both occurrences.
import type { Collector } from '../kit/collector';
import type { Expected } from '../kit/item';
import type { Random } from '../kit/random';
import { fill } from '../kit/template';
import { humanPassword } from '../round20/generated';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, pushOnce } from './sourced';

export const USERS = ['p.sharma', 'svc_backup', 'j.park', 'ops-mail', 'e.papadakis', 'ro_reports', 'n.levi', 'builder', 'l.nguyen', 'dbops7'];

export function passwords(c: Collector, r: Random): number {
  let n = 0;
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const password = humanPassword(r, i + 7, Boolean(form.pin));
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    const times = text.split(password).length - 1;
    const expected: Expected[] = Array.from({ length: times }, () => ({ kind: 'password', value: password }));
    const stratum = form.pin ? 'password:code' : form.twice ? 'password:twice' : 'password:form';
    const what = form.twice ? 'typed twice (password and confirmation), both occurrences expected' : 'the user name is not labelled';
    if (pushOnce(c, stratum, text, expected, `invented value (seeded, round 20's humanPassword) in a layout ${WRITTEN} (${form.doc}); ${what}`)) n++;
  }
  return n;
}
