// Round 20's one-off reader: writes sources/*.json from the bare snapshots the fetch tool brought to /work/.mirror
// (read with `git show`, no work tree). Run: npx tsx test/redaction-corpus/round20/sources/extract.ts
// Addresses: the string literals of geo-golang's provider tests (MIT), the recorded responses and test literals of
// google-maps-services-java, -go and -python (Apache-2.0) and mapbox-java's geocoding fixtures (MIT), as candidates
// that sourced.ts labels. Scanner vectors: ZupIT/horusec's leaks-engine samples (Apache-2.0). The word for
// "password" in uptime-kuma's 78 locale catalogues (MIT). Negatives: 12-line windows of these repositories' library
// files (never tests, fixtures or samples).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', `/work/.mirror/${repo}/repo`, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commitOf = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();
const files = (repo: string) => git(repo, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter(Boolean);
const show = (repo: string, path: string) => git(repo, 'show', `HEAD:${path}`);

// Address candidates: any quoted string with a digit, a comma and a letter, from test files and test resources.
const ADDRESS_REPOS: [string, RegExp, string][] = [
  ['codingsince1985+geo-golang', /_test\.go$/, 'MIT'],
  ['googlemaps+google-maps-services-java', /^src\/test\/.*\.(?:java|json)$/, 'Apache-2.0'],
  ['googlemaps+google-maps-services-go', /_test\.go$|testdata\/.*\.json$/, 'Apache-2.0'],
  ['googlemaps+google-maps-services-python', /^tests\/.*\.py$/, 'Apache-2.0'],
  ['mapbox+mapbox-java', /src\/test\/resources\/.*\.json$|src\/test\/java\/.*Test\.java$/, 'MIT'],
];
const candidates: { repo: string; licence: string; file: string; value: string }[] = [];
const seen = new Set<string>();
for (const [repo, re, licence] of ADDRESS_REPOS) {
  const commit = commitOf(repo);
  for (const file of files(repo).filter((f) => re.test(f))) {
    let text: string;
    try { text = show(repo, file); } catch { continue; }
    for (const m of text.matchAll(/"((?:[^"\\\n]|\\.){8,200})"/g)) {
      let v = m[1]!;
      try { v = JSON.parse(`"${v}"`) as string; } catch { continue; }
      if (!/\d/.test(v) || !v.includes(',') || !/\p{L}{3}/u.test(v) || /https?:|[{}=<>]|\\|%/.test(v) || seen.has(v)) continue;
      seen.add(v);
      candidates.push({ repo: `${repo.replace('+', '/')}@${commit}`, licence, file, value: v });
    }
  }
}
writeFileSync(join(here, 'addresses.json'), JSON.stringify({ candidates }, null, 1));

// horusec's leaks samples: each `SampleVulnerableHSLEAKSn` / `SampleSafeHSLEAKSn` raw string of samples.go.
const HS = 'ZupIT+horusec';
const samplesFile = 'internal/services/engines/leaks/samples.go';
const samples = [...show(HS, samplesFile).matchAll(/(Sample(Vulnerable|Safe)HSLEAKS(\d+)) = `([\s\S]*?)`/g)]
  .map((m) => ({ name: m[1]!, vulnerable: m[2] === 'Vulnerable', rule: `HS-LEAKS-${m[3]}`, text: m[4]!.replace(/^\n/, '').replace(/\s+$/, '') }));
writeFileSync(join(here, 'horusec.json'), JSON.stringify({ repo: `ZupIT/horusec@${commitOf(HS)}`, licence: 'Apache-2.0', file: samplesFile, samples }, null, 1));

// uptime-kuma's catalogues: the "Password", "Username" and "New Password" strings of every locale that translates them.
const UK = 'louislam+uptime-kuma';
const words: Record<string, { password: string; username: string; newPassword: string }> = {};
for (const file of files(UK).filter((f) => /^src\/lang\/[^/]+\.json$/.test(f))) {
  const d = JSON.parse(show(UK, file)) as Record<string, string>;
  if (d.Password) words[file.slice(9, -5)] = { password: d.Password, username: d.Username ?? '', newPassword: d['New Password'] ?? '' };
}
writeFileSync(join(here, 'uptime-kuma.json'), JSON.stringify({ repo: `louislam/uptime-kuma@${commitOf(UK)}`, licence: 'MIT', path: 'src/lang/*.json', words }, null, 1));

