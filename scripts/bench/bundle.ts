// Gzip sizes of what the browser loads: each content script (and page-world hook), the background, and each
// extension page with the scripts and styles its HTML pulls in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  kind: 'content' | 'page-world' | 'background' | 'page';
  bytes: number;
  gzip: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

export function bundleSizes(dist: string): BundleSize[] {
  const out: BundleSize[] = [];
  for (const file of readdirSync(dist).sort()) {
    const kind = file.startsWith('content-') ? 'content'
      : file.startsWith('page-') ? 'page-world'
      : file === 'background.js' ? 'background'
      : null;
    if (!kind || !file.endsWith('.js')) continue;
    const buf = readFileSync(join(dist, file));
    out.push({ name: file, kind, bytes: buf.length, gzip: gz(buf) });
  }
  for (const page of readdirSync(dist, { withFileTypes: true })) {
    const html = join(dist, page.name, 'index.html');
    if (!page.isDirectory() || !existsSync(html)) continue;
    const text = readFileSync(html, 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    let bytes = 0;
    let gzip = 0;
    for (const ref of new Set(refs)) {
      const buf = readFileSync(join(dist, ref));
      bytes += buf.length;
      gzip += gz(buf);
    }
    out.push({ name: `${page.name}/ (${refs.length} files)`, kind: 'page', bytes, gzip });
  }
  return out;
}
