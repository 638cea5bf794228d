// Round 15's sourced strata and what every stratum of the round shares: the reader of sources/*.json, the address
// block layouts and trufflehog's detector pattern tests of the detectors round 11 did not take (the value is the
// test's wanted value, left out when round 14's stand-in filter reads it as one or when another long token beside it
// would go unlabelled).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import { STAND_IN, entropy, hasRun } from '../round14/rule-examples';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 15';
export const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
export const short = (commit: string) => commit.slice(0, 12);

/** An address block in one of this round's multi-line wordings (the kit's layouts). */
export const blockText = (i: number, block: string) => blockIn(W.ADDRESS_BLOCK, i, block);

interface TruffleCase {
  detector: string;
  path: string;
  name: string;
  text: string;
  values: string[];
}

const standIn = (v: string): boolean => STAND_IN.test(v) || hasRun(v) || entropy(v) < 3.6 || v.includes('%') || v.startsWith('eyJ');

/**
 * Trufflehog's tests of detectors round 11 did not take, `max` of them drawn over the whole alphabet: a third as
 * written, the rest in this round's key forms.
 */
export function trufflehog(c: Collector, r: Random, max: number): void {
  const src = json<{ commit: string; cases: TruffleCase[] }>('trufflehog.json');
  let i = 0;
  for (const k of r.shuffle(src.cases)) {
    if (i >= max) break;
    const values = [...new Set(k.values)];
    if (values.some(standIn) || values.some((v) => v.length > 200)) continue;
    // A wanted value the input names an id (a client id beside its secret) is an identifier, not a credential: left out.
    if (k.text.split('\n').some((line) => /\bid\b|client.?id/i.test(line) && values.some((v) => line.includes(v)))) continue;
    let rest = k.text;
    for (const v of values) rest = rest.split(v).join(' ');
    // A second key the test does not want (a secret beside the id it wants, another version's key) would go unlabelled.
    if (/[A-Za-z0-9_\-+/=.]{16,}/.test(rest.replace(/[a-z_.-]{16,}/gi, ''))) continue;
    const base = `trufflesecurity/trufflehog ${k.path} "${k.name}" @ ${short(src.commit)} (AGPL-3.0; the test's wanted value only)`;
    const asWritten = i % 3 === 0 || values.length > 1;
    const p = k.detector.replace(/[^a-z0-9]/gi, '');
    const text = asWritten ? k.text : fill(pick(W.KEY_FORMS, i), { p, P: p.toUpperCase(), v: values[0]! });
    const note = `${base}; ${asWritten ? 'the test input as written' : `the value in a key form ${WRITTEN}, the provider named as the detector is`}`;
    if (pushOnce(c, 'api_key:trufflehog', text, values.map((value) => ({ kind: 'api_key' as const, value })), note, { sourced: true })) i++;
  }
}

/** geopy's geocoder test queries with a house number (sources/geopy.json), in this round's one-line wordings. */
export function geopy(c: Collector): void {
  const src = json<{ repo: string; commit: string; licence: string; cases: { path: string; query: string; value: string }[] }>('geopy.json');
  src.cases.forEach((k, i) => {
    const note = `${src.repo} ${k.path} @ ${short(src.commit)} (${src.licence}); a geocoding query of its tests, labelled from the house number to the town/postcode/state (country outside); ${i % 3 === 0 ? 'as written' : `in a wording ${WRITTEN}`}`;
    const text = i % 3 === 0 ? k.query : fill(pick(W.ADDRESS_LINE, i + 9), { v: k.query });
    pushOnce(c, 'postal_address:geopy', text, [{ kind: 'postal_address', value: k.value }], note, { sourced: true });
  });
}
