// One-off reader of the public material round 12 takes values from, into JSON beside it, so build.ts reads typed
// data and never a snapshot (only values and the config lines around them are taken, never code):
//  - Shopify/worldwide data/regions/<CC>.yml (MIT): each region's example_address (public buildings) with its phone,
//    its "show" format and zone names -> worldwide.json
//  - bitcoin/bips bip-0032/0049/0084/0086.mediawiki (BSD-2-Clause, PD, CC0-1.0): extended private keys of the test
//    vectors -> bips.json
//  - bridgecrewio/checkov tests/** IaC and config files (Apache-2.0): password assignments with the lines around them
//    -> checkov.json
//  - arturmkrtchyan/iban4j src/test (Apache-2.0) and gocardless/ibandit spec (MIT): IBAN strings -> ibans.json
//  - GitGuardian/ggshield tests/unit/conftest.py (MIT): the patch texts its scanner tests leak secrets in -> ggshield.json
//  - bitcoin/bips: also the vectors' extended public keys (look-alikes) -> bips.json
// Run with the snapshots the search tool's fetch brought under /work/.mirror:
//   npx tsx test/redaction-corpus/round12/sources/extract.ts /work/.mirror
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// js-yaml (installed as a dependency of the tools) ships no types; its one function used here is typed by hand.
const { load: parse } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const mirror = process.argv[2]!;
const here = fileURLToPath(new URL('.', import.meta.url));
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', join(mirror, repo.replace('/', '+'), 'repo'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const head = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();
const show = (repo: string, path: string) => git(repo, 'show', `HEAD:${path}`);
const save = (name: string, data: unknown) => writeFileSync(join(here, name), JSON.stringify(data, null, 1) + '\n');

{
  const repo = 'Shopify/worldwide';
  const files = git(repo, 'ls-tree', '--name-only', 'HEAD', 'data/regions/').split('\n').filter((f) => /\/[A-Z]{2}\.yml$/.test(f));
  const regions = [];
  for (const path of files) {
    const y = parse(show(repo, path)) as {
      example_address?: Record<string, string>;
      format?: { show?: string };
      zones?: { code?: string; name?: string; name_alternates?: string[] }[];
    };
    if (!y.example_address?.address1) continue;
    const code = y.example_address.province_code;
    const zone = code ? y.zones?.find((z) => z.code === code) : undefined;
    const zoneNames = zone ? { name: zone.name, alternates: zone.name_alternates ?? [] } : null;
    regions.push({ cc: path.slice(-6, -4), path, example: y.example_address, show: y.format?.show ?? null, zone: zoneNames });
  }
  save('worldwide.json', { repo, commit: head(repo), licence: 'MIT', regions });
}
{
  const repo = 'bitcoin/bips';
  const licences: Record<string, string> = { '0032': 'BSD-2-Clause', '0049': 'PD', '0084': 'CC0-1.0', '0086': 'BSD-2-Clause' };
  const keys = Object.entries(licences).flatMap(([n, licence]) => {
    const path = `bip-${n}.mediawiki`;
    return [...new Set(show(repo, path).match(/\b[xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,}/g) ?? [])].map((key) => ({ path, licence, key }));
  });
  const pubs = Object.entries(licences).flatMap(([n, licence]) => {
    const path = `bip-${n}.mediawiki`;
    return [...new Set(show(repo, path).match(/\b[xyztuv]pub[1-9A-HJ-NP-Za-km-z]{100,}/g) ?? [])].map((key) => ({ path, licence, key }));
  });
  save('bips.json', { repo, commit: head(repo), keys, pubs });
}
{
  const repo = 'bridgecrewio/checkov';
  const files = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'tests').split('\n').filter((f) => /\.(tf|json|ya?ml|template|bicep|env|properties|ini|conf|hcl)$|Dockerfile/.test(f));
  const ASSIGN = /(?:password|passwd|pwd)["']?\s*[:=]\s*(["'])([^"'\n]{4,80})\1/i;
  const cases: { path: string; line: number; value: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const path of files) {
    let lines: string[];
    try {
      lines = show(repo, path).split('\n');
    } catch {
      continue;
    }
    lines.forEach((line, i) => {
      const m = ASSIGN.exec(line);
      if (!m || seen.has(m[2]!)) return;
      seen.add(m[2]!);
      // The line with two before and after it, checkov's skip comments left out (they name the test, not the config).
      const window = lines.slice(Math.max(0, i - 2), i + 3).map((l) => l.replace(/\s*(?:#|\/\/)\s*checkov:skip=.*$/, '')).join('\n');
      cases.push({ path, line: i + 1, value: m[2]!, text: window });
    });
  }
  save('checkov.json', { repo, commit: head(repo), licence: 'Apache-2.0', cases });
}
{
  const out = [];
  for (const [repo, dir, licence] of [['arturmkrtchyan/iban4j', 'src/test', 'Apache-2.0'], ['gocardless/ibandit', 'spec', 'MIT']] as const) {
    const hits = git(repo, 'grep', '-o', '-E', '"[A-Z]{2}[0-9]{2}[A-Z0-9 ]{10,40}"', 'HEAD', '--', dir).split('\n').filter(Boolean);
    const seenHere = new Set<string>();
    for (const h of hits) {
      const [, path, quoted] = /^HEAD:([^:]+):(.*)$/.exec(h)!;
      const iban = quoted!.slice(1, -1);
      if (seenHere.has(iban)) continue;
      seenHere.add(iban);
      out.push({ repo, path: path!, licence, iban });
    }
  }
  save('ibans.json', { commits: { 'arturmkrtchyan/iban4j': head('arturmkrtchyan/iban4j'), 'gocardless/ibandit': head('gocardless/ibandit') }, ibans: out });
}
{
  const repo = 'GitGuardian/ggshield';
  const path = 'tests/unit/conftest.py';
  const src = show(repo, path);
  const Q = '"'.repeat(3);
  const triple = (name: string) => new RegExp(`^${name} = f?${Q}([\\s\\S]*?)${Q}`, 'm').exec(src)![1]!;
  const literal = (name: string) => new RegExp(`^${name} = "([^"]+)"`, 'm').exec(src)![1]!;
  const joined = (name: string) => [...new RegExp(`^${name} = \\(([\\s\\S]*?)\\n\\)`, 'm').exec(src)![1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
  const patches = {
    _MULTIPLE_SECRETS_PATCH_CONTENT: triple('_MULTIPLE_SECRETS_PATCH_CONTENT'),
    _MULTI_SECRET_TWO_LINES_PATCH: triple('_MULTI_SECRET_TWO_LINES_PATCH'),
    _ONE_LINE_AND_MULTILINE_PATCH_CONTENT: triple('_ONE_LINE_AND_MULTILINE_PATCH_CONTENT'),
    _SIMPLE_SECRET_PATCH: triple('_SIMPLE_SECRET_PATCH').replace('{_SIMPLE_SECRET_TOKEN}', literal('_SIMPLE_SECRET_TOKEN')),
    UNCHECKED_SECRET_PATCH: triple('UNCHECKED_SECRET_PATCH').replace('{GG_TEST_TOKEN}', joined('GG_TEST_TOKEN')).replace(/\\0/g, ' '),
  };
  save('ggshield.json', { repo, path, commit: head(repo), licence: 'MIT', patches });
}
console.log('written');
