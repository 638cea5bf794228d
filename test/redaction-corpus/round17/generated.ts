// Round 17's own generated strata: the values of this round's password forms, seeded in the styles people choose.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill } from '../kit/template';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, pushOnce } from './sourced';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const USERS = ['m.lindqvist', 'svc-build', 'oyelaran', 'ops_ro', 'z.horvat', 'tran.q', 'backup', 'a.ferreira', 'kavya', 'yuki.t'];

/**
 * Passwords as people choose them (styles no earlier round drew): a band or film with a lucky number and a symbol, a
 * pet's name and a birth year reversed, two words in camel case with a digit pair, 16 generator characters, a number
 * row with a word, a phrase's initials with digits. No character a form's syntax uses (quotes, spaces, `/`, `:`, `@`,
 * `%`, `#`, `?`, `$`, `&`, `^`, `\`, `<`, `>`, `,`, `;`, braces, `|`), never a symbol first.
 */
function humanPassword(r: Random, i: number): string {
  const words = ['Nirvana', 'Matrix', 'Gandalf', 'Snoopy', 'Pikachu', 'Bellatrix', 'Mango', 'Kiwi', 'Harbour', 'Lighthouse', 'Juniper', 'Maple', 'Pretzel', 'Nebula', 'Orca', 'Saffron'];
  const SYMBOLS = '!._-+*=~';
  const w = () => r.pick(words);
  const s = () => r.pick([...SYMBOLS]);
  switch (i % 6) {
    case 0: return `${w()}${r.pick(['7', '13', '23', '42', '77', '99'])}${s()}${s()}`;
    case 1: return `${w().toLowerCase()}${String(r.int(1960, 2025)).split('').reverse().join('')}`;
    case 2: return `${w()}${w()}${r.int(10, 100)}`;
    case 3: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 15);
    case 4: return `${r.pick(['1234', '123456', '0987', '2580'])}${w()}${s()}`;
    default: return `${r.fromAlphabet('ABCDEFGHJKLMNPRSTW', 1)}${r.fromAlphabet('abcdefghijkmnoprstuwy', 5)}${r.int(1, 10)}${s()}${r.fromAlphabet('abcdefghijkmnoprstuwy', 2)}${r.int(10, 100)}`;
  }
}

export function passwords(c: Collector, r: Random): void {
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const password = humanPassword(r, i);
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    pushOnce(c, 'password:form', text, [{ kind: 'password', value: password }], `invented value (seeded) in a form ${WRITTEN} (${form.doc}); the user name is not labelled`);
  }
}
