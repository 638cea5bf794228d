// Builds round 11's untouched split (round11/untouched.jsonl), committed before round 11's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 10's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): trufflehog's detector pattern tests
// (sources/trufflehog.json), php-iban's real-world example IBANs (sources/php-iban.json), the BIP-39 test vectors of
// trezor/python-mnemonic (sources/bip39.json), company addresses of cpca's test data (sources/cpca.json), maintainers'
// e-mail addresses of installed packages; invented and generated values in forms written for this round
// (password-forms.ts, secret-forms.ts, addresses.ts, generated.ts, wordings.ts); round 10's generators for JWTs, IP
// addresses and private keys (new seed); as negatives windows of real files of installed packages no round sampled,
// php-iban's lines that fail the checksum, trufflehog's placeholder-like values, and invented look-alikes.
// Every sourced positive value is checked against the earlier rounds' files: a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round11/build.ts   (VERBOSE=1 lists the dropped values)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { summarise, writeJsonl } from '../kit/item';
import { maintainers } from '../kit/maintainers';
import { packageWindows, unsampledPackages } from '../kit/package-windows';
import { seeded } from '../kit/random';
import { fill, pick } from '../kit/template';
import * as R10 from '../round10/generated';
import { INVENTED_ADDRESSES } from './addresses';
import * as G from './generated';
import { LOOKALIKES } from './lookalikes';
import { JAGEOCODER } from './sources/jageocoder';
import * as W from './wordings';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const corpusDir = join(here, '..');
const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9', 'round10'];
const earlier = earlierIndex(corpusDir, EARLIER, ['round11', 'kit']);
const r = seeded(20261130 + 11);
const c = new Collector('r11', earlier);
const WRITTEN = 'written for round 11';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;

function trufflehog() {
  const src = json<{ commit: string; cases: { detector: string; path: string; name: string; text: string; values: string[] }[] }>('trufflehog.json');
  let i = 0;
  for (const k of src.cases) {
    const from = `trufflesecurity/trufflehog ${k.path} @ ${src.commit} (AGPL-3.0; the test's input and wanted value only)`;
    // A value made of an alphabet or digit run is a stand-in, not a key: a negative, as earlier rounds did.
    if (k.values.some((v) => /abcd|1234|wxyz|qwer/i.test(v))) {
      c.push('negative:scanner', k.text, [], `${from}; test "${k.name}", its wanted value is an alphabet/digit run (a stand-in, left out as a key)`);
      continue;
    }
    const wrapped = i % 2 === 1;
    const text = wrapped ? fill(pick(W.WRAP, i), { text: k.text }) : k.text;
    const note = `${from}; test "${k.name}" of the ${k.detector} detector, the value(s) the test wants${wrapped ? `; pasted into a chat wording ${WRITTEN}` : ''}`;
    if (c.push('api_key:trufflehog', text, k.values.map((value) => ({ kind: 'api_key' as const, value })), note, { sourced: true })) i++;
  }
}

const COUNTRY: Record<string, string> = {
  ae: 'the UAE', al: 'Albania', ao: 'Angola', at: 'Austria', az: 'Azerbaijan', ba: 'Bosnia', be: 'Belgium', bg: 'Bulgaria', bh: 'Bahrain',
  by: 'Belarus', cf: 'the Central African Republic', cg: 'Congo', ch: 'Switzerland', cr: 'Costa Rica', cz: 'Czechia', de: 'Germany',
  dj: 'Djibouti', dk: 'Denmark', ee: 'Estonia', eg: 'Egypt', es: 'Spain', fi: 'Finland', fr: 'France', ga: 'Gabon', gb: 'the UK',
  gq: 'Equatorial Guinea', gr: 'Greece', gw: 'Guinea-Bissau', hn: 'Honduras', hr: 'Croatia', hu: 'Hungary', ie: 'Ireland', iq: 'Iraq',
  ir: 'Iran', it: 'Italy', km: 'Comoros', lt: 'Lithuania', lu: 'Luxembourg', lv: 'Latvia', ma: 'Morocco', mc: 'Monaco', me: 'Montenegro',
  mk: 'North Macedonia', mr: 'Mauritania', ne: 'Niger', ni: 'Nicaragua', nl: 'the Netherlands', no: 'Norway', pk: 'Pakistan', pl: 'Poland',
  pt: 'Portugal', ro: 'Romania', rs: 'Serbia', sa: 'Saudi Arabia', se: 'Sweden', si: 'Slovenia', sk: 'Slovakia', sm: 'San Marino',
  sv: 'El Salvador', td: 'Chad', tg: 'Togo', tl: 'Timor-Leste', tn: 'Tunisia',
};