// Negative windows: 12-line windows of library files (no tests, fixtures, samples or locale files), seeded. A window
// with anything a kind could rightly match (the kit's RISKY list, copied here as this reader runs alone), a copyright
// or author line, or a quoted string with a number and a capitalised word (an example address) is skipped.
const RISKY = [/[\w.+-]+@[\w-]+\.[\w.-]+/, /\b(?!127\.)(?:\d{1,3}\.){3}\d{1,3}\b/, /-----BEGIN|eyJ[\w-]{10,}\.eyJ|(?:password|passwd|secret|token|api[_-]?key)\s*[:=]\s*['"][^'"]{6,}/i, /\+\d[\d\s-]{8,}\d/, /\b(?:\d[ -]?){13,19}\b/];
const EXAMPLE = /['"][^'"\n]*\d+[a-z]?,? [A-Z\u00C0-\u024F][a-z\u00C0-\u024F]+[^'"\n]*['"]/;
let state = 20262002;
const rand = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
const windowRepos: [string, RegExp, number, string][] = [
  ['codingsince1985+geo-golang', /^(?!.*_test\.go$).*\.(?:go|md)$/, 2, 'MIT'],
  ['googlemaps+google-maps-services-java', /^src\/main\/java\/.*\.java$/, 1, 'Apache-2.0'],
  ['mapbox+mapbox-java', /^services-[^/]+\/src\/main\/java\/.*\.java$/, 1, 'MIT'],
  [HS, /^internal\/(?!.*(?:_test\.go|samples\.go)$).*\.go$/, 1, 'Apache-2.0'],
  [UK, /^(?:server\/.*\.js|src\/(?:components|pages|util)\/.*\.(?:vue|js))$/, 1, 'MIT'],
];
const windows: { repo: string; licence: string; file: string; from: number; text: string }[] = [];
for (const [repo, re, perFile, licence] of windowRepos) {
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
      windows.push({ repo: `${repo.replace('+', '/')}@${commit}`, licence, file, from: from + 1, text });
    }
  }
}
writeFileSync(join(here, 'windows.json'), JSON.stringify({ windows }, null, 1));
// E-mail: the header lines of postalsys/postal-mime's test fixtures and tests (MIT-0) that carry an address (not
// Message-ID, References, Received or Content-ID lines), and the addresses go-playground/validator's TestEmail accepts.
const PM = 'postalsys+postal-mime';
const headerLines: { file: string; line: string }[] = [];
for (const file of files(PM).filter((f) => f.startsWith('test/'))) {
  for (const raw of show(PM, file).split(/\r?\n/)) {
    const line = raw.trim();
    if (!/^(?:From|To|Cc|Reply-To|Sender|Delivered-to|X-Delivered-to|Return-Path|Final-Recipient|Original-Recipient|Original-Rcpt-To|Original-Mail-From|X-Resolved-to|X-Postfix-Sender|ATTENDEE|ORGANIZER|Removal-Recipient|Reported-Uri)[:;]/i.test(line)) continue;
    if (!/@[\w-]+\./.test(line) || headerLines.some((h) => h.line === line)) continue;
    headerLines.push({ file, line });
  }
}
const VG = 'go-playground+validator';
const validatorEmails = [...show(VG, 'validator_test.go').split('func TestEmail(t *testing.T)')[1]!.split('\n}')[0]!.matchAll(/s = "([^"]+)"\n\s*errs = validate\.Var\(s, "email"\)\n\s*Equal\(t, errs, nil\)/g)].map((m) => m[1]!);
writeFileSync(join(here, 'emails.json'), JSON.stringify({ postalMime: { repo: `postalsys/postal-mime@${commitOf(PM)}`, licence: 'MIT-0', headerLines }, validator: { repo: `go-playground/validator@${commitOf(VG)}`, licence: 'MIT', file: 'validator_test.go', emails: validatorEmails } }, null, 1));
// Samsung/CredSweeper (MIT): the findings its test expects on its own samples (tests/data/output.json: rule, the
// sample's line, the value, the sample path).
const CS = 'Samsung+CredSweeper';
const findings = (JSON.parse(show(CS, 'tests/data/output.json')) as { rule: string; line_data_list: { line: string; value: string; path: string }[] }[])
  .map((f) => ({ rule: f.rule, line: f.line_data_list[0]!.line, value: f.line_data_list[0]!.value, path: f.line_data_list[0]!.path }));
writeFileSync(join(here, 'credsweeper.json'), JSON.stringify({ repo: `Samsung/CredSweeper@${commitOf(CS)}`, licence: 'MIT', file: 'tests/data/output.json', findings }, null, 1));
const counts = { candidates: candidates.length, samples: samples.length, locales: Object.keys(words).length, windows: windows.length };
console.log(JSON.stringify({ ...counts, headerLines: headerLines.length, validatorEmails: validatorEmails.length }));
