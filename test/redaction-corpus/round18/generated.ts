// Round 18's own generated stratum: the values of this round's password forms, seeded in the styles people choose.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill } from '../kit/template';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, pushOnce } from './sourced';

const USERS = ['j.okafor', 'deploy', 'r.nakamura', 'svc_reports', 'l.moreau', 'admin2', 'p.kowalczyk', 'ci-runner', 'dana.s', 'n.haddad'];
const WORDS = ['Sommer', 'Bulldog', 'Falcon', 'Tortuga', 'Marmelade', 'Kastanie', 'Zephyr', 'Ravioli', 'Domino', 'Pinguin', 'Quokka', 'Lavender', 'Tundra', 'Cobalt', 'Mistral', 'Paprika'];
const PHRASE = ['purple', 'tractor', 'river', 'lantern', 'seven', 'oyster', 'velvet', 'canyon', 'biscuit', 'harbor', 'meadow', 'copper', 'thunder', 'garden', 'pickle', 'saturn'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

/**
 * Passwords in the styles people choose (none drawn by rounds 10-17's generators in this mix): a word with a year, a
 * leetspeak word with a symbol, a passphrase (words with spaces where the form allows them, dashes otherwise), 14
 * generator characters, a name with a dotted birth date, a keyboard walk with a word, and digit PINs for PIN and code
 * forms. No character a form's syntax uses (quotes, `/`, `:`, `@`, `%`, `#`, `$`, `&`, `;`, `,`, `\`, braces).
 */
function humanPassword(r: Random, i: number, spaces: boolean, pin: boolean): string {
  if (pin) return r.fromAlphabet('0123456789', r.pick([4, 6, 8]));
  const w = () => r.pick(WORDS);
  switch (i % 6) {
    case 0: return `${w()}${r.int(1975, 2027)}${r.pick(['', '!', '.', '*'])}`;
    case 1: return [...w()].map((ch, k) => (k > 0 && LEET[ch] && r.next() < 0.7 ? LEET[ch] : ch)).join('') + r.pick(['!', '?', '+', '_']);
    case 2: {
      const words = r.shuffle(PHRASE).slice(0, r.int(3, 6));
      return spaces ? `${words.join(' ')} ${r.int(2, 99)}` : `${words.join('-')}-${r.int(2, 99)}`;
    }
    case 3: return r.fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + r.fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!*-_+.', 13);
    case 4: return `${r.pick(['Lucia', 'Mateo', 'Aiko', 'Sven', 'Noor', 'Emeka', 'Ilse', 'Priya'])}.${String(r.int(1, 29)).padStart(2, '0')}${String(r.int(1, 13)).padStart(2, '0')}${r.int(60, 100)}`;
    default: return `${r.pick(['qwert', 'asdfg', 'Zxcvb', '1qaz2wsx', 'Qwertz', 'azerty'])}${w()}${r.int(1, 10)}!`;
  }
}

export function passwords(c: Collector, r: Random): void {
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const pin = /PIN|code|домофон|cofre/i.test(form.doc) || /PIN/.test(form.t);
    const password = humanPassword(r, i, Boolean(form.spaces), pin);
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    pushOnce(c, 'password:form', text, [{ kind: 'password', value: password }], `invented value (seeded) in a form ${WRITTEN} (${form.doc}); the user name is not labelled`);
  }
}
