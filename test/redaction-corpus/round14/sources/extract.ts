// One-off reader of the public material round 14 takes values from, into JSON beside it, so build.ts reads typed data
// and never a snapshot (rule examples, test inputs and expected address blocks; never code):
//  - mongodb/kingfisher data/rules/*.yml (Apache-2.0) and praetorian-inc/noseyparker builtin rules (Apache-2.0), the
//    rule files no earlier round named: each single-line example with the value the rule's own pattern captures, and
//    the rules' negative examples -> rules.json
//  - OpenCageData/address-formatting testcases/countries/<cc>.yaml (MIT) of the country files no earlier round read:
//    the components and the expected block -> opencage.json
//  - manycoding/address-parser tests/addresses.py (Unlicense): the address strings its tests parse -> manycoding.json
//  - iLib-js/ilib-mono packages/ilib-address/test/testaddress_<CC>.js (Apache-2.0) of the countries no earlier round
//    read from iLib: each parse test's input with the parts the test asserts -> ilib.json
//  - facebook/duckling Duckling/{PhoneNumber,PhoneNumber/AR,PhoneNumber/PT,Email}/Corpus.hs (BSD-3-Clause): the
//    strings its corpus says are a phone number or an e-mail address, and its negative corpus -> duckling.json
// Run with the snapshots the search tool's fetch brought under /work/.mirror:
//   npx tsx test/redaction-corpus/round14/sources/extract.ts /work/.mirror
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// js-yaml (installed as a dependency of the tools) ships no types; its two functions used here are typed by hand.
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown; loadAll: (text: string) => unknown[] };
const mirror = process.argv[2]!;
const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, '../..');
const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', join(mirror, repo.replace('/', '+'), 'repo'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const head = (repo: string) => git(repo, 'rev-parse', 'HEAD').trim();
const show = (repo: string, path: string) => git(repo, 'show', `HEAD:${path}`);
const ls = (repo: string, dir: string) => git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', dir).split('\n').filter(Boolean);
const save = (name: string, data: unknown) => writeFileSync(join(here, name), JSON.stringify(data, null, 1) + '\n');

// What earlier rounds' READMEs and source tables name (rule files, country files), so only unread files are taken.
const earlierText = readdirSync(corpus)
  .filter((d) => d !== 'round14' && d !== 'kit')
  .flatMap((d) => {
    try {
      return readdirSync(join(corpus, d)).flatMap((f) => (/\.(md|ts)$/.test(f) ? [readFileSync(join(corpus, d, f), 'utf8')] : f === 'sources' ? readdirSync(join(corpus, d, f)).filter((s) => s.endsWith('.ts')).map((s) => readFileSync(join(corpus, d, f, s), 'utf8')) : []));
    } catch {
      return [];
    }
  })
  .join('\n');
const namedRuleFiles = new Set<string>();
for (const m of earlierText.matchAll(/rules\/\{([^}]*)\}/g)) for (const n of m[1]!.split(',')) namedRuleFiles.add(n.trim());
for (const m of earlierText.matchAll(/"rule":"([\w.-]+)"/g)) namedRuleFiles.add(m[1]!);
for (const m of earlierText.matchAll(/rules\/([\w.-]+)\.ya?ml/g)) namedRuleFiles.add(m[1]!);

/** A Rust regex (Nosey Parker / Kingfisher syntax) as a JavaScript RegExp: `(?x)` whitespace and comments dropped. */
function jsRegex(src: string): RegExp | undefined {
  let flags = 'g';
  let p = src;
  const extended = /\(\?[a-z]*x[a-z]*\)/.test(p);
  if (/\(\?[a-z]*i[a-z]*\)/.test(p)) flags += 'i';
  if (/\(\?[a-z]*s[a-z]*\)/.test(p)) flags += 's';
  p = p.replace(/\(\?[imsx]+\)/g, '');
  if (extended) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < p.length; i++) {
      const ch = p[i]!;
      if (ch === '\\') {
        out += ch + (p[i + 1] ?? '');
        i++;
        continue;
      }
      if (inClass) {
        if (ch === ']') inClass = false;
        out += ch;
        continue;
      }
      if (ch === '[') {
        inClass = true;
        out += ch;
        continue;
      }
      if (ch === '#') {
        while (i < p.length && p[i] !== '\n') i++;
        continue;
      }
      if (/\s/.test(ch)) continue;
      out += ch;
    }
    p = out;
  }
  p = p.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$').replace(/\\A/g, '^').replace(/\(\?-?[imsx]+:/g, '(?:');
  for (const f of [flags + 'u', flags]) {
    try {
      return new RegExp(p, f);
    } catch {
      // Try without the Unicode flag (its stricter escapes reject `\-` and the like).
    }
  }
  return undefined;
}

interface Rule {
  name: string;
  id: string;
  pattern: string;
  examples?: string[];
  negative_examples?: string[];
}
interface RuleExample {
  repo: string;
  path: string;
  rule: string;
  id: string;
  text: string;
  value: string;
}
const examples: RuleExample[] = [];
const negatives: { repo: string; path: string; rule: string; text: string }[] = [];
const commits: Record<string, string> = {};
const skippedRules: string[] = [];
for (const [repo, dir] of [['mongodb/kingfisher', 'data/rules'], ['praetorian-inc/noseyparker', 'crates/noseyparker/data/default/builtin/rules']] as const) {
  commits[repo] = head(repo);
  for (const path of ls(repo, dir).filter((f) => /\.ya?ml$/.test(f))) {
    const base = path.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (namedRuleFiles.has(base)) continue;
    let doc: { rules?: Rule[] };
    try {
      doc = yaml.load(show(repo, path)) as { rules?: Rule[] };
    } catch {
      continue;
    }
    for (const rule of doc.rules ?? []) {
      const re = jsRegex(rule.pattern);
      if (!re) {
        skippedRules.push(`${repo} ${rule.id}`);
        continue;
      }
      for (const ex of rule.examples ?? []) {
        const text = ex.replace(/\n$/, '');
        const matches = [...text.matchAll(re)];
        // One match, one capture: the value is what the rule itself captures.
        if (matches.length !== 1) continue;
        const value = matches[0]!.slice(1).find((g) => g !== undefined && g !== '');
        if (!value) continue;
        examples.push({ repo, path, rule: rule.name, id: rule.id, text, value });
      }
      for (const ex of rule.negative_examples ?? []) negatives.push({ repo, path, rule: rule.name, text: ex.replace(/\n$/, '') });
    }
  }
}
save('rules.json', { commits, licence: 'Apache-2.0', examples, negatives, skippedRules });

