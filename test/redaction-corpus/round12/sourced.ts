// Round 12's sourced strata: values read from public material (sources/*.json, written by sources/extract.ts) and from
// the LICENSE files of installed packages, each in a wording of this round; every value is checked against the
// earlier rounds by the collector (`sourced`), so a value dev already holds is dropped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isValidIBAN } from 'ibantools';
import type { Collector } from '../kit/collector';
import { maintainers } from '../kit/maintainers';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import * as W from './wordings';

const here = new URL('.', import.meta.url).pathname;
const WRITTEN = 'written for round 12';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;

interface Region {
  cc: string;
  path: string;
  example: Record<string, string>;
  show: string | null;
  zone: { name: string; alternates: string[] } | null;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The example address laid out by the region's own "show" format, without name, company, country and phone. */
export function renderAddress(reg: Region): string[] {
  const e = reg.example;
  const province = reg.zone ? (CJK.test(e.address1 ?? '') ? reg.zone.alternates.find((a) => CJK.test(a)) ?? reg.zone.name : reg.zone.name) : '';
  const fmt = reg.show ?? '{address1}_{address2}_{zip} {city}_{country}';
  const values: Record<string, string> = { ...e, province, firstName: '', lastName: '', company: '', country: '', phone: '' };
  return fmt
    .split('_')
    .map((line) => fill(line, values).replace(/\{\w+\}/g, '').replace(/\u2060/g, '').replace(/\s+/g, ' ').replace(/^[\s,〒]+$/, '').trim())
    .filter((line) => line !== '' && line !== '様');
}

/** Lines joined with commas, a line's own trailing comma (Latin or Arabic) dropped first. */
const commaJoined = (lines: string[]): string => lines.map((l) => l.replace(/[,،]$/, '')).join(', ');

/** Shopify/worldwide's example addresses (public buildings) and their phones: addresses, contact cards, phones alone. */
export function worldwide(c: Collector, r: Random, maxAddresses: number, maxPhones: number): void {
  const src = json<{ commit: string; regions: Region[] }>('worldwide.json');
  const from = (reg: Region) => `Shopify/worldwide ${reg.path} example_address @ ${src.commit.slice(0, 12)} (MIT)`;
  let i = 0;
  const phones = new Set<string>();
  // Addresses in a script other than Latin first, so the cap on addresses never leaves them out.
  const nonLatin = (reg: Region) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(renderAddress(reg).join(' '));
  const shuffled = r.shuffle(src.regions);
  for (const reg of [...shuffled.filter(nonLatin), ...shuffled.filter((reg) => !nonLatin(reg))]) {
    const lines = renderAddress(reg);
    // A phone two regions share (Réunion and Mayotte, the Falklands and South Georgia) is taken once.
    const shared = reg.example.phone?.trim();
    const phone = shared && !phones.has(shared) ? shared : undefined;
    if (phone) phones.add(phone);
    const who = reg.example.company ?? 'Front office';
    const usable = i < maxAddresses && lines.length >= 2 && lines.some((l) => /\d/.test(l));
    const asBlock = i % 2 === 0;
    const v = usable ? (asBlock ? lines.join('\n') : commaJoined(lines)) : '';
    if (usable && phone && i % 3 === 0) {
      const t = pick(W.CONTACT, i);
      const vv = t.startsWith('BEGIN:VCARD') || t.startsWith('{') || t.startsWith('Visit') ? commaJoined(lines) : v;
      const text = fill(t, { v: vv, phone, who });
      const ok = c.push(`postal_address:worldwide-${reg.cc}`, text, [{ kind: 'postal_address', value: vv }, { kind: 'phone', value: phone }], `${from(reg)}; the address laid out by the region's own format (name, company, country left out) and its phone as the data writes it; in a contact wording ${WRITTEN}`, { sourced: true, checkOnly: [vv, phone] });
      if (ok) i++;
      continue;
    }
    if (usable) {
      const text = fill(pick(asBlock ? W.ADDRESS_BLOCK : W.ADDRESS_LINE, i), { v });
      if (c.push(`postal_address:worldwide-${reg.cc}`, text, [{ kind: 'postal_address', value: v }], `${from(reg)}; laid out by the region's own format (name, company, country left out), ${asBlock ? 'one line each' : 'joined with commas'}; in a wording ${WRITTEN}`, { sourced: true })) i++;
    }
    if (phone && (!usable || i % 3 === 1) && c.count('phone:') < maxPhones) {
      const text = fill(pick(W.PHONE, i), { v: phone, who });
      c.push(`phone:worldwide-${reg.cc}`, text, [{ kind: 'phone', value: phone }], `${from(reg)}; the example address's phone as the data writes it; in a wording ${WRITTEN}`, { sourced: true });
    }
  }
}

/** Extended private keys of BIP-32/49/84/86 test vectors (secret); their public counterparts are not taken. */
export function bips(c: Collector): void {
  const src = json<{ commit: string; keys: { path: string; licence: string; key: string }[] }>('bips.json');
  src.keys.forEach((k, i) => {
    c.push('secret:bip-vector', fill(pick(W.XPRV, i), { v: k.key }), [{ kind: 'secret', value: k.key }], `bitcoin/bips ${k.path} @ ${src.commit.slice(0, 12)} (${k.licence}); a test vector's extended private key (${k.key.slice(0, 4)}), labelled as a secret; in a wording ${WRITTEN}`, { sourced: true });
  });
}

/** A value given to a password key that is a template, a parameter reference, a type name or a UI string. */
const NOT_A_PASSWORD = /^\{\{|^\$\{|^\[?parameters\(|^,|^(string|password|pass|test|admin|postgres|mysql|yourpassword|myPassword|sqlAdministratorLoginPassword|MasterUserPassword|1234|1111|123!|Passord)$|:$|\s/;
/** Another line of the window giving a secret-named key a literal of 8+ characters (not a word, template or reference). */
const SECRET_LITERAL = /(secret|token|api[_-]?key|access[_-]?key|credential|password|passwd|pwd|the_value)\w*["']?\s*[:=]\s*(["'])(?![{$[])(?!\p{L}+:?\2)[^"'\s]{8,}\2/iu;

/** checkov's IaC and config test files: a password assignment with the lines around it. */
export function checkov(c: Collector): void {
  const src = json<{ commit: string; cases: { path: string; line: number; value: string; text: string }[] }>('checkov.json');
  let i = 0;
  for (const k of src.cases) {
    // Left out: a window where another line gives a secret-named key a literal (it would be an unlabelled secret), and
    // an encrypted or hashed value under a password key (arguable: ciphertext, not the password).
    const others = k.text.split('\n').filter((l) => !l.includes(k.value));
    if (others.some((l) => SECRET_LITERAL.test(l)) || /encrypt|hash|kms/i.test(k.text)) continue;
    i++;
    const from = `bridgecrewio/checkov ${k.path} line ${k.line} @ ${src.commit.slice(0, 12)} (Apache-2.0); the line with two before and after (checkov's skip comments removed)`;
    const text = i % 2 ? fill(pick(W.WRAP, i), { text: k.text }) : k.text;
    const wrapped = i % 2 ? `; pasted into a chat wording ${WRITTEN}` : '';
    if (NOT_A_PASSWORD.test(k.value)) {
      c.push('negative:checkov', text, [], `${from}; the value is a template, parameter reference, type name, stand-in or UI string, not a password${wrapped}`);
      continue;
    }
    c.push('password:checkov', text, [{ kind: 'password', value: k.value }], `${from}${wrapped}`, { sourced: true, checkOnly: [k.value] });
  }
}

/** IBANs of iban4j's and ibandit's tests that pass the checksum, as written (compact or spaced). */
export function ibans(c: Collector, max: number): void {
  const src = json<{ commits: Record<string, string>; ibans: { repo: string; path: string; licence: string; iban: string }[] }>('ibans.json');
  const taken = new Set<string>();
  let i = 0;
  for (const k of src.ibans) {
    if (i >= max) break;
    const compact = k.iban.replace(/ /g, '');
    if (!isValidIBAN(compact) || taken.has(compact)) continue;
    taken.add(compact);
    const cc = k.iban.slice(0, 2);
    const note = `${k.repo} ${k.path} @ ${src.commits[k.repo]!.slice(0, 12)} (${k.licence}); a test IBAN as written; in a wording ${WRITTEN}`;
    if (c.push(`iban:${k.repo.split('/')[1]}-${cc}`, fill(pick(W.IBAN, i), { v: k.iban, country: W.countryName(cc) }), [{ kind: 'iban', value: k.iban }], note, { sourced: true })) i++;
  }
}

/**
 * Lines with an e-mail address (copyright, contact, credits) in the LICENSE, AUTHORS, README and CHANGELOG files of
 * installed packages, one per package; every address of the line is labelled.
 */
/** Addresses taken by this round's e-mail strata, so no address comes twice. */
const takenEmails = new Set<string>();

export function licenceEmails(c: Collector, root: string, max: number): void {
  const taken = takenEmails;
  const nm = join(root, 'node_modules');
  const pkgs = readdirSync(nm).flatMap((d) => (d.startsWith('@') ? readdirSync(join(nm, d)).map((s) => `${d}/${s}`) : [d])).sort();
  let i = 0;
  for (const pkg of pkgs) {
    if (i >= max) break;
    let files: string[];
    try {
      files = readdirSync(join(nm, pkg)).filter((f) => /^(licen[cs]e|authors|contributors|readme|changelog|history)/i.test(f) && statSync(join(nm, pkg, f)).isFile());
    } catch {
      continue;
    }
    const before = i;
    for (const f of files) {
      if (i > before) break;
      const lines = readFileSync(join(nm, pkg, f), 'utf8').split('\n');
      for (const line of lines) {
        const all = [...line.matchAll(/(?<![\w.%+-])[A-Za-z0-9][\w.%+-]*@[\w-]{3,}(?:\.[\w-]+)*\.[a-z]{2,}\b/g)].map((m) => m[0]);
        const email = all[0];
        // Not a URL's user:password@host, a badge's file name, a documentation or toy address, or one taken already.
        if (!email || all.some((e) => taken.has(e)) || /example|mple\.|noreply|\.(svg|png|jpg|gif|js|ts|json|md)$/.test(email) || /:\/\/\S*@/.test(line) || line.length > 200 || taken.has(email)) continue;
        const text = fill(pick(W.EMAIL, i), { text: line.trim() });
        for (const e of all) taken.add(e);
        if (c.push('email:licence', text, [...new Set(all)].map((value) => ({ kind: 'email' as const, value })), `node_modules/${pkg}/${f}, a line with an address (copyright, contact or credits; public package file)${i % 3 ? `; in a wording ${WRITTEN}` : ''}`, { sourced: true })) {
          i++;
          break;
        }
      }
    }
  }
}

/** Maintainers' addresses in package metadata from `start` of the alphabet, until the kind holds `upTo` items. */
export function maintainerEmails(c: Collector, root: string, start: number, upTo: number): void {
  const seenPkgs = new Set<string>();
  let i = 0;
  for (const m of maintainers(root, start)) {
    if (c.count('email:') >= upTo) break;
    if (seenPkgs.has(m.pkg) || takenEmails.has(m.email)) continue;
    takenEmails.add(m.email);
    const note = `node_modules/${m.pkg}/package.json "${m.field}" (${m.pkg}@${m.version}, ${m.licence}); public package metadata; in a wording ${WRITTEN}`;
    if (c.push('email:maintainer', fill(pick(W.MAINTAINER, i), { author: m.author, v: m.email }), [{ kind: 'email', value: m.email }], note, { sourced: true })) {
      seenPkgs.add(m.pkg);
      i++;
    }
  }
}

/** ggshield's test patches and what each leaks (ids, hosts, ports and user names are not labelled). */
const GGSHIELD: Record<string, { kind: 'api_key' | 'secret' | 'password' | 'private_key'; value: (text: string) => string }[]> = {
  _MULTIPLE_SECRETS_PATCH_CONTENT: [{ kind: 'password', value: () => 'm42ploz2wd' }],
  _MULTI_SECRET_TWO_LINES_PATCH: [{ kind: 'secret', value: () => 'ce3f9f0362bbe5ab01dfc8ee565e4372' }],
  _ONE_LINE_AND_MULTILINE_PATCH_CONTENT: [
    { kind: 'secret', value: () => 'ce3f9f0362bbe5ab01dfc8ee565e4371' },
    { kind: 'private_key', value: (t) => /-----BEGIN RSA PRIVATE KEY-----[\s\S]*?-----END RSA PRIVATE KEY-----/.exec(t)![0] },
    { kind: 'api_key', value: (t) => /SG\.[\w-]+\.[\w-]+/.exec(t)![0] },
  ],
  _SIMPLE_SECRET_PATCH: [{ kind: 'api_key', value: (t) => /github_token: (\w+)/.exec(t)![1]! }],
  UNCHECKED_SECRET_PATCH: [{ kind: 'api_key', value: (t) => /apikey = "([^"]+)"/.exec(t)![1]! }],
};

/** ggshield's patch texts as its scanner tests feed them (from the hunk header on), every other one in a chat wording. */
export function ggshield(c: Collector): void {
  const src = json<{ path: string; commit: string; patches: Record<string, string> }>('ggshield.json');
  Object.entries(src.patches).forEach(([name, patch], i) => {
    const diff = patch.slice(patch.indexOf('@@'));
    const text = i % 2 ? fill(pick(W.WRAP, i), { text: diff }) : diff;
    const expected = GGSHIELD[name]!.map((e) => ({ kind: e.kind, value: e.value(diff) }));
    c.push('secrets:ggshield', text, expected, `GitGuardian/ggshield ${src.path} ${name} @ ${src.commit.slice(0, 12)} (MIT); the patch from its hunk header on, as the test writes it${i % 2 ? `; in a chat wording ${WRITTEN}` : ''}`, { sourced: true });
  });
}

/** The test vectors' extended public keys: look-alikes of the private ones, negatives. */
export function bipPublicKeys(c: Collector, count: number): void {
  const src = json<{ commit: string; pubs: { path: string; licence: string; key: string }[] }>('bips.json');
  src.pubs.filter((_, i) => i % 3 === 0).slice(0, count).forEach((k, i) => {
    c.push('negative:bip-public', fill(pick(W.XPUB, i), { v: k.key }), [], `bitcoin/bips ${k.path} @ ${src.commit.slice(0, 12)} (${k.licence}); a test vector's extended public key (${k.key.slice(0, 4)}), public by design; in a wording ${WRITTEN}`);
  });
}
