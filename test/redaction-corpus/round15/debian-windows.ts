// Negatives from real files this machine's Debian installs, a source no earlier round sampled (the project's
// node_modules and npm's bundled packages are used up): windows of lines of the Python 3.11 standard library
// (/usr/lib/python3.11, PSF-2.0, test suites left out) and of the plain-text READMEs and NEWS files under
// /usr/share/doc (each package's licence read from its copyright file; permissive licences only). The kit's risk
// filter skips a window holding anything a kind could rightly match, so every window kept is a true negative.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RISKY } from '../kit/package-windows';
import type { Random } from '../kit/random';

export interface DebianWindow {
  file: string;
  licence: string;
  from: number;
  text: string;
}

const PYTHON = '/usr/lib/python3.11';
const DOC = '/usr/share/doc';
const PERMISSIVE = /^(Expat|MIT|ISC|Apache|BSD|curl|Zlib|public-domain|PSF|X11)/i;

function pythonFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (/^(test|tests|idle_test|__pycache__|site-packages|dist-packages)$/.test(entry)) continue;
      const path = join(dir, entry);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (entry.endsWith('.py') && st.size > 1500 && st.size < 600_000) out.push(path);
    }
  };
  walk(PYTHON);
  return out;
}

/** The first `License:` of a machine-readable copyright file, or undefined when the file is free-form. */
function docLicence(pkg: string): string | undefined {
  const path = join(DOC, pkg, 'copyright');
  if (!existsSync(path)) return undefined;
  return /^License:\s*(\S+)/m.exec(readFileSync(path, 'utf8'))?.[1];
}

function docFiles(): { path: string; licence: string }[] {
  const out: { path: string; licence: string }[] = [];
  for (const pkg of readdirSync(DOC).sort()) {
    const licence = docLicence(pkg);
    // Permissive licences only, as the kit's package windows (copyleft READMEs are left for no round to quote).
    if (!licence || !PERMISSIVE.test(licence)) continue;
    let entries: string[];
    try {
      entries = readdirSync(join(DOC, pkg));
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      const path = join(DOC, pkg, entry);
      if (/^(README|NEWS)/.test(entry) && !/\.(gz|html)$/.test(entry) && statSync(path).isFile() && statSync(path).size > 800) out.push({ path, licence });
    }
  }
  return out;
}

function windows(files: { path: string; licence: string }[], r: Random, count: number, lines: number, perFile: number): DebianWindow[] {
  const out: DebianWindow[] = [];
  const used = new Map<string, number>();
  for (let tries = 0; out.length < count && tries < 20_000 && files.length; tries++) {
    const { path, licence } = r.pick(files);
    if ((used.get(path) ?? 0) >= perFile) continue;
    const all = readFileSync(path, 'utf8').split('\n');
    if (all.length < lines) continue;
    const from = r.int(0, all.length - lines + 1);
    const text = all.slice(from, from + lines).join('\n');
    if (text.length > 2500 || text.trim().length < 120 || RISKY.some((re) => re.test(text))) continue;
    used.set(path, (used.get(path) ?? 0) + 1);
    out.push({ file: path, licence, from: from + 1, text });
  }
  return out;
}

export function debianWindows(r: Random, python: number, docs: number): DebianWindow[] {
  return [
    ...windows(pythonFiles().map((path) => ({ path, licence: 'PSF-2.0' })), r, python, 12, 1),
    ...windows(docFiles(), r, docs, 12, 1),
  ];
}
