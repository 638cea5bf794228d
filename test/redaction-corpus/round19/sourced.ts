// Round 19's sourced strata (none read by rounds 1-18): the formatted addresses of geocoder-php/Geocoder's recorded
// provider responses and the address queries of its provider tests (sources/geocoder-php.json), the Royal Mail PAF
// formatting fixtures of ideal-postcodes/uk-clear-addressing (sources/uk-clear-addressing.json), and 12-line windows
// of geocoder-php's provider source files as negatives (sources/windows.json). sources/extract.ts wrote the JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 19';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;

/** Country names the providers append; the label stops before them. */
const COUNTRY = /,\s*(?:USA|United States(?: of America)?|UK|United Kingdom|Australia|France|Germany|Deutschland|Sweden|Belgium|Japan|Canada|Netherlands|Polska|Espanya|FRA|GBR|België \/ Belgique \/ Belgien)$/;
/** Venue or building names the providers put before the house number: outside the label. */
const VENUE = /^(?:Prime Minister’s Office|Elbphilharmonie|Palais Royal - Koninklijk Paleis|Hay-Adams Hotel|Saint Nicholas Arcades|Brisbane Airport \(BNE\)|Broadway Shopping Centre|Manning House|Laneway|Australia Square),\s*/;

/**
 * The label of a provider's formatted address, or undefined when it is not a full address: a house number (first,
 * after the street, or last in Yandex's country-first order) with a street and a town or postcode. Streets with no
 * number (`Avenue Gambetta, 75020 Paris`), numbered street names or districts with no number (`116th Street, Queens`,
 * `20e Arrondissement de Paris`), a highway's number (`Washington Highway 6`), corners
 * (`&`, `@`), postcode or town only, `Null Island` test rows, `Unnamed Road`, bus stops (`Dworzec Centralny 08`),
 * metro stations, and lines with no town (`10 Downing Street, United Kingdom`) are not taken.
 */
export function geocoderLabel(formatted: string): string | undefined {
  if (/Null Island|Unnamed Road|Dworzec|метро|[&@]|^\d+(?:st|nd|rd|th|e) |Highway \d+,/i.test(formatted)) return undefined;
  // Yandex's country-first order: the label runs from the region after the country to the house number.
  if (/^[А-ЯЁІЇЄҐ]/.test(formatted)) return /,\s*\d+$/.test(formatted) ? formatted.replace(/^[^,]+,\s*/, '') : undefined;
  let v = formatted.trim().replace(/,\s*$/, '');
  v = v.replace(VENUE, '');
  for (let i = 0; i < 2; i++) v = v.replace(COUNTRY, '');
  if (!v.includes(',')) return undefined;
  const first = v.split(',')[0]!;
  // A house number: first (`12 Avenue Gambetta`, `1/157 Redfern St`, `Level 1/10-14 …`), or after the street.
  const numbered = /^(?:(?:Level|Basement|Unit)\s*\w*\/)?\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*,?\s/.test(v) || /\s\d+[a-z]?$/.test(first);
  if (!numbered) return undefined;
  if (/^\d{4,6},?\s/.test(v) && !/\s(?:St|Street|Road|Ave|Avenue)\b/.test(first)) return undefined;
  return v;
}

