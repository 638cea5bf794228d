// One-off reader of three data files into JSON beside it, so build.ts reads typed data and never a snapshot:
//  - globalcitizen/php-iban utils/example-ibans/<cc>-ibans (LGPL-3.0 data; real IBANs people wrote, one per line, in
//    their own layouts: spaces, dots, double spaces) -> php-iban.json
//  - trezor/python-mnemonic vectors.json (MIT; the BIP-39 test vectors of 12 wordlists) -> bip39.json
//  - DQinYuan/chinese_province_city_area_mapper tests/addr.csv (MIT; company addresses in China as posted) -> cpca.json
// Run with the snapshots fetched by the search tool under /work/.mirror:
//   npx tsx test/redaction-corpus/round11/sources/extract-data.ts /work/.mirror
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mirror = process.argv[2]!;
const here = fileURLToPath(new URL('.', import.meta.url));
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', join(mirror, repo.replace('/', '+'), 'repo'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const head = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();
const save = (name: string, data: unknown) => writeFileSync(join(here, name), JSON.stringify(data, null, 1) + '\n');

{
  const repo = 'globalcitizen/php-iban';
  const files = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'utils/example-ibans').split('\n').filter(Boolean);
  const ibans = files.map((path) => ({ path, lines: git(repo, 'show', `HEAD:${path}`).split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim()) }));
  save('php-iban.json', { repo, commit: head(repo), licence: 'LGPL-3.0 (data only)', files: ibans });
}
{
  const repo = 'trezor/python-mnemonic';
  const vectors = JSON.parse(git(repo, 'show', 'HEAD:vectors.json')) as Record<string, [string, string, string, string][]>;
  const out = Object.fromEntries(
    Object.entries(vectors).map(([lang, list]) => [lang, list.map(([entropy, mnemonic, , xprv]) => ({ entropy, mnemonic, xprv }))]),
  );
  save('bip39.json', { repo, path: 'vectors.json', commit: head(repo), licence: 'MIT', vectors: out });
}
{
  const repo = 'DQinYuan/chinese_province_city_area_mapper';
  const rows = git(repo, 'show', 'HEAD:tests/addr.csv').split('\n').slice(1).map((l) => l.replace(/,[^,]*$/, '').trim());
  // Only addresses that name a street number (号) after a district, city or province, short enough to be one line.
  const kept = rows.filter((a) => /[区县市省].*\d+号/.test(a) && a.length <= 40 && !/[,"]/.test(a)).slice(0, 400);
  save('cpca.json', { repo, path: 'tests/addr.csv', commit: head(repo), licence: 'MIT', addresses: kept });
}
console.log('written');
