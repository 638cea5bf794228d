// Round 19's own generated strata: the values of this round's password forms, seeded in the styles people choose,
// and phone numbers of many regions in the layouts people write them (national, international, E.164, dotted).
import lib from 'google-libphonenumber';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, pushOnce } from './sourced';
import { PHONE_FORMS } from './wordings';

const USERS = ['k.mensah', 'svc_backup', 'h.yilmaz', 'ops-admin', 'marta.g', 'etl_user', 'b.nguyen', 'ci_deploy', 'ines.r', 'root2'];
const TEAMS = ['Arsenal', 'Boca', 'Galatasaray', 'Flamengo', 'Ajax', 'Celtic', 'Benfica', 'Napoli', 'Dortmund', 'Porto'];
const CITIES = ['Lisboa', 'Krakow', 'Nairobi', 'Osaka', 'Quito', 'Tbilisi', 'Hanoi', 'Bergen', 'Tunis', 'Cusco'];
const PETS = ['Luna', 'Bella', 'Simba', 'Rocky', 'Coco', 'Max', 'Nala', 'Toby', 'Milo', 'Kira'];
const PHRASE = ['blue', 'window', 'tiger', 'coffee', 'eleven', 'paper', 'summer', 'bridge', 'violin', 'orange', 'island', 'rocket', 'pepper', 'silver', 'forest', 'candle'];

/**
 * Passwords in human styles (none is round 18's mix): a team and a squad number with a symbol, a city with a
 * two-digit year and a capital at the end, a pet's name doubled with digits, a passphrase (spaces where the form allows
 * them, dots otherwise), 12 generator characters, and `Ilove` + a word + digits; digit PINs for PIN and code forms. No
 * character a form's syntax uses (quotes, spaces outside passphrases, `/`, `:`, `@`, `%`, `#`, `$`, `&`, `;`, `,`,
 * `\`, `=`, braces, `<`, `>`).
 */
function humanPassword(r: Random, i: number, spaces: boolean, pin: boolean): string {
  if (pin) return r.fromAlphabet('0123456789', r.pick([4, 5, 6]));
  switch (i % 6) {
    case 0: return `${r.pick(TEAMS)}${r.int(1, 100)}${r.pick(['!', '*', '+', '_'])}`;
    case 1: { const c = r.pick(CITIES); return `${c.toLowerCase()}${String(r.int(0, 100)).padStart(2, '0')}${c[0]}`; }
    case 2: { const p = r.pick(PETS); return `${p}${p.toLowerCase()}${r.int(10, 1000)}`; }
    case 3: {
      const words = r.shuffle(PHRASE).slice(0, r.int(3, 5));
      return spaces ? `${words.join(' ')} ${r.pick(['!', '?', '2', '7'])}` : `${words.join('.')}.${r.int(1, 10)}`;
    }
    case 4: return r.fromAlphabet('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ', 1) + r.fromAlphabet('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!*-_.', 11);
    default: return `Ilove${r.pick(['Pizza', 'Tango', 'Mangoes', 'Snow', 'Jazz', 'Sushi'])}${r.int(100, 10000)}`;
  }
}

export function passwords(c: Collector, r: Random): void {
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const password = humanPassword(r, i, Boolean(form.spaces), Boolean(form.pin));
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    pushOnce(c, 'password:form', text, [{ kind: 'password', value: password }], `invented value (seeded) in a form ${WRITTEN} (${form.doc}); the user name is not labelled`);
  }
}

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: F, PhoneNumberType: T } = lib;
/** Regions whose people write national numbers with dots (France, Belgium, Switzerland often; Portugal, Italy rarely). */
const DOTTED = new Set(['FR', 'BE', 'CH', 'LU', 'MC']);

/**
 * Numbers of `count` regions: libphonenumber's example number of a type (mobile, fixed line, toll-free in turn) with
 * its last four digits drawn from the seed and re-validated for the region; national, international, E.164 or dotted
 * layouts; in this round's PHONE_FORMS.
 */
export function phones(c: Collector, r: Random, count: number): void {
  const types = [T.MOBILE, T.FIXED_LINE, T.MOBILE, T.TOLL_FREE];
  let k = 0;
  for (const region of r.shuffle([...util.getSupportedRegions()].sort())) {
    if (k >= count) break;
    const example = util.getExampleNumberForType(region, types[k % types.length]!);
    if (!example) continue;
    const nsn = util.getNationalSignificantNumber(example);
    if (nsn.length < 8) continue;
    let n: lib.PhoneNumber | undefined;
    for (let tries = 0; tries < 30 && !n; tries++) {
      const digits = nsn.slice(0, -4) + r.fromAlphabet('0123456789', 4);
      if (digits === nsn) continue;
      const p = util.parse(digits, region);
      if (util.isValidNumberForRegion(p, region)) n = p;
    }
    if (!n) continue;
    const layout = DOTTED.has(region) ? 'dotted' : pick(['national', 'international', 'e164', 'national'] as const, k);
    let v = util.format(n, layout === 'international' ? F.INTERNATIONAL : layout === 'e164' ? F.E164 : F.NATIONAL);
    if (layout === 'dotted') v = v.replace(/ /g, '.');
    const text = fill(pick(PHONE_FORMS, k), { v });
    if (pushOnce(c, `phone:r19-${region}`, text, [{ kind: 'phone', value: v }], `generated (seeded): libphonenumber's example number for ${region} with new last digits, ${layout} layout, in a form ${WRITTEN}`)) k++;
  }
}
