// One-off reader of round 18's public sources (run once; its JSON output is frozen in this folder). Reads the fetch
// tool's bare snapshots under /work/.mirror with `git show <commit>:<path>`; nothing here imports from src/.
//   pelias/interpolation @ be99fee16c20  test/functional/*/oa.csv   (MIT; OpenAddresses rows the tests interpolate)
//   pelias/acceptance-tests @ 5b11c3b0d8ac  test_cases/*.json        (MIT; only to list the query strings, labelled by hand in sourced.ts)
//   sirwart/ripsecrets @ 416e9d04d6ba  test/one_per_line/*, test/none (MIT; the scanner's own test vectors)
//   jsdom/jsdom @ 00522ce724ab  AUTHORS.txt                           (MIT; the file as it stood before its removal)
// Run: npx tsx test/redaction-corpus/round18/sources/extract.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const show = (repo: string, commit: string, path: string) =>
  execFileSync('git', ['-C', `/work/.mirror/${repo}/repo`, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const list = (repo: string, commit: string, under: string) =>
  execFileSync('git', ['-C', `/work/.mirror/${repo}/repo`, 'ls-tree', '-r', '--name-only', commit, under], { encoding: 'utf8' }).trim().split('\n');

// OpenAddresses rows: number, street, city, region, postcode as the CSV holds them (rows with a unit or a number
// that is a range of buildings are kept as written; the builder decides).
const INTERP = ['pelias+interpolation', 'be99fee16c20e7f53e94849cd5da391ca6ca5596'] as const;
const rows: { file: string; number: string; street: string; city: string; region: string; postcode: string }[] = [];
for (const file of list(...INTERP, 'test/functional').filter((f) => f.endsWith('/oa.csv'))) {
  const [head, ...lines] = show(...INTERP, file).trim().split('\n');
  const cols = head!.split(',');
  for (const line of lines) {
    const f = line.split(',');
    const get = (name: string) => (f[cols.indexOf(name)] ?? '').trim();
    rows.push({ file, number: get('NUMBER'), street: get('STREET'), city: get('CITY'), region: get('REGION'), postcode: get('POSTCODE') });
  }
}
writeFileSync(join(here, 'oa-rows.json'), JSON.stringify({ source: 'pelias/interpolation@be99fee16c20e7f53e94849cd5da391ca6ca5596 (MIT)', rows }, null, 1) + '\n');

const RIP = ['sirwart+ripsecrets', '416e9d04d6ba8941fc3106bf986b6c8aa875767e'] as const;
const vectors: { file: string; line: string }[] = [];
for (const file of list(...RIP, 'test').filter((f) => f.includes('one_per_line/') || f === 'test/none')) {
  for (const line of show(...RIP, file).split('\n')) if (line.trim()) vectors.push({ file, line });
}
writeFileSync(join(here, 'ripsecrets.json'), JSON.stringify({ source: 'sirwart/ripsecrets@416e9d04d6ba8941fc3106bf986b6c8aa875767e (MIT)', vectors }, null, 1) + '\n');

const JSDOM = ['jsdom+jsdom', '00522ce724abb05f377da2722aae99dd4c53136f'] as const;
const authors = show(...JSDOM, 'AUTHORS.txt').split('\n').filter((l) => /<[^>]+@[^>]+>/.test(l));
writeFileSync(join(here, 'jsdom-authors.json'), JSON.stringify({ source: 'jsdom/jsdom@00522ce724abb05f377da2722aae99dd4c53136f AUTHORS.txt (MIT)', lines: authors }, null, 1) + '\n');
console.log({ rows: rows.length, vectors: vectors.length, authors: authors.length });

// Negatives: windows of 12 lines of real source files of three of the snapshots (jsdom's living DOM implementation,
// pelias/parser's classifiers, solver and tokenization, pelias/interpolation's lib and stream code), at most one window
// per file, skipping windows that name a copyright, licence or author, and every window the kit's risk filter flags.
import { RISKY } from '../../kit/package-windows';
import { seeded } from '../../kit/random';
const r = seeded(20261802);
const SNAPSHOTS: { repo: string; commit: string; under: string; re: RegExp; count: number }[] = [
  { repo: 'jsdom+jsdom', commit: '00522ce724abb05f377da2722aae99dd4c53136f', under: 'lib/jsdom/living', re: /\.js$/, count: 115 },
  { repo: 'pelias+parser', commit: 'b4494c2a979dd16683c7604258131a55cdf8668a', under: '.', re: /^(classifier|classification|solver|tokenization|parser)\/(?!.*\.test\.js$).*\.js$/, count: 55 },
  { repo: 'pelias+interpolation', commit: 'be99fee16c20e7f53e94849cd5da391ca6ca5596', under: '.', re: /^(lib|stream|api|query)\/.*\.js$/, count: 45 },
];
const windows: { repo: string; file: string; from: number; text: string }[] = [];
for (const s of SNAPSHOTS) {
  const files = r.shuffle(list(s.repo, s.commit, s.under).filter((f) => s.re.test(f)));
  let n = 0;
  for (const file of files) {
    if (n >= s.count) break;
    const all = show(s.repo, s.commit, file).split('\n');
    if (all.length < 20) continue;
    const from = r.int(0, all.length - 11);
    const text = all.slice(from, from + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 160 || /copyright|licen[cs]e|\(c\)|author/i.test(text) || RISKY.some((re) => re.test(text))) continue;
    windows.push({ repo: `${s.repo.replace('+', '/')}@${s.commit}`, file, from: from + 1, text });
    n++;
  }
}
writeFileSync(join(here, 'windows.json'), JSON.stringify({ windows }, null, 1) + '\n');
console.log({ windows: windows.length });

// Japanese addresses of digital-go-jp/abr-geocoder (the Digital Agency's geocoder; MIT): the inputs of its e2e tests
// (`e2e/test-data/*/input.txt`, comment lines left out) and a seeded sample of `.vscode/schools-tokyo.txt` (addresses
// of Tokyo's schools its developers geocode). Kept: lines that start with a prefecture or a city and whose address
// part ends in a digit (ASCII or full-width) or 番地/号, with no comment and no broken character (the encoding tests);
// `v` is that part, anything after a space (a school or
// building name) stays outside the label.
const ABR = ['digital-go-jp+abr-geocoder', '0ad3f412af62986ac720efc9e664b2f2a464b596'] as const;
const JP = /^((?:東京都|北海道|(?:大阪|京都)府|\S{2,3}県|[^区\s]{1,4}市)\S*?(?:[0-9０-９]+(?:番地|号)?|[0-9０-９]+番[0-9０-９]+号))(?:[ \u3000](.+))?$/;
const jp: { file: string; line: string; v: string }[] = [];
const takeJp = (file: string, line: string) => {
  const clean = line.replace(/^"|"$/g, '').trim();
  const m = JP.exec(clean);
  if (m && !/http|\/\/|\uFFFD|[a-zA-Z]{3}/.test(clean)) jp.push({ file, line: clean, v: m[1]! });
};
for (const file of list(...ABR, 'e2e/test-data').filter((f) => f.endsWith('/input.txt'))) {
  for (const line of show(...ABR, file).split('\n')) if (line.trim() && !line.startsWith('//')) takeJp(file, line);
}
const e2eCount = jp.length;
for (const line of r.shuffle(show(...ABR, '.vscode/schools-tokyo.txt').split('\n').filter(Boolean)).slice(0, 80)) takeJp('.vscode/schools-tokyo.txt', line);
writeFileSync(join(here, 'abr-addresses.json'), JSON.stringify({ source: `digital-go-jp/abr-geocoder@${ABR[1]} (MIT)`, addresses: jp }, null, 1) + '\n');
console.log({ jpE2e: e2eCount, jp: jp.length });