/** The test queries that are full addresses, with their labels (country outside; a venue before the number outside). */
const QUERIES: Record<string, string> = {
  '1 Chome-1-2 Oshiage, Sumida, Tokyo 131-8634, Japan': '1 Chome-1-2 Oshiage, Sumida, Tokyo 131-8634',
  '1 Place des Palais 1000 bruxelles': '1 Place des Palais 1000 bruxelles',
  '10 Downing St, London, UK': '10 Downing St, London',
  '10 avenue Gambetta, Paris, France': '10 avenue Gambetta, Paris',
  '1125 17th St, Denver, CO 80202': '1125 17th St, Denver, CO 80202',
  '1313 Disneyland Dr, Anaheim, CA 92802, USA': '1313 Disneyland Dr, Anaheim, CA 92802',
  '149 9th St, San Francisco, CA 94103': '149 9th St, San Francisco, CA 94103',
  '1600 Pennsylvania Ave, Washington': '1600 Pennsylvania Ave, Washington',
  '2123 W Mineral Ave Apt 61,Littleton,CO8 0120': '2123 W Mineral Ave Apt 61,Littleton,CO8 0120',
  '242 Acklam Road, London, United Kingdom': '242 Acklam Road, London',
  '5754 WI-23, Spring Green, WI 53588, USA': '5754 WI-23, Spring Green, WI 53588',
  '900 S Oak Park Ave, Oak Park, IL 60304': '900 S Oak Park Ave, Oak Park, IL 60304',
  'Elbphilharmonie, Platz der deutschen Einheit 1, Hamburg': 'Platz der deutschen Einheit 1, Hamburg',
  'Kalbacher Hauptstraße 10, 60437 Frankfurt, Germany': 'Kalbacher Hauptstraße 10, 60437 Frankfurt',
  'Läntinen Pitkäkatu 35, Turku': 'Läntinen Pitkäkatu 35, Turku',
  'Sherlock Holmes Museum, 221B Baker St, London, England': '221B Baker St, London',
  'Tagensvej 47, 2200 København N': 'Tagensvej 47, 2200 København N',
  'Yehuda Hamaccabi 15, Tel aviv': 'Yehuda Hamaccabi 15, Tel aviv',
  'woronicza 17, warszawa, polska': 'woronicza 17, warszawa',
  'ул.Ленина, 19, Минск 220030, Республика Беларусь': 'ул.Ленина, 19, Минск 220030',
  '10 Downing Street, Westminster, Greater London, United Kingdom': '10 Downing Street, Westminster, Greater London',
};

const GC = 'geocoder-php/Geocoder @ 8f41c3b7f45c (snapshot)';
/**
 * geocoder-php's addresses: the providers' formatted addresses (at most `perArea` per town or postcode area, so the
 * Sydney and Newcastle place searches do not fill the stratum, and New South Wales at most `nswCap`) and the test
 * queries. Half the value alone as a provider or a user writes it, a third in a one-line wording, the rest split
 * after the first comma into a two-line block.
 */
