// Round 17's one-off reader of public material (run once; its JSON is frozen): e-mail lines of the man pages Debian
// installs (/usr/share/man, groff sources; no earlier round read them) and the `must-match`/`must-not-match` code
// snippets of microsoft/DevSkim's rules (MIT), read from the fetched snapshot.
// Run: npx tsx test/redaction-corpus/round17/sources/extract.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const here = new URL('.', import.meta.url).pathname;
const EMAIL = /[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A groff line as a reader sees it: font escapes and macros removed, `\-` and `\(at` decoded. */
function plain(line: string): string {
  return line
    .replace(/^\.(?:B|I|BR|IR|RB|BI|IB|RI|TP|PP|IP|br|sp|MT|UR)\s*/, '')
    .replace(/\\f[BIRP]|\\f\(..|\\f\[[A-Z]*\]/g, '')
    .replace(/\\-/g, '-').replace(/\\\(at|\\\[at\]/g, '@').replace(/\\\(em|\\\[em\]/g, '—').replace(/\\&/g, '').replace(/\\e/g, '\\')
    .replace(/\\\(dq/g, '"').replace(/\\\(aq/g, "'").replace(/\\ /g, ' ')
    .trim();
}

function manEmails() {
  const lists = readdirSync('/var/lib/dpkg/info').filter((f) => f.endsWith('.list'));
  const owner = new Map<string, string>();
  for (const l of lists) for (const f of readFileSync(join('/var/lib/dpkg/info', l), 'utf8').split('\n')) if (f.startsWith('/usr/share/man/')) owner.set(f, l.replace(/(:amd64)?\.list$/, ''));
  const out: { file: string; pkg: string; licence: string; line: string; emails: string[] }[] = [];
  for (const sec of ['man1', 'man5', 'man8', 'man3', 'man7']) {
    const dir = `/usr/share/man/${sec}`;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.gz')) continue;
      const file = join(dir, name);
      const pkg = owner.get(file);
      if (!pkg) continue;
      let text: string;
      try { text = gunzipSync(readFileSync(file)).toString('utf8'); } catch { continue; }
      if (text.startsWith('.so ')) continue;
      for (const raw of text.split('\n')) {
        if (!/@|\\\(at/.test(raw) || raw.startsWith('.\\"') || raw.startsWith("'\\\"")) continue;
        const line = plain(raw);
        const emails = [...new Set(line.match(EMAIL) ?? [])];
        if (!emails.length || line.length > 200 || line.length < 12) continue;
        if (emails.some((e) => /example|localhost|domain\.|host\.|foo|bar@|user@|you@|nobody|noreply|no-reply|\.invalid$|\.local$/i.test(e))) continue;
        if (/[\\{}$%]|https?:|^\./.test(line)) continue;
        const copyright = `/usr/share/doc/${pkg}/copyright`;
        const licence = existsSync(copyright) ? (/^License:\s*(\S.*)$/m.exec(readFileSync(copyright, 'utf8'))?.[1] ?? 'see copyright file') : 'see copyright file';
        out.push({ file, pkg, licence, line, emails });
      }
    }
  }
  return out;
}

function devskim() {
  const git = '/work/.mirror/microsoft+DevSkim/repo';
  const commit = execFileSync('git', ['-C', git, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const files = execFileSync('git', ['-C', git, 'ls-tree', '-r', '--name-only', commit, 'rules/default'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.json'));
  const snippets: { file: string; rule: string; which: string; text: string }[] = [];
  for (const f of files) {
    const rules = JSON.parse(execFileSync('git', ['-C', git, 'show', `${commit}:${f}`], { encoding: 'utf8' })) as { id: string; 'must-match'?: string[]; 'must-not-match'?: string[] }[];
    for (const rule of rules) for (const which of ['must-match', 'must-not-match'] as const) for (const text of rule[which] ?? []) snippets.push({ file: f, rule: rule.id, which, text });
  }
  return { repo: 'microsoft/DevSkim', commit, licence: 'MIT', snippets };
}

writeFileSync(join(here, 'man-emails.json'), JSON.stringify({ source: '/usr/share/man (Debian packages on this machine)', lines: manEmails() }, null, 1) + '\n');
writeFileSync(join(here, 'devskim.json'), JSON.stringify(devskim(), null, 1) + '\n');
