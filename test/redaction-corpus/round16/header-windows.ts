// Negatives from real files no earlier round sampled: windows of 12 lines of the C and C++ headers Debian installs
// under /usr/include, from the packages whose copyright names a permissive licence (the packages' file lists in
// /var/lib/dpkg/info say which header is whose). The kit's risk filter skips a window holding anything a kind could
// rightly match, so every window kept is a true negative. Headers are what a chat answer about native code quotes:
// macros, hex constants, version numbers, struct layouts, long identifiers.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { RISKY } from '../kit/package-windows';
import type { Random } from '../kit/random';

/** Packages with headers and the licence their Debian copyright file (or, for nodejs, its LICENSE) names first. */
export const HEADER_PACKAGES: Record<string, string> = {
  'llvm-14-dev': 'Apache-2.0 WITH LLVM-exception',
  'libicu-dev': 'Unicode/ICU (MIT-style)',
  'libssl-dev': 'Apache-2.0',
  'x11proto-dev': 'MIT',
  'libxml2-dev': 'MIT',
  'libtirpc-dev': 'BSD-3-Clause',
  'libpq-dev': 'PostgreSQL',
  'libz3-dev': 'Expat',
  'nodejs': 'MIT (Node.js; V8 BSD-3-Clause, libuv MIT)',
};

export interface HeaderWindow {
  pkg: string;
  licence: string;
  file: string;
  from: number;
  text: string;
}

function headers(pkg: string): string[] {
  const list = [`/var/lib/dpkg/info/${pkg}.list`, `/var/lib/dpkg/info/${pkg}:amd64.list`].find(existsSync);
  if (!list) return [];
  return readFileSync(list, 'utf8').split('\n').filter((f) => /^\/usr\/include\/.*\.(h|hpp|inc|def)$/.test(f) && existsSync(f) && statSync(f).isFile() && statSync(f).size > 1500).sort();
}

/** `count` windows, at most one per file, packages drawn in turn so no one package fills the stratum. */
export function headerWindows(r: Random, count: number): HeaderWindow[] {
  const byPkg = Object.keys(HEADER_PACKAGES).map((pkg) => ({ pkg, files: headers(pkg) })).filter((p) => p.files.length);
  const out: HeaderWindow[] = [];
  const used = new Set<string>();
  for (let tries = 0; out.length < count && tries < 20_000 && byPkg.length; tries++) {
    const { pkg, files } = byPkg[tries % byPkg.length]!;
    const file = r.pick(files);
    if (used.has(file)) continue;
    const all = readFileSync(file, 'utf8').split('\n');
    if (all.length < 12) continue;
    const from = r.int(0, all.length - 11);
    const text = all.slice(from, from + 12).join('\n');
    // Licence headers and copyright blocks are skipped (they name people and places, not code).
    if (text.length > 2500 || text.trim().length < 160 || /copyright|licen[cs]e|\(c\)/i.test(text) || RISKY.some((re) => re.test(text))) continue;
    used.add(file);
    out.push({ pkg, licence: HEADER_PACKAGES[pkg]!, file, from: from + 1, text });
  }
  return out;
}