const mod97 = (iban: string): number => {
  const compact = iban.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  const digits = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
};

/** php-iban's example IBANs as people wrote them; a line's "IBAN:" label stays outside the value. */
function ibans() {
  const src = json<{ commit: string; files: { path: string; lines: string[] }[] }>('php-iban.json');
  let i = 0;
  let bad = 0;
  for (const f of src.files) {
    const cc = f.path.split('/').pop()!.slice(0, 2);
    // The rarest layouts first (dots, slashes, dashes, double spaces, lower case, a label; then uneven groups; then
    // groups of four; compact last), at most 3 per country, so no country fills the kind.
    const rank = (l: string) => {
      const v = l.replace(/^IBAN:\s*/i, '');
      if (/[./-]| {2}|[a-z]/.test(v) || v !== l) return 0;
      if (/ /.test(v)) return / /.test(v) && !/^[A-Z]{2}\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?$/.test(v) ? 1 : 2;
      return 3;
    };
    const lines = [...new Set(f.lines.map((l) => l.trim()))];
    const ordered = [0, 1, 2, 3].flatMap((n) => lines.filter((l) => rank(l) === n));
    let kept = 0;
    for (const line of ordered) {
      const written = line.replace(/^IBAN:\s*/i, '');
      const valid = isValidIBAN(written.replace(/[^A-Za-z0-9]/g, '').toUpperCase());
      const note = `globalcitizen/php-iban ${f.path} @ ${src.commit} (LGPL-3.0 data)`;
      if (!valid) {
        // A negative only when the mod-97 checksum itself fails: a line ibantools rejects for a country it does not
        // know yet (Nicaragua) may be a real IBAN.
        if (bad < 16 && /^[A-Za-z]{2}[\s.]?\d/.test(written) && mod97(written) !== 1) {
          c.push('negative:iban-invalid', fill(pick(W.IBAN, bad + 5), { v: written, country: COUNTRY[cc] ?? cc.toUpperCase() }), [], `${note}; a line of the file whose checksum fails (ibantools rejects it)`);
          bad++;
        }
        continue;
      }
      if (kept >= 3) continue;
      // Every seventh in lower case and every ninth split over two lines at a space: layouts people produce by
      // retyping and by copying from a narrow column (the builder's change, said in the note).
      let v = written;
      let how = 'as the file writes it';
      if (i % 7 === 3) {
        v = written.toLowerCase();
        how = 'lower-cased here';
      } else if (i % 9 === 5 && written.split(' ').length > 3) {
        const parts = written.split(' ');
        const half = Math.ceil(parts.length / 2);
        v = `${parts.slice(0, half).join(' ')}\n${parts.slice(half).join(' ')}`;
        how = 'split over two lines here';
      }
      const text = fill(pick(W.IBAN, i), { v, country: COUNTRY[cc] ?? cc.toUpperCase() });
      if (c.push(`iban:php-iban-${cc}`, text, [{ kind: 'iban', value: v }], `${note}; valid per ibantools, ${how}; in a wording ${WRITTEN}`, { sourced: true, checkOnly: [written] })) {
        kept++;
        i++;
      }
    }
  }
}

function seeds() {
  const src = json<{ commit: string; vectors: Record<string, { mnemonic: string; xprv: string }[]> }>('bip39.json');
  const note = (lang: string) => `trezor/python-mnemonic vectors.json @ ${src.commit} (MIT); BIP-39 test vector (${lang} wordlist)`;
  let i = 0;
  for (const [lang, list] of Object.entries(src.vectors)) {
    // English: every other vector (12, 18 and 24 words); other wordlists: three each, a different length each.
    const chosen = lang === 'english' ? list.filter((_, j) => j % 2 === 1) : [list[(i * 5) % 8]!, list[8 + ((i * 3) % 8)]!, list[16 + ((i * 7) % 8)]!];
    for (const v of chosen) {
      const words = v.mnemonic.split(/[ \u3000]/).length;
      if (c.push(`secret:bip39-${lang}`, fill(pick(W.SEED, i), { v: v.mnemonic }), [{ kind: 'secret', value: v.mnemonic }], `${note(lang)}, ${words} words, the mnemonic as a wallet's seed phrase; in a wording ${WRITTEN}`, { sourced: true })) i++;
    }
  }
  // The BIP-32 root keys of the English vectors: extended private keys, labelled as secrets.
  src.vectors.english!.filter((_, j) => j % 3 === 0).forEach((v, j) => {
    const text = [`xprv from the wallet export: ${v.xprv}`, `"root_key": "${v.xprv}"`, `bitcoin-cli importdescriptors '[{"desc": "wpkh(${v.xprv}/84h/0h/0h/0/*)"}]'`][j % 3]!;
    c.push('secret:xprv', text, [{ kind: 'secret', value: v.xprv }], `${note('english')}, its BIP-32 root extended private key (xprv), labelled as a secret; in a wording ${WRITTEN}`, { sourced: true });
  });
}

