// Round 23's sourced strata (none read by rounds 1-22 nor dev22): Delhi addresses of howdoiusekeyboard/
// indian-address-parser, Seoul lot-number addresses of skysign/KoreaAddressAPI, Chinese delivery lines of
// daihy8759/zh-address-parse, Russian addresses of open-condo-software/condo's tests, mail header lines of
// mailgun/flanker, jhillyerd/enmime and zbateson/mail-mime-parser, provider keys of google/osv-scalibr's secret
// detectors' tests, and 12-line windows of these repositories' library files as negatives. sources/extract.py wrote
// the JSON from the snapshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Expected } from '../kit/item';
import { RISKY } from '../kit/package-windows';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 23';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
const at = (commit: string) => commit.slice(0, 12);

/**
 * Delhi addresses: the whole annotated input is the address (house number to pincode). One in three as written, one
 * in three lower case as typed in chat, one in three lower case with the commas dropped; every other one in a line
 * of `DELHI_LINE`.
 */
export function delhiAddresses(c: Collector): number {
  const { commit, rows } = json<{ commit: string; rows: { text: string; path: string; id: number; floor: boolean }[] }>('indian-address-parser.json');
  let n = 0;
  for (const row of rows) {
    const form = n % 3;
    const value = form === 0 ? row.text : form === 1 ? row.text.toLowerCase() : row.text.toLowerCase().replace(/\s*,\s*/g, ' ').replace(/\s+/g, ' ').trim();
    const inLine = n % 2 === 1;
    const text = inLine ? fill(pick(W.DELHI_LINE, (n - 1) / 2), { v: value }) : value;
    const how = ['as written', 'lower-cased as typed in chat', 'lower-cased with the commas dropped, as typed in chat'][form];
    const note = `howdoiusekeyboard/indian-address-parser ${row.path} @ ${at(commit)} (MIT): annotated address id ${row.id}, ${how}${inLine ? `, in a wording ${WRITTEN}` : ''}; the whole address labelled (house number, khasra, floor, colony, area, city, pincode)`;
    if (pushOnce(c, 'postal_address:delhi', text, [{ kind: 'postal_address', value }], note, { sourced: true })) n++;
  }
  return n;
}

/** Seoul lot-number addresses (province, district, dong, lot), the whole address labelled, alone or in a line. */
export function koreanAddresses(c: Collector): number {
  const { commit, path, rows } = json<{ commit: string; path: string; rows: { address: string }[] }>('korea-address-api.json');
  let n = 0;
  for (const row of rows) {
    const text = n % 4 === 0 ? row.address : fill(pick(W.KOREAN_LINE, n - Math.ceil(n / 4)), { v: row.address });
    const note = `skysign/KoreaAddressAPI ${path} @ ${at(commit)} (Apache-2.0): a lot-number address of the package's test file ${text === row.address ? 'as written' : `in a wording ${WRITTEN}`}`;
    if (pushOnce(c, 'postal_address:korea', text, [{ kind: 'postal_address', value: row.address }], note, { sourced: true })) n++;
  }
  return n;
}

/** Chinese delivery addresses: the administrative names and the detail, without the test's recipient and phone. */
export function chineseAddresses(c: Collector): number {
  const { commit, path, rows } = json<{ commit: string; path: string; rows: { value: string }[] }>('zh-address-parse.json');
  let n = 0;
  for (const row of rows) {
    const text = fill(pick(W.CHINESE_LINE, n), { v: row.value });
    const note = `daihy8759/zh-address-parse ${path} @ ${at(commit)} (MIT): the address part of a parser test input (recipient and phone left out), in a wording ${WRITTEN}`;
    if (pushOnce(c, 'postal_address:zh', text, [{ kind: 'postal_address', value: row.value }], note, { sourced: true })) n++;
  }
  return n;
}

/**
 * Russian addresses of condo's address tests: the literal as written (one in three) or, without a leading country, in a
 * line of `RUSSIAN_LINE`; the value from the first part after the country to the flat or storeroom.
 */
export function russianAddresses(c: Collector): number {
  const { commit, rows } = json<{ commit: string; rows: { text: string; value: string; path: string }[] }>('condo.json');
  let n = 0;
  for (const row of rows) {
    const asWritten = n % 3 === 0;
    const text = asWritten ? row.text : fill(pick(W.RUSSIAN_LINE, n - Math.ceil(n / 3)), { v: row.value });
    const note = `open-condo-software/condo ${row.path} @ ${at(commit)} (MIT): an address literal of its tests ${asWritten ? 'as written' : `in a wording ${WRITTEN}`}; a leading country not labelled`;
    if (pushOnce(c, 'postal_address:condo', text, [{ kind: 'postal_address', value: row.value }], note, { sourced: true })) n++;
  }
  return n;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:xn--[a-z0-9-]+|\p{L}{2,})/gu;
