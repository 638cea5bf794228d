// Negatives from real files: windows of lines of installed packages (node_modules) that no earlier round's files name,
// with a permissive licence, at most a few windows per package. A window that holds something a redaction kind could
// rightly match (an e-mail, a non-loopback dotted quad, a PEM header, a JWT, a quoted password-style literal, a
// +-phone, a 13-19 digit run) is skipped, so every window kept is a true negative.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EarlierIndex } from './earlier';
import type { Random } from './random';

const LICENCES = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause']);
export const RISKY = [
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
  /\b(?!127\.)(?:\d{1,3}\.){3}\d{1,3}\b/,
  /-----BEGIN|eyJ[\w-]{10,}\.eyJ|(?:password|passwd|secret|token|api[_-]?key)\s*[:=]\s*['"][^'"]{6,}/i,
  /\+\d[\d\s-]{8,}\d/,
  /\b(?:\d[ -]?){13,19}\b/,
];

export interface Window {
  pkg: string;
  licence: string;
  file: string;
  from: number;
  text: string;
}

const licenceOf = (root: string, pkg: string): string | undefined => {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { license?: string }).license;
  } catch {
    return undefined;
  }
};

/** Installed packages whose name no earlier file mentions, with a permissive licence, `count` of them at random. */
export function unsampledPackages(root: string, earlier: EarlierIndex, r: Random, count: number): string[] {
  const dirs = readdirSync(join(root, 'node_modules'))
    .flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]))
    .filter((d) => !d.startsWith('.'))
    .sort();
  const fresh = dirs.filter((p) => !earlier.mentions(`'${p}'`) && !earlier.mentions(`node_modules/${p}/`) && !earlier.mentions(`\`${p}\``) && LICENCES.has(licenceOf(root, p) ?? ''));
  return r.shuffle(fresh).slice(0, count);
}

export function packageWindows(
  root: string,
  packages: readonly string[],
  r: Random,
  opts: { windows: number; lines: number; perPackage: number },
): Window[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir).sort()) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const path = join(dir, entry);
      const st = statSync(path);
      if (st.isDirectory() && depth < 4) walk(path, depth + 1);
      else if (/\.(?:m?js|cjs|d\.ts|ts|md|json)$/.test(entry) && st.size < 600_000 && st.size > 500) files.push(path);
    }
  };
  for (const p of packages) walk(join(root, 'node_modules', p), 0);
  const out: Window[] = [];
  const perPackage = new Map<string, number>();
  for (let tries = 0; out.length < opts.windows && tries < 8000 && files.length; tries++) {
    const file = r.pick(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < opts.lines) continue;
    const from = r.int(0, lines.length - opts.lines + 1);
    const text = lines.slice(from, from + opts.lines).join('\n');
    if (text.length > 2500 || text.trim().length < 80 || RISKY.some((re) => re.test(text))) continue;
    const rel = file.slice(root.length + 1);
    const parts = rel.split('/');
    const pkg = parts[1]!.startsWith('@') ? parts.slice(1, 3).join('/') : parts[1]!;
    if ((perPackage.get(pkg) ?? 0) >= opts.perPackage) continue;
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + 1);
    out.push({ pkg, licence: licenceOf(root, pkg) ?? '?', file: rel, from: from + 1, text });
  }
  return out;
}