function addresses() {
  const src = json<{ commit: string; addresses: string[] }>('cpca.json');
  const note = `DQinYuan/chinese_province_city_area_mapper tests/addr.csv @ ${src.commit} (MIT); a company address as posted`;
  r.shuffle(src.addresses).slice(0, 55).forEach((v, i) => {
    c.push('postal_address:cpca', fill(pick(W.ZH_ADDRESS, i), { v }), [{ kind: 'postal_address', value: v }], `${note}; in a wording ${WRITTEN}`, { sourced: true });
  });
  const ja = JAGEOCODER;
  const JA_WORDINGS = ['住所：{v}', '{v} まで送ってください', '新しい住所は{v}です', '"address": "{v}"', 'お届け先 {v}', 'ship to {v} (Japan)', '配送先：〒なし {v}'];
  ja.addresses.forEach((v, i) => {
    const note = `${ja.repo} ${ja.path} @ ${ja.commit} (${ja.licence}); a query of its search test, as written`;
    c.push('postal_address:jageocoder', fill(pick(JA_WORDINGS, i), { v }), [{ kind: 'postal_address', value: v }], `${note}; in a wording ${WRITTEN}`, { sourced: true });
  });
  let line = 0;
  let block = 0;
  INVENTED_ADDRESSES.forEach((a) => {
    const text = a.around ? fill(a.around, { v: a.v }) : (a.v.includes('\n') ? fill(pick(W.ADDRESS_BLOCK, block++), { v: a.v }) : fill(pick(W.ADDRESS_LINE, line++), { v: a.v }));
    c.push(`postal_address:invented-${a.cc}`, text, [{ kind: 'postal_address', value: a.v }], `invented address ${WRITTEN} (${a.cc})${a.around ? ', told in prose' : ''}`);
  });
}

function emails() {
  let i = 0;
  const seenPkgs = new Set<string>();
  // Two thirds into the alphabet: rounds 8, 9 and 10 read the ends and the first third.
  for (const m of maintainers(root, 2 / 3)) {
    if (c.count('email:maintainer') >= 30) break;
    if (seenPkgs.has(m.pkg)) continue;
    const note = `node_modules/${m.pkg}/package.json "${m.field}" (${m.pkg}@${m.version}, ${m.licence}); public package metadata`;
    if (c.push('email:maintainer', fill(pick(W.EMAIL, i), { author: m.author, v: m.email }), [{ kind: 'email', value: m.email }], note, { sourced: true })) {
      seenPkgs.add(m.pkg);
      i++;
    }
  }
}

function negatives() {
  const packages = unsampledPackages(root, earlier, r, 55);
  for (const w of packageWindows(root, packages, r, { windows: 150, lines: 12, perPackage: 3 })) {
    c.push(`negative:${w.pkg}`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file of a ${w.licence} package)`);
  }
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], `invented look-alike ${WRITTEN} (versions, hashes, ids, placeholders, documentation addresses, other number kinds, prose about secrets)`));
}

trufflehog();
G.apiProse(c, r);
G.passwords(c, r);
G.secrets(c, r);
seeds();
ibans();
G.phones(c, r);
G.cards(c, r, 30);
emails();
R10.ips(c, r, 30);
R10.jwts(c, r, 24);
R10.privateKeys(c, 20);
addresses();
negatives();

// Round 10's IP generator also writes its five fixed look-alike lines, which round 10's split (now dev) holds word for
// word: left out here.
const items = c.items.filter((item) => !item.id.startsWith('r11:negative:ip:'));
writeJsonl(join(here, 'untouched.jsonl'), items);
console.log(JSON.stringify({ ...summarise(items), droppedAsSeen: c.dropped.length }));
if (process.env.VERBOSE) for (const d of c.dropped) console.log('dropped:', d);