// Country files an earlier round read: named one by one or in a brace list, in any earlier file (notes included).
const readCountries = new Set<string>();
const walkText = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'round14' || e.name === 'kit' ? [] : walkText(join(dir, e.name))) : /\.(md|ts|jsonl)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
for (const t of walkText(corpus)) {
  for (const m of t.matchAll(/countries\/([a-z_]+)\.yaml/g)) readCountries.add(m[1]!);
  for (const m of t.matchAll(/countries\/\{([a-z_,]+)\}/g)) for (const cc of m[1]!.split(',')) readCountries.add(cc);
}
{
  const repo = 'OpenCageData/address-formatting';
  const cases: { path: string; description: string; components: Record<string, string>; expected: string }[] = [];
  for (const path of ls(repo, 'testcases/countries')) {
    const cc = path.split('/').pop()!.replace('.yaml', '');
    if (readCountries.has(cc)) continue;
    for (const d of yaml.loadAll(show(repo, path)) as { description?: string; components?: Record<string, unknown>; expected?: string }[]) {
      if (!d?.expected || !d.components) continue;
      cases.push({ path, description: d.description ?? '', components: Object.fromEntries(Object.entries(d.components).map(([k, v]) => [k, String(v)])), expected: d.expected.trimEnd() });
    }
  }
  save('opencage.json', { repo, commit: head(repo), licence: 'MIT', cases });
}
{
  const repo = 'manycoding/address-parser';
  const path = 'tests/addresses.py';
  const strings = [...show(repo, path).matchAll(/^\s+"([^"]+)",$/gm)].map((m) => m[1]!);
  save('manycoding.json', { repo, path, commit: head(repo), licence: 'Unlicense', strings });
}
{
  const repo = 'facebook/duckling';
  // Haskell string literals: decimal escapes (`\\1638` is U+0666) and `\\"`; `\\&` separates an escape from a digit.
  const decode = (lit: string) => lit.replace(/\\&/g, '').replace(/\\(\d+)/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/\\(.)/g, '$1');
  const strings = (src: string) => [...src.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => decode(m[1]!));
  const files: { path: string; kind: 'phone' | 'email'; positives: string[]; negatives: string[] }[] = [];
  for (const [path, kind] of [['Duckling/PhoneNumber/Corpus.hs', 'phone'], ['Duckling/PhoneNumber/AR/Corpus.hs', 'phone'], ['Duckling/PhoneNumber/PT/Corpus.hs', 'phone'], ['Duckling/Email/Corpus.hs', 'email']] as const) {
    const src = show(repo, path);
    const at = src.indexOf('allExamples ::');
    // In the examples, the first literal of `examples (Value "…")` is the resolved value, not an input: left out.
    const positives = strings(src.slice(at).replace(/\((?:PhoneNumberValue|EmailData) "(?:[^"\\]|\\.)*"\)/g, ''));
    const negatives = strings(src.slice(src.indexOf('negativeCorpus ='), at));
    files.push({ path, kind, positives: [...new Set(positives)], negatives: [...new Set(negatives)] });
  }
  save('duckling.json', { repo, commit: head(repo), licence: 'BSD-3-Clause', files });
}
{
  const repo = 'iLib-js/ilib-mono';
  // Countries an earlier round read from iLib (legacy `testaddress_` or `address_` tests), in a brace list or by name.
  const readIlib = new Set<string>();
  for (const t of walkText(corpus)) {
    for (const m of t.matchAll(/(?:test)?address_\{([A-Z_,]+)\}/g)) for (const cc of m[1]!.split(',')) readIlib.add(cc);
    for (const m of t.matchAll(/(?:test)?address_([A-Z]{2})\b/g)) readIlib.add(m[1]!);
  }
  const unjs = (lit: string) => JSON.parse(`"${lit.replace(/\\'/g, "'")}"`) as string;
  const cases: { path: string; test: string; locale: string; input: string; parts: Record<string, string> }[] = [];
  for (const path of ls(repo, 'packages/ilib-address/test').filter((f) => /testaddress_[A-Z]{2}\.js$/.test(f))) {
    if (readIlib.has(path.match(/_([A-Z]{2})\.js$/)![1]!)) continue;
    const src = show(repo, path);
    for (const m of src.matchAll(/(testParse\w+): function[\s\S]*?new Address\("((?:[^"\\]|\\.)*)", \{locale: '([\w-]+)'\}\);([\s\S]*?)test\.done\(\)/g)) {
      const parts: Record<string, string> = {};
      for (const a of m[4]!.matchAll(/test\.equal\(parsedAddress\.(\w+), "((?:[^"\\]|\\.)*)"\)/g)) parts[a[1]!] = unjs(a[2]!);
      cases.push({ path, test: m[1]!, locale: m[3]!, input: unjs(m[2]!), parts });
    }
  }
  save('ilib.json', { repo, commit: head(repo), licence: 'Apache-2.0', cases });
}
