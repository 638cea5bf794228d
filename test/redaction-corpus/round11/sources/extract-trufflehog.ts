// One-off reader of trufflehog's detector pattern tests (trufflesecurity/trufflehog pkg/detectors/*/*_test.go, AGPL-3.0:
// only the test strings are taken, never code) into trufflehog.json, so build.ts reads typed data and never the
// snapshot. Takes, per detector, the first "valid" case whose input holds every wanted value as written (a detector
// that wants a key and an id joined is skipped: the joined string is in no text), and leaves out URLs, e-mail-shaped
// and placeholder-like values. Run with the snapshot fetched by the search tool:
//   npx tsx test/redaction-corpus/round11/sources/extract-trufflehog.ts /work/.mirror/trufflesecurity+trufflehog/repo
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = process.argv[2]!;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = git('rev-parse', 'HEAD').trim();
const files = git('ls-tree', '-r', '--name-only', 'HEAD', 'pkg/detectors').split('\n').filter((f) => /_test\.go$/.test(f) && !/integration/.test(f));

const CASE = /name:\s*"([^"]*)",\s*input:\s*(`[^`]*`|"(?:[^"\\\n]|\\.)*"),\s*want:\s*\[\]string\{([^}]*)\}/g;
const dedent = (s: string) => {
  const lines = s.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[\t ]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};
const PLACEHOLDER = /x{6}|X{6}|abcdef|123456|0{6}|a{6}|\*{4}|\.\.\.|example|EXAMPLE|fake|FAKE|dummy|test/;
const RISKY = /[\w.+-]+@[\w-]+\.\w|\b\d{1,3}(?:\.\d{1,3}){3}\b|-----BEGIN|eyJ[\w-]{8,}\.|:\/\/[^/\s:@]+:[^@\s]+@/;

const out: { detector: string; path: string; name: string; text: string; values: string[] }[] = [];
for (const path of files) {
  const src = git('show', `HEAD:${path}`);
  for (const m of src.matchAll(CASE)) {
    const [, name, raw, wantRaw] = m as unknown as [string, string, string, string];
    if (!/valid/i.test(name) || /invalid|not|out of|only|without|missing/i.test(name)) continue;
    if (raw.includes('%')) continue;
    const text = raw.startsWith('`') ? dedent(raw.slice(1, -1)) : (JSON.parse(raw) as string);
    const values = [...wantRaw.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((w) => JSON.parse(`"${w[1]}"`) as string);
    if (!values.length || values.some((v) => v.length < 12 || !text.includes(v) || /:\/\/|@|\s/.test(v) || PLACEHOLDER.test(v))) continue;
    if (RISKY.test(text) || text.length > 900) continue;
    out.push({ detector: path.split('/')[2]!, path, name, text, values });
    break;
  }
}
const file = fileURLToPath(new URL('./trufflehog.json', import.meta.url));
writeFileSync(file, JSON.stringify({ repo: 'trufflesecurity/trufflehog', commit, licence: 'AGPL-3.0 (test strings only)', cases: out }, null, 1) + '\n');
console.log(`${out.length} detectors of ${files.length} test files, commit ${commit}`);
