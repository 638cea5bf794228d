// Round 18's phone stratum: numbers of many regions in national and international layouts, in table rows (CSV, TSV,
// Markdown) and after labels in several languages (wordings.ts PHONE_FORMS). The numbers are libphonenumber's example
// numbers (mobile and fixed line) with the last four digits drawn from the seed and re-validated for the region.
import lib from 'google-libphonenumber';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { WRITTEN, pushOnce } from './sourced';
import { PHONE_FORMS } from './wordings';

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: F, PhoneNumberType: T } = lib;

function draw(r: Random, region: string, type: lib.PhoneNumberType): lib.PhoneNumber | undefined {
  const example = util.getExampleNumberForType(region, type);
  if (!example) return undefined;
  const nsn = util.getNationalSignificantNumber(example);
  for (let tries = 0; tries < 30 && nsn.length >= 8; tries++) {
    const digits = nsn.slice(0, -4) + r.fromAlphabet('0123456789', 4);
    if (digits === nsn) continue;
    const n = util.parse(digits, region);
    if (util.isValidNumberForRegion(n, region)) return n;
  }
  return undefined;
}

export function phones(c: Collector, r: Random, count: number): void {
  const regions = r.shuffle([...util.getSupportedRegions()].sort());
  let k = 0;
  for (const region of regions) {
    if (k >= count) break;
    const n = draw(r, region, k % 3 ? T.MOBILE : T.FIXED_LINE);
    if (!n) continue;
    const v = util.format(n, k % 2 ? F.INTERNATIONAL : F.NATIONAL);
    if (v.replace(/\D/g, '').length < 7) continue;
    const text = fill(pick(PHONE_FORMS, k), { v });
    if (pushOnce(c, `phone:r18-${region}`, text, [{ kind: 'phone', value: v }], `generated (seeded): libphonenumber's example number for ${region} with new last digits, ${k % 2 ? 'international' : 'national'} layout, in a form ${WRITTEN}`)) k++;
  }
}
