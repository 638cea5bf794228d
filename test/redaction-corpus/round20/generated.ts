// Round 20's own generated strata: the values of this round's password forms and catalogue chats, seeded in styles
// people choose that round 19's generator did not draw (a word and a year with a symbol, a name and a birth year,
// three dashed words, initials with a symbol and a date, 14 generator characters, a leetspeak word), and digit codes.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill } from '../kit/template';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, pushOnce } from './sourced';

export const USERS = ['a.okafor', 'svc_etl', 'm.kowalczyk', 'deploy', 'lucia.p', 'backup_ro', 't.haddad', 'ci-runner', 'r.sato', 'ops2'];
const WORDS = ['Sunflower', 'Kartoffel', 'Mariposa', 'Pelikan', 'Tornado', 'Zitrone', 'Ananas', 'Kolibri', 'Girassol', 'Lavanda', 'Vulkan', 'Pinguin'];
const NAMES = ['marija', 'joaquin', 'aylin', 'dmitri', 'fatou', 'keanu', 'ingrid', 'rahul', 'soraya', 'tomasz'];
const DASHED = ['copper', 'lantern', 'river', 'maple', 'orbit', 'pebble', 'thunder', 'velvet', 'walnut', 'harbor', 'cactus', 'meadow'];
const LEET = ['S0lst1ce', 'M4rm0t', 'Dr4g0nfly', 'P3ngu1n', 'G4l4xy', 'K4ngur00'];

export function humanPassword(r: Random, i: number, pin: boolean): string {
  if (pin) return r.fromAlphabet('0123456789', r.pick([5, 6, 6]));
  switch (i % 6) {
    case 0: return `${r.pick(WORDS)}${r.int(1990, 2027)}${r.pick(['!', '?', '*', '.'])}`;
    case 1: return `${r.pick(NAMES)}${r.int(1960, 2006)}`;
    case 2: return `${r.shuffle(DASHED).slice(0, 3).join('-')}-${r.int(1, 100)}`;
    case 3: return `${r.fromAlphabet('ABCDEFGHJKLMNPRSTVWZ', 2)}${r.pick(['*', '!', '_'])}${String(r.int(1, 29)).padStart(2, '0')}${String(r.int(1, 13)).padStart(2, '0')}${r.int(70, 100)}`;
    case 4: return r.fromAlphabet('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ', 1) + r.fromAlphabet('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!', 13);
    default: return `${r.pick(LEET)}${r.pick(['!', '_', '.', '*'])}${r.int(10, 100)}`;
  }
}

export function passwords(c: Collector, r: Random): void {
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const password = humanPassword(r, i, Boolean(form.pin));
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    pushOnce(c, form.pin ? 'password:code' : 'password:form', text, [{ kind: 'password', value: password }], `invented value (seeded) in a form ${WRITTEN} (${form.doc}); the user name is not labelled`);
  }
}
