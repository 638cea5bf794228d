// Round 19's one-off reader: writes sources/*.json from the bare snapshots the fetch tool brought to /work/.mirror
// (read with `git show`, no work tree). Run: npx tsx test/redaction-corpus/round19/sources/extract.ts
// geocoder-php/Geocoder (MIT): the formatted addresses in its providers' recorded responses (Tests/.cached_responses)
// and the address queries of its provider tests; ideal-postcodes/uk-clear-addressing (MIT): the Royal Mail PAF
// formatting fixtures; leaktk/patterns (MIT): its scanner test's expected findings; and 12-line windows of
// geocoder-php, brazilcep and dadata-py files as negatives. (The provider plugins' and JioNLP's few strings are in
// sourced.ts, read by hand.)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
// js-yaml (installed as a dependency of the tools) ships no types; its one function used here is typed by hand.
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', `/work/.mirror/${repo}/repo`, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commitOf = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();
const files = (repo: string) => git(repo, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter(Boolean);
const show = (repo: string, path: string) => git(repo, 'show', `HEAD:${path}`);

// geocoder-php: every string under an address-label key of the recorded JSON responses.
const GC = 'geocoder-php+Geocoder';
const KEYS = new Set(['formatted_address', 'display_name', 'label', 'Label', 'formatted', 'formattedAddress', 'freeformAddress', 'place_name', 'AddressLine', 'addressLine', 'full_address', 'LongLabel', 'Match_addr']);
const labels: { file: string; key: string; value: string }[] = [];
const seen = new Set<string>();
for (const file of files(GC).filter((f) => f.includes('.cached_responses/') && !f.endsWith('.gitkeep'))) {
  const raw = show(GC, file);
  const m = /^s:\d+:"([\s\S]*)";?\s*$/.exec(raw);
  let body: unknown;
  try { body = JSON.parse(m ? m[1]! : raw); } catch { continue; }
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') {
      if (KEYS.has(key) && !seen.has(node)) { seen.add(node); labels.push({ file, key, value: node }); }
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(body, '');
}
const queries: { file: string; q: string }[] = [];
for (const file of files(GC).filter((f) => /Tests\/.*Test\.php$/.test(f))) {
  for (const m of show(GC, file).matchAll(/GeocodeQuery::create\('([^']+)'\)/g)) if (!queries.some((x) => x.q === m[1])) queries.push({ file, q: m[1]! });
}
writeFileSync(join(here, 'geocoder-php.json'), JSON.stringify({ repo: `geocoder-php/Geocoder@${commitOf(GC)}`, licence: 'MIT', labels, queries }, null, 1));

// uk-clear-addressing: the formatting fixtures (Royal Mail PAF records and the lines the library formats them into).
const UK = 'ideal-postcodes+uk-clear-addressing';
const ukFile = 'test/data/formatting.json';
interface UkFixture { expected: Record<string, string>; fixture: Record<string, string>; description: string }
const uk = (JSON.parse(show(UK, ukFile)) as { fixtures: UkFixture[] }).fixtures
  .map((f) => ({ file: ukFile, rule: f.description, organisation: f.fixture.organisation_name ?? '', lines: [f.expected.line_1, f.expected.line_2, f.expected.line_3].filter(Boolean) as string[], postTown: f.expected.post_town!, postcode: f.expected.postcode! }));
writeFileSync(join(here, 'uk-clear-addressing.json'), JSON.stringify({ repo: `ideal-postcodes/uk-clear-addressing@${commitOf(UK)}`, licence: 'MIT', fixtures: uk }, null, 1));

// Negative windows: 12-line windows of real files, seeded: geocoder-php's provider sources, configs and READMEs (not
// tests or recorded responses; up to two a file), and the library files of uk-clear-addressing, brazilcep and
// dadata-py. A window with anything a kind could rightly match (the kit's RISKY list, copied here as this reader
// runs alone), a copyright or author line, or a quoted string with a number and a capitalised word (an example
// address) is skipped.
const windows: { repo: string; file: string; from: number; text: string }[] = [];
const RISKY = [/[\w.+-]+@[\w-]+\.[\w.-]+/, /\b(?!127\.)(?:\d{1,3}\.){3}\d{1,3}\b/, /-----BEGIN|eyJ[\w-]{10,}\.eyJ|(?:password|passwd|secret|token|api[_-]?key)\s*[:=]\s*['"][^'"]{6,}/i, /\+\d[\d\s-]{8,}\d/, /\b(?:\d[ -]?){13,19}\b/];
const EXAMPLE = /['"][^'"\n]*\d+[a-z]?,? [A-Z\u00C0-\u024F][a-z\u00C0-\u024F]+[^'"\n]*['"]/;
let state = 20261902;
const rand = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
const windowRepos: [string, RegExp, number][] = [
  [GC, /^src\/(?!.*\/Tests?\/).*\.(?:php|json|xml\.dist|md|yml)$/, 2],
  [UK, /^lib\/.*\.ts$/, 3],
  ['mstuttgart+brazilcep', /^(?:brazilcep\/.*\.py|docs\/.*\.md)$/, 3],
  ['hflabs+dadata-py', /^dadata\/.*\.py$/, 4],
];
for (const [repo, re, perFile] of windowRepos) {
  const commit = commitOf(repo);
  for (const file of files(repo).filter((f) => re.test(f))) {
    const lines = show(repo, file).split('\n');
    if (lines.length < 30) continue;
    const taken: number[] = [];
    for (let tries = 0; tries < 12 && taken.length < perFile; tries++) {
      const from = Math.floor(rand() * (lines.length - 12));
      if (taken.some((t) => Math.abs(t - from) < 12)) continue;
      const text = lines.slice(from, from + 12).join('\n');
      if (text.trim().length < 120 || text.length > 2500 || RISKY.some((x) => x.test(text)) || EXAMPLE.test(text) || /copyright|licen[cs]e|@author/i.test(text)) continue;
      taken.push(from);
      windows.push({ repo: `${repo.replace('+', '/')}@${commit}`, file, from: from + 1, text });
    }
  }
}
writeFileSync(join(here, 'windows.json'), JSON.stringify({ windows }, null, 1));
// leaktk/patterns: the findings its scanner test expects on the fake-leaks fixtures (testdata/leaktk-scanner-results.yaml:
// rule, path, the matched text and the secret), except those of the semgrep-rules examples (not this repository's).
const LK = 'leaktk+patterns';
const findings = (yaml.load(show(LK, 'testdata/leaktk-scanner-results.yaml')) as Record<string, string>[])
  .filter((f) => !f['location.path']!.startsWith('semgrep'))
  .map((f) => ({ rule: f['rule.description']!, path: f['location.path']!, match: f.match!, secret: f.secret! }));
const leaktk = { repo: `leaktk/patterns@${commitOf(LK)}`, licence: 'MIT', findings };
writeFileSync(join(here, 'leaktk.json'), JSON.stringify(leaktk, null, 1));
const counts = { findings: findings.length, labels: labels.length, queries: queries.length, uk: uk.length, windows: windows.length };
console.log(JSON.stringify(counts));
