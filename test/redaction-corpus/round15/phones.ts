// Round 15's phone stratum: numbers of many regions in the layouts their people write — national format with the
// trunk prefix, international, E.164 — inside messages of the region's language or language-free forms written for
// this round (the earlier rounds' phone generators, imported too, keep their own wordings, which dev holds). The
// numbers are libphonenumber's example numbers with the last three digits drawn from the seed and re-validated.
import lib from 'google-libphonenumber';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { WRITTEN, pushOnce } from './sourced';
import * as W from './wordings';

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: F, PhoneNumberType: T } = lib;

/** A valid number of `region` of the given type with new last digits, or undefined when none came out valid. */
function drawNumber(r: Random, region: string, type: lib.PhoneNumberType): lib.PhoneNumber | undefined {
  const example = util.getExampleNumberForType(region, type);
  if (!example) return undefined;
  const nsn = util.getNationalSignificantNumber(example);
  for (let tries = 0; tries < 20 && nsn.length >= 7; tries++) {
    const digits = nsn.slice(0, -3) + r.fromAlphabet('0123456789', 3);
    if (digits === nsn) continue;
    const n = util.parse(digits, region);
    if (util.isValidNumberForRegion(n, region)) return n;
  }
  return undefined;
}

export function phones(c: Collector, r: Random, count: number): void {
  // The regions a wording of their own language is written for first, then others.
  const all = [...util.getSupportedRegions()].sort();
  const regions = [...r.shuffle(all.filter((x) => W.PHONE_LOCAL[x])), ...r.shuffle(all.filter((x) => !W.PHONE_LOCAL[x]))];
  let k = 0;
  for (const region of regions) {
    if (k >= count) break;
    const type = k % 2 ? T.FIXED_LINE : T.MOBILE;
    const n = drawNumber(r, region, type);
    if (!n) continue;
    const layout = (['NATIONAL', 'INTERNATIONAL', 'NATIONAL', 'E164'] as const)[k % 4]!;
    const v = util.format(n, F[layout]);
    const local = W.PHONE_LOCAL[region];
    const wording = local && k % 3 !== 2 ? local : pick(W.PHONE_LINE, k);
    const note = `generated: google-libphonenumber example ${type === T.MOBILE ? 'mobile' : 'fixed-line'} number for ${region}, last three digits drawn (seeded) and re-validated, ${layout.toLowerCase()} format, in a wording ${WRITTEN}`;
    if (pushOnce(c, `phone:${region}`, fill(wording, { v }), [{ kind: 'phone', value: v }], note)) k++;
  }
}
