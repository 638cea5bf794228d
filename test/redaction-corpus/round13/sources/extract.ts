// One-off reader of the public material round 13 takes values from, into JSON beside it, so build.ts reads typed data
// and never a snapshot (values, the test inputs that hold them and the config lines around them; never code):
//  - pelias/parser test/*.test.js (MIT; not libpostal's or addressit's copies): the address strings its tests assert,
//    with the parts the test names
//    (street, house number, postcode, locality, region, venue, country) -> pelias.json
//  - datamade/usaddress training/labeled.xml (MIT): tagged US address strings -> usaddress.json
//  - Skyscanner/whispers tests/fixtures (Apache-2.0): its config fixtures (ini, env, yaml, json, xml, properties,
//    .pypirc, pip.conf, .npmrc, Dockerfile, JDBC realms, connection strings) as text -> whispers.json
//  - PyCQA/bandit examples/hardcoded-passwords.py and pyghmi.py (Apache-2.0): the lines giving a password a literal
//    -> bandit.json
//  - jschaedl/iban-validation tests (MIT) and arhs/iban.js test (MIT): IBAN strings -> ibans.json
//  - braintree/credit-card-type src/__tests__ (MIT): the card numbers its tests type -> cards.json
//  - the contact lines of whispers's, bandit's and credit-card-type's CODE_OF_CONDUCT, SECURITY and setup files (their
//    repositories' licences): lines with an e-mail address -> contacts.json
// Run with the snapshots the search tool's fetch brought under /work/.mirror:
//   npx tsx test/redaction-corpus/round13/sources/extract.ts /work/.mirror
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mirror = process.argv[2]!;
const here = fileURLToPath(new URL('.', import.meta.url));
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', join(mirror, repo.replace('/', '+'), 'repo'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const head = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();
const show = (repo: string, path: string) => git(repo, 'show', `HEAD:${path}`);
const ls = (repo: string, dir: string) => git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', dir).split('\n').filter(Boolean);
const save = (name: string, data: unknown) => writeFileSync(join(here, name), JSON.stringify(data, null, 1) + '\n');
const unquote = (s: string) => s.replace(/\\'/g, "'").replace(/\\\\/g, '\\');

{
  const repo = 'pelias/parser';
  // libpostal's cases are libpostal's (an earlier round's source); addressit's, copied from the addressit package,
  // are left out too, as this project depends on addressit (a library's own tests would flatter it). Round 7 read
  // pelias's tests of 13 countries: the earlier-round check drops what it holds.
  const files = ls(repo, 'test').filter((f) => /\.test\.js$/.test(f) && !/libpostal|addressit/.test(f));
  const cases: { path: string; input: string; parts: [string, string][] }[] = [];
  for (const path of files) {
    const src = show(repo, path);
    // assert('<input>', [ { label: 'value' }, ... ]) with one solution (alternatives are nested arrays: skipped).
    for (const m of src.matchAll(/assert\('((?:[^'\\]|\\.)*)',\s*\[((?:\s*\{\s*\w+:\s*'(?:[^'\\]|\\.)*'\s*\},?)+)\s*\]/g)) {
      const parts = [...m[2]!.matchAll(/\{\s*(\w+):\s*'((?:[^'\\]|\\.)*)'\s*\}/g)].map((p) => [p[1]!, unquote(p[2]!)] as [string, string]);
      cases.push({ path, input: unquote(m[1]!), parts });
    }
  }
  save('pelias.json', { repo, commit: head(repo), licence: 'MIT', cases });
}
{
  const repo = 'datamade/usaddress';
  const path = 'training/labeled.xml';
  const cases = [...show(repo, path).matchAll(/<AddressString>(.*?)<\/AddressString>/g)].map((m) => ({
    text: m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"'),
    tags: [...m[1]!.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map((t) => t[1]!),
  }));
  save('usaddress.json', { repo, path, commit: head(repo), licence: 'MIT', cases });
}
{
  const repo = 'Skyscanner/whispers';
  const wanted = ['.pypirc', 'pip.conf', 'settings.env', 'settings.ini', 'settings.cfg', 'java.properties', 'passwords.yml', 'passwords.json', 'passwords.xml', 'hardcoded.yml', 'hardcoded.json', 'hardcoded.xml', 'jdbc.xml', 'connection.config', 'integration.conf', 'integration.yml', 'integration.json', 'uri.yml', 'plaintext.txt', 'falsepositive.yml', 'placeholders.yml', 'placeholders.json', '.aws/credentials', 'aws.yml', 'Dockerfile', '.npmrc', 'apikeys.yml', 'apikeys.json', 'gitkeys.yml', 'beans.xml', 'cloudformation.yml', 'custom.yml', 'webhooks.yml'];
  const files: Record<string, string> = {};
  for (const f of wanted) files[`tests/fixtures/${f}`] = show(repo, `tests/fixtures/${f}`);
  save('whispers.json', { repo, commit: head(repo), licence: 'Apache-2.0', files });
}
{
  const repo = 'PyCQA/bandit';
  const lines: { path: string; line: number; text: string; value: string }[] = [];
  for (const path of ['examples/hardcoded-passwords.py', 'examples/pyghmi.py']) {
    show(repo, path).split('\n').forEach((text, i) => {
      if (text.trim().startsWith('#')) return;
      const m = /(?:pass\w*|pwd|secret\w*)["']?\s*(?:=|==|:)\s*(["'])([^"']+)\1/i.exec(text) ?? /(["'])([^"']+)\1\s*==\s*\w*pass/i.exec(text);
      if (m) lines.push({ path, line: i + 1, text: text.trim(), value: m[2]! });
    });
  }
  save('bandit.json', { repo, commit: head(repo), licence: 'Apache-2.0', lines });
}
{
  const out = [];
  for (const [repo, dir] of [['jschaedl/iban-validation', 'tests'], ['arhs/iban.js', 'test']] as const) {
    const hits = git(repo, 'grep', '-o', '-E', `['"][A-Z]{2}[0-9]{2}[A-Z0-9 ]{10,40}['"]`, 'HEAD', '--', dir).split('\n').filter(Boolean);
    const seenHere = new Set<string>();
    for (const h of hits) {
      const [, path, quoted] = /^HEAD:([^:]+):(.*)$/.exec(h)!;
      const iban = quoted!.slice(1, -1);
      if (seenHere.has(iban)) continue;
      seenHere.add(iban);
      out.push({ repo, path: path!, licence: 'MIT', iban });
    }
  }
  save('ibans.json', { commits: { 'jschaedl/iban-validation': head('jschaedl/iban-validation'), 'arhs/iban.js': head('arhs/iban.js') }, ibans: out });
}
{
  const repo = 'braintree/credit-card-type';
  const hits = git(repo, 'grep', '-o', '-E', `['"][0-9]{12,19}['"]`, 'HEAD', '--', 'src/__tests__').split('\n').filter(Boolean);
  const numbers = [...new Map(hits.map((h) => {
    const [, path, quoted] = /^HEAD:([^:]+):(.*)$/.exec(h)!;
    return [quoted!.slice(1, -1), { path: path!, number: quoted!.slice(1, -1) }] as const;
  })).values()];
  save('cards.json', { repo, commit: head(repo), licence: 'MIT', numbers });
}
{
  const lines: { repo: string; path: string; licence: string; line: number; text: string }[] = [];
  const files: [string, string, string][] = [
    ['Skyscanner/whispers', 'CODE_OF_CONDUCT.md', 'Apache-2.0'], ['Skyscanner/whispers', 'setup.py', 'Apache-2.0'],
    ['PyCQA/bandit', 'CODE_OF_CONDUCT.md', 'Apache-2.0'], ['PyCQA/bandit', 'setup.cfg', 'Apache-2.0'],
    ['braintree/credit-card-type', 'SECURITY.md', 'MIT'],
  ];
  for (const [repo, path, licence] of files) {
    show(repo, path).split('\n').forEach((text, i) => {
      if (/[\w.+-]+@[\w-]+\.[\w.-]+/.test(text)) lines.push({ repo, path, licence, line: i + 1, text: text.trim() });
    });
  }
  save('contacts.json', { commits: Object.fromEntries(files.map(([repo]) => [repo, head(repo)])), lines });
}
console.log('written');
