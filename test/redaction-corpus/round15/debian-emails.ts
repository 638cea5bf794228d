// E-mail addresses from the copyright files Debian installs under /usr/share/doc (machine-readable DEP-5 files): the
// `Copyright:` lines and their continuation lines that name a holder with an address, as the file writes them — real
// text no earlier round read (rounds 5-14 read the e-mail addresses of installed npm packages' metadata and files).
// One line per package, every address of the line labelled; documentation domains and no-reply addresses skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from '../kit/random';

const DOC = '/usr/share/doc';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/g;

export interface CopyrightLine {
  pkg: string;
  licence: string;
  line: string;
  emails: string[];
}

export function copyrightLines(r: Random, count: number): CopyrightLine[] {
  const out: CopyrightLine[] = [];
  for (const pkg of r.shuffle(readdirSync(DOC).sort())) {
    if (out.length >= count) break;
    const path = join(DOC, pkg, 'copyright');
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (!/^Format:/m.test(text)) continue;
    const licence = /^License:\s*(\S+)/m.exec(text)?.[1] ?? '?';
    const lines = text.split('\n').filter((l) => /^(Copyright:|\s+(?:\(c\)|©|\d{4}))/i.test(l) && l.includes('@'));
    const candidates = lines.map((l) => l.trim()).filter((l) => {
      const emails = l.match(EMAIL) ?? [];
      return l.length < 160 && emails.length && !emails.some((e) => /@(example|localhost|users\.noreply|noreply)\b|^no-?reply@/i.test(e));
    });
    if (!candidates.length) continue;
    const line = r.pick(candidates);
    out.push({ pkg, licence, line, emails: [...new Set(line.match(EMAIL))] });
  }
  return out;
}