export function geocoderAddresses(c: Collector, r: Random, perArea: number, nswCap: number): string[] {
  let nswTaken = 0;
  const { labels, queries } = json<{ labels: { file: string; key: string; value: string }[]; queries: { file: string; q: string }[] }>('geocoder-php.json');
  const candidates: { file: string; text: string; v: string; what: string }[] = [];
  for (const l of labels) {
    const v = geocoderLabel(l.value);
    if (v) candidates.push({ file: l.file, text: l.value, v, what: `the ${l.key} of a recorded ${l.file.split('/')[2]} response` });
  }
  for (const q of queries) {
    const v = QUERIES[q.q];
    if (v) candidates.push({ file: q.file, text: q.q, v, what: 'a query of the provider test' });
  }
  const perTown = new Map<string, number>();
  const kept: string[] = [];
  let n = 0;
  for (const a of r.shuffle(candidates)) {
    const area = a.v.split(',').slice(-1)[0]!.replace(/\d+/g, '').trim();
    const k = perTown.get(area) ?? 0;
    if (k >= perArea) continue;
    // New South Wales (the Sydney and Newcastle place searches) at most `nswCap` in all.
    const nsw = / NSW$/.test(area);
    if (nsw && nswTaken >= nswCap) continue;
    const note = `${GC}, ${a.file} (MIT): ${a.what}`;
    let ok: boolean;
    if (n % 6 < 3) {
      ok = pushOnce(c, 'postal_address:geocoder-php', a.text, [{ kind: 'postal_address', value: a.v }], `${note}, as written; labelled from the house number (or street) to the postcode/town/region, venue and country outside`, { sourced: true });
    } else if (n % 6 < 5 || !a.v.includes(', ')) {
      ok = pushOnce(c, 'postal_address:geocoder-php', fill(pick(W.ADDRESS_LINE, n), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; the label in a wording ${WRITTEN}`, { sourced: true });
    } else {
      const { text, value } = blockIn(W.ADDRESS_BLOCK, n, a.v.replace(', ', '\n'));
      ok = pushOnce(c, 'postal_address:geocoder-php', text, [{ kind: 'postal_address', value }], `${note}; the label as a two-line block (split after its first comma) in a wording ${WRITTEN}`, { sourced: true });
    }
    if (ok) { perTown.set(area, k + 1); n++; kept.push(a.v); if (nsw) nswTaken++; }
  }
  return kept;
}

interface UkFixture { rule: string; organisation: string; lines: string[]; postTown: string; postcode: string }
/**
 * uk-clear-addressing's formatting fixtures: the PAF lines, post town (in capitals, as Royal Mail writes it) and
 * postcode. An organisation line is outside the label; fixtures with placeholder localities (`Locality Name`), a
 * householder's name in brackets, or a PO Box only are not taken, and at most two of the many `Tambourine Warehouse`
 * unit-word variants. Two in three as a block (one line per PAF line), the rest on one line with commas.
 */
export function ukAddresses(c: Collector): number {
  const { fixtures } = json<{ fixtures: UkFixture[] }>('uk-clear-addressing.json');
  let n = 0;
  let tambourine = 0;
  for (const f of fixtures) {
    const lines = f.lines.filter((l) => l !== f.organisation);
    if (lines.some((l) => /Locality Name|\(|^PO Box/.test(l)) || !lines.length) continue;
    if (f.organisation === 'The Tambourine Warehouse' && tambourine++ >= 2) continue;
    if (!/\d/.test(lines.join(' '))) continue;
    const org = f.organisation ? `${f.organisation}\n` : '';
    const note = `ideal-postcodes/uk-clear-addressing @ b0dc095a8488 (snapshot), test/data/formatting.json, fixture "${f.rule}" (MIT; Royal Mail PAF layout)`;
    let ok: boolean;
    if (n % 3 < 2) {
      const v = [...lines, f.postTown, f.postcode].join('\n');
      const { text, value } = blockIn(W.ADDRESS_BLOCK, n + 1, `${org}${v}`);
      // With an organisation line first, the label starts on the next line (after its indentation or quote mark).
      const label = org ? value.slice(value.indexOf('\n') + 1).replace(/^(?:> | {2})/, '') : value;
      ok = pushOnce(c, 'postal_address:uk-paf', text, [{ kind: 'postal_address', value: label }], `${note}: the formatted lines, post town and postcode as a block in a wording ${WRITTEN}; the organisation line outside`, { sourced: true });
    } else {
      const v = `${[...lines, f.postTown].join(', ')} ${f.postcode}`;
      ok = pushOnce(c, 'postal_address:uk-paf', fill(pick(W.ADDRESS_LINE, n + 2), { v: f.organisation ? `${f.organisation}, ${v}` : v }), [{ kind: 'postal_address', value: v }], `${note}: the formatted lines on one line in a wording ${WRITTEN}; the organisation outside`, { sourced: true });
    }
    if (ok) n++;
  }
  return n;
}

/** Windows per file type: mostly provider source, fewer of the many near-identical READMEs, changelogs and CI files. */
const WINDOW_CAPS: Record<string, number> = { php: 140, md: 30, json: 25, yml: 15, py: 30 };
/**
 * Windows of real files of the snapshots (sources/windows.json, written by sources/extract.ts): geocoder-php's
 * provider sources, composer.json/phpunit configs, READMEs and CI files, brazilcep's and dadata-py's library files;
 * drawn with the seed up to WINDOW_CAPS per type. Negatives.
 */
export function repoWindows(c: Collector, r: Random): void {
  const taken = new Map<string, number>();
  for (const w of r.shuffle(json<{ windows: { repo: string; file: string; from: number; text: string }[] }>('windows.json').windows)) {
    const type = w.file.split('.').pop()!;
    const k = taken.get(type) ?? 0;
    if (k >= (WINDOW_CAPS[type] ?? 0)) continue;
    taken.set(type, k + 1);
    c.push('negative:snapshot-window', w.text, [], `${w.repo.replace(/@(.{12}).*/, ' @ $1')} ${w.file} lines ${w.from}-${w.from + 11} (real file, MIT)`);
  }
}

/**
 * The address queries of geocoder-php's separately published provider plugins and of dadata-py's tests (read from the
 * snapshots by hand; each repository's test file and commit in `file`): Dutch, Belgian (Brussels, Namur), French and
 * Russian addresses as their tests send them. Labels: the whole query (Russian `г Москва, …` is town-first; the town
 * is part of the address).
 */
const PLUGIN_QUERIES: { repo: string; file: string; q: string; v: string }[] = [
  { repo: 'swisnl/geocoder-php-nationaal-georegister-provider @ 4395a694d3ca', file: 'tests/NationaalGeoregisterTest.php', q: '3e Binnenvestgracht 23, Leiden', v: '3e Binnenvestgracht 23, Leiden' },
  { repo: 'geo6/geocoder-php-bpost-provider @ 0e3ad346418d', file: 'Tests/bpostTest.php', q: '5 Place des Palais 1000 Bruxelles', v: '5 Place des Palais 1000 Bruxelles' },
  { repo: 'geo6/geocoder-php-spw-provider @ 1108b42c3580', file: 'Tests/SPWTest.php', q: 'Chaussée de Charleroi 83 5000 Namur', v: 'Chaussée de Charleroi 83 5000 Namur' },
  { repo: 'tales-from-a-dev/geocoder-php-adgfr-provider @ 22d39755f4ed', file: 'tests/AdgfrTest.php', q: '20 avenue Kléber, Paris', v: '20 avenue Kléber, Paris' },
  { repo: 'wowworks-team/geocoder-php-dadata-provider @ 4d7274a3affd', file: 'test/DaDataTest.php', q: 'г Москва, улица Академика Королева, дом 15, корп. 2', v: 'г Москва, улица Академика Королева, дом 15, корп. 2' },
  { repo: 'hflabs/dadata-py @ 56fd5da97adf', file: 'tests/test_sync.py', q: 'г Москва, ул Сухонская, д 11', v: 'г Москва, ул Сухонская, д 11' },
  { repo: 'hflabs/dadata-py @ 56fd5da97adf', file: 'tests/test_sync.py', q: 'г Москва, ул Сухонская, д 1', v: 'г Москва, ул Сухонская, д 1' },
];
export function pluginAddresses(c: Collector): void {
  PLUGIN_QUERIES.forEach((a, i) => {
    const note = `${a.repo} (snapshot), ${a.file} (MIT)`;
    if (i % 2 === 0) pushOnce(c, 'postal_address:provider-plugin', a.q, [{ kind: 'postal_address', value: a.v }], `${note}: the test's query as written`, { sourced: true });
    else pushOnce(c, 'postal_address:provider-plugin', fill(pick(W.ADDRESS_LINE, i + 7), { v: a.q }), [{ kind: 'postal_address', value: a.v }], `${note}: the test's query in a wording ${WRITTEN}`, { sourced: true });
  });
}

/**
 * Chinese addresses of dongrixinyu/JioNLP's location-parser tests (`test/test_location_parser.py`: the inputs
 * `orig_location` and the parser's expected `full_location`, read by hand): only those that end in a house number
 * (`…号`); town-, district- and landmark-only inputs (`青海西宁`, `重庆解放碑`, `湘潭城塘社区`) are not taken. The label
 * is the whole string (province or city to the number). Half as written, half in a Chinese wording.
 */
const JIONLP = [
  '湖北省襄樊市小水街222号', '湖北省襄阳市小水街222号', '山西长治潞州区山禾路2号', '山西省长治市潞州区山禾路2号',
  '东兴市北仑大道59号', '广西壮族自治区防城港市东兴市北仑大道59号', '北海市重庆路其仓11号', '广西壮族自治区北海市重庆路其仓11号',
  '内蒙古自治区通辽市科尔沁区甘蓝子街98号', '内蒙古自治区通辽市科尔沁左翼后旗甘蓝子街98号', '台湾省屏东县屏东市太原1路84号',
  '青岛市市南区香港中路18号', '山东省青岛市市南区香港中路18号',
];
export function jionlpAddresses(c: Collector): void {
  JIONLP.forEach((v, i) => {
    const note = 'dongrixinyu/JioNLP @ 783abc5237e0 (snapshot), test/test_location_parser.py (Apache-2.0)';
    if (i % 2 === 0) pushOnce(c, 'postal_address:jionlp', v, [{ kind: 'postal_address', value: v }], `${note}: the test's location as written`, { sourced: true });
    else pushOnce(c, 'postal_address:jionlp', fill(pick(W.CN_ADDRESS_LINE, i), { v }), [{ kind: 'postal_address', value: v }], `${note}: the test's location in a wording ${WRITTEN}`, { sourced: true });
  });
}

/** leaktk's rules whose findings are provider keys and tokens (api_key) or signed JWTs (jwt). */
const LEAKTK_KIND: [RegExp, 'api_key' | 'jwt'][] = [
  [/JWT|JSON Web Token/, 'jwt'],
  [/API Key|API Token|Access Token|Refresh Token|Personal Access Token|OAuth Access Token|Server to Server Token|User to Server Token|Runner Registration Token|Pipeline Trigger Token|Upload Token|Shared Secret|App Token|OAuth Token|Dynatrace Token|SonarQube Token|OpenShift User Token|Webhook|Secret Access Key|Client Secret/, 'api_key'],
];
/**
 * leaktk/patterns' scanner test findings on its fake-leaks fixtures (sources/leaktk.json): provider keys and tokens
 * (OpenAI, SendGrid, GitHub, GitLab, NVIDIA, Dropbox, Shopify, Notion, Groq, Hugging Face, Slack, npm, PyPI, Heroku,
 * Mailgun, MailChimp, SonarQube, Sourcegraph, Dynatrace, Google Cloud, Label Studio, Testing Farm, Auth0 and Azure client secrets,
 * AWS secret keys …) -> api_key; the JWT rules -> jwt (three parts only). Not taken: `Generic Secret`, `WP-Config`,
 * `URL User and Password`, `Authorization Header`, registry auths, password hashes, private keys and PKCS #12 files,
 * `Controlled Unclassified Information`, the workflow rule, the semgrep-rules examples, and placeholder-looking values
 * (`EXAMPLE`, `xxxxx`, runs of one character). The matched text as the test records it, a third in a wording.
 */
export function leaktkKeys(c: Collector): number {
  const { findings } = json<{ findings: { rule: string; path: string; match: string; secret: string }[] }>('leaktk.json');
  let n = 0;
  findings.forEach((f, i) => {
    const kind = LEAKTK_KIND.find(([re]) => re.test(f.rule))?.[1];
    if (!kind || /Hash|Vault AppRole|IAM Unique/.test(f.rule)) return;
    const value = f.secret.trim();
    if (value.length < 16 || /EXAMPLE|x{5}|(.)\1{7}/i.test(value) || !f.match.includes(value)) return;
    if (kind === 'jwt' && value.split('.').length !== 3) return;
    const text = i % 3 === 2 ? fill(pick(W.SECRET_LINE, i), { v: f.match.trim() }) : f.match.trim();
    const note = `leaktk/patterns @ 2170b0886278 (snapshot), testdata/leaktk-scanner-results.yaml (MIT): the "${f.rule}" finding on fake-leaks ${f.path}`;
    if (pushOnce(c, `${kind}:leaktk`, text, [{ kind, value }], `${note}${text === f.match.trim() ? ', the match as recorded' : ` in a wording ${WRITTEN}`}`, { sourced: true })) n++;
  });
  return n;
}