export const DOC_DOMAIN = /@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]+\.(?:example|test|invalid)|localhost)$/i;
const LICENCE: Record<string, string> = {
  'mailgun+flanker': 'Apache-2.0', 'jhillyerd+enmime': 'MIT', 'zbateson+mail-mime-parser': 'BSD-2-Clause',
  'howdoiusekeyboard+indian-address-parser': 'MIT', 'daihy8759+zh-address-parse': 'MIT', 'google+osv-scalibr': 'Apache-2.0',
  'open-condo-software+condo': 'MIT',
};

/**
 * Mail header lines and flanker's internationalised address literals: every address of the line labelled except at
 * the documentation names; lines with more than four addresses, or a value the flanker test treats as invalid (a
 * mixed-script top-level domain), left out. One in three in a line of `EMAIL_LINE`.
 */
export function mailLines(c: Collector): number {
  const { commits, lines } = json<{ commits: Record<string, string>; lines: { repo: string; path: string; line: string; literal?: boolean }[] }>('mail.json');
  let n = 0;
  for (const h of lines) {
    if (/xn--com|com\p{L}/u.test(h.line) && /\P{ASCII}/u.test(h.line)) continue;
    const values = [...h.line.matchAll(EMAIL)].map((m) => m[0]).filter((v) => !DOC_DOMAIN.test(v));
    if (!values.length || values.length > 4) continue;
    const repo = h.repo.replace('+', '/');
    const text = n % 3 === 2 ? fill(pick(W.EMAIL_LINE, (n - 2) / 3), { v: h.line }) : h.line;
    const what = h.literal ? 'an address literal of its parser tests' : 'a header line of a test message';
    const note = `${repo} ${h.path} @ ${at(commits[h.repo]!)} (${LICENCE[h.repo]}): ${what} ${text === h.line ? 'as written' : `in a wording ${WRITTEN}`}, every address labelled (documentation names not)`;
    const expected: Expected[] = values.map((value) => ({ kind: 'email', value }));
    if (pushOnce(c, `email:${repo.split('/')[1]}`, text, expected, note, { sourced: true })) n++;
  }
  return n;
}

/** The provider a detector directory names, as a person would write it in a message. */
const PROVIDER: Record<string, string> = {
  anthropicapikey: 'anthropic', azuretoken: 'azure', bitwardenoauth2access: 'bitwarden', cursorapikey: 'cursor', gcpapikey: 'gcp',
  gcpexpressmode: 'vertex', gcpoauth2access: 'google', gitlabpat: 'gitlab', grokxaiapikey: 'xai', herokuplatformkey: 'heroku',
  recaptchakey: 'recaptcha', salesforceoauth2access: 'salesforce', salesforceoauth2client: 'salesforce', salesforceoauth2refresh: 'salesforce',
  squareapikey: 'square',
};

/** osv-scalibr's detector test keys and tokens, each in a line of `KEY_LINE` or alone (one in four). */
export function scalibrKeys(c: Collector): number {
  const { commit, keys } = json<{ commit: string; keys: { path: string; provider: string; name: string; value: string; kind: 'api_key' | 'jwt' }[] }>('osv-scalibr-keys.json');
  let n = 0;
  for (const k of keys) {
    const p = PROVIDER[k.provider] ?? k.provider;
    const text = n % 4 === 0 ? k.value : fill(pick(W.KEY_LINE, n), { v: k.value, p, P: p.toUpperCase() });
    const note = `google/osv-scalibr ${k.path} @ ${at(commit)} (Apache-2.0): the detector test's \`${k.name}\` ${text === k.value ? 'as written' : `in a wording ${WRITTEN}`}`;
    if (pushOnce(c, `${k.kind}:osv-scalibr`, text, [{ kind: k.kind, value: k.value }], note, { sourced: true })) n++;
  }
  return n;
}

/** 12-line windows of the snapshots' library files (not tests), skipping any the kit's RISKY flags; `cap` at most. */
export function repoWindows(c: Collector, r: Random, cap: number): number {
  let n = 0;
  for (const w of r.shuffle(json<{ repo: string; commit: string; path: string; start: number; text: string }[]>('windows.json'))) {
    if (n >= cap) break;
    if (RISKY.some((re) => re.test(w.text))) continue;
    c.push('negative:snapshot-window', w.text, [], `${w.repo.replace('+', '/')} ${w.path} @ ${at(w.commit)} lines ${w.start}-${w.start + 11} (real file, ${LICENCE[w.repo]})`);
    n++;
  }
  return n;
}
