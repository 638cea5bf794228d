// One-off reader of trufflehog's detector pattern tests (trufflesecurity/trufflehog pkg/detectors/*/*_test.go,
// AGPL-3.0: only the test strings are taken, never code) into trufflehog.json, for the detectors round 11 did not
// take (its reader matched literal inputs only; 92 detectors). This one also resolves the tests that build their input
// with `fmt.Sprintf("…%s…", keyword, validPattern)` from the file's string constants, which is how most detector tests
// are written. Per detector the first "valid" case whose input holds every wanted value as written; URLs, e-mail- and
// JWT-shaped values and obvious placeholders are left out here, the stand-in filter of round 14 runs in the build.
// Run with the snapshot fetched by the search tool:
//   npx tsx test/redaction-corpus/round15/sources/extract.ts /work/.mirror/trufflesecurity+trufflehog/repo
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = process.argv[2]!;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = git('rev-parse', 'HEAD').trim();
const round11 = JSON.parse(readFileSync(fileURLToPath(new URL('../../round11/sources/trufflehog.json', import.meta.url)), 'utf8')) as { cases: { detector: string }[] };
const taken = new Set(round11.cases.map((k) => k.detector));
const files = git('ls-tree', '-r', '--name-only', 'HEAD', 'pkg/detectors').split('\n').filter((f) => /_test\.go$/.test(f) && !/integration/.test(f));

const STR = String.raw`(?:\x60[^\x60]*\x60|"(?:[^"\\\n]|\\.)*")`;
const literal = (raw: string): string => (raw.startsWith('`') ? raw.slice(1, -1) : (JSON.parse(raw) as string));
const dedent = (s: string) => {
  const lines = s.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[\t ]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};
const PLACEHOLDER = /x{6}|X{6}|abcdef|123456|0{6}|a{6}|\*{4}|\.\.\.|example|EXAMPLE|fake|FAKE|dummy|test/;
const RISKY = /[\w.+-]+@[\w-]+\.\w|\b\d{1,3}(?:\.\d{1,3}){3}\b|-----BEGIN|eyJ[\w-]{8,}\.|:\/\/[^/\s:@]+:[^@\s]+@|:\/\//;

/** A Go expression of the test table: a string literal, a constant of the file, or fmt.Sprintf over those with %s only. */
function evaluate(expr: string, consts: Map<string, string>): string | undefined {
  expr = expr.trim();
  if (new RegExp(`^${STR}$`).test(expr)) return literal(expr);
  if (/^\w+$/.test(expr)) return consts.get(expr);
  const m = new RegExp(`^fmt\\.Sprintf\\((${STR})\\s*,([\\s\\S]*)\\)$`).exec(expr);
  if (!m) return undefined;
  const fmt = literal(m[1]!);
  const args = m[2]!.split(',').map((a) => evaluate(a, consts));
  if (args.some((a) => a === undefined) || /%[^s%]/.test(fmt)) return undefined;
  let n = 0;
  const out = fmt.replace(/%[s%]/g, (p) => (p === '%%' ? '%' : (args[n++] ?? '\u0000')));
  return n === args.length && !out.includes('\u0000') ? out : undefined;
}

const out: { detector: string; path: string; name: string; text: string; values: string[] }[] = [];
const CASE = new RegExp(String.raw`name:\s*"([^"]*)",\s*input:\s*((?:fmt\.Sprintf\((?:[^()]|\([^()]*\))*\))|${STR}|\w+),\s*want:\s*\[\]string\{([^}]*)\}`, 'g');
for (const path of files) {
  const detector = path.split('/')[2]!;
  if (taken.has(detector) || out.some((k) => k.detector === detector)) continue;
  const src = git('show', `HEAD:${path}`);
  const consts = new Map<string, string>();
  for (const m of src.matchAll(new RegExp(String.raw`^\s*(\w+)\s*(?:string\s*)?:?=\s*(${STR})\s*$`, 'gm'))) if (!consts.has(m[1]!)) consts.set(m[1]!, literal(m[2]!));
  for (const m of src.matchAll(CASE)) {
    const [, name, rawInput, wantRaw] = m as unknown as [string, string, string, string];
    if (!/valid/i.test(name) || /invalid|not|out of|only|without|missing/i.test(name)) continue;
    const input = evaluate(rawInput, consts);
    if (input === undefined) continue;
    const text = dedent(input);
    const values = wantRaw.split(',').map((w) => w.trim()).filter(Boolean).map((w) => evaluate(w, consts));
    if (!values.length || values.some((v) => v === undefined)) continue;
    const vs = values as string[];
    if (vs.some((v) => v.length < 12 || !text.includes(v) || /:\/\/|@|\s/.test(v) || PLACEHOLDER.test(v))) continue;
    if (RISKY.test(text) || text.length > 900 || text.includes('%')) continue;
    out.push({ detector, path, name, text, values: vs });
    break;
  }
}
const file = fileURLToPath(new URL('./trufflehog.json', import.meta.url));
writeFileSync(file, JSON.stringify({ repo: 'trufflesecurity/trufflehog', commit, licence: 'AGPL-3.0 (test strings only)', skipped: 'the 92 detectors round 11 took', cases: out }, null, 1) + '\n');
console.log(`${out.length} detectors of ${files.length} test files, commit ${commit}`);
