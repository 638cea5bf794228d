// Round 22's password values for its own forms and catalogue notes: round 20's `humanPassword` (imported, not
// copied; a word and a year with a symbol, a name and a birth year, dashed words, initials and a date, 14 generator
// characters, a leetspeak word, or 5-6 digits for codes) with this round's seed.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill } from '../kit/template';
import { humanPassword } from '../round20/generated';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, pushOnce } from './sourced';

export { humanPassword };
export const USERS = ['h.mwangi', 'svc_ledger', 'a.rahimi', 'ops-backup', 'l.fontaine', 'ro_metrics', 'd.kovac', 'jenkins', 'y.tanaka', 'dbadmin3'];

export function passwords(c: Collector, r: Random): number {
  let n = 0;
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const password = humanPassword(r, i + 5, Boolean(form.pin));
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    if (pushOnce(c, form.pin ? 'password:code' : 'password:form', text, [{ kind: 'password', value: password }], `invented value (seeded, round 20's humanPassword) in a form ${WRITTEN} (${form.doc}); the user name is not labelled`)) n++;
  }
  return n;
}
