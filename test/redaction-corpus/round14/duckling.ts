// facebook/duckling's phone and e-mail corpora (BSD-3-Clause) as a stratum of round 14: phone numbers as people type
// them in ASCII and Arabic-Indic digits, kept where libphonenumber calls them valid, and the negative corpora.
import lib from 'google-libphonenumber';
import type { Collector } from '../kit/collector';
import { fill, pick } from '../kit/template';
import { WRITTEN, json, pushOnce, short } from './sourced';
import * as W from './wordings';

const util = lib.PhoneNumberUtil.getInstance();
/** Arabic-Indic digits as ASCII, for libphonenumber. */
const ascii = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
/** Valid for the number's own country code, or as a national number of a region the corpus writes (US, FR, BR). */
function validPhone(number: string): boolean {
  for (const region of ['US', 'FR', 'BR']) {
    try {
      if (util.isValidNumber(util.parse(ascii(number).replace(/[()]/g, ' '), region))) return true;
    } catch {
      // Not a number libphonenumber can parse for this region: try the next.
    }
  }
  return false;
}

/**
 * facebook/duckling's phone and e-mail corpora: the strings its tests resolve as a phone number (in ASCII and in
 * Arabic-Indic digits) or an e-mail address; a phone is kept where libphonenumber calls it valid, its extension outside
 * the label; the negative corpora's strings are negatives.
 */
export function duckling(c: Collector): void {
  const src = json<{ commit: string; files: { path: string; kind: 'phone' | 'email'; positives: string[]; negatives: string[] }[] }>('duckling.json');
  let i = 0;
  for (const f of src.files) {
    const from = `facebook/duckling ${f.path} @ ${short(src.commit)} (BSD-3-Clause)`;
    for (const p of f.positives) {
      const v = f.kind === 'phone' ? p.replace(/\s+(?:ext\.?|x|ramal|فرعي)\s+\S+$/, '') : p;
      if (f.kind === 'phone' && !validPhone(v)) continue;
      const text = fill(pick(f.kind === 'phone' ? W.PHONE : W.EMAIL_PROSE, i), { v: p });
      const how = v === p ? 'as written' : 'the extension outside the label';
      if (pushOnce(c, `${f.kind}:duckling`, text, [{ kind: f.kind, value: v }], `${from}; a corpus input, ${how}; in a wording ${WRITTEN}`, { sourced: true })) i++;
    }
    for (const n of f.negatives) if (n.trim().length >= 5) c.push('negative:duckling', n, [], `${from}; a negative-corpus string, as written`);
  }
}
