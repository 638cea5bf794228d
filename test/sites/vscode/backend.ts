// Fixture backend for VS Code for the Web (vscode.dev, github.dev; docs/sites/vscode.md). The editor is the real
// Monaco from the `monaco-editor` npm package (its AMD build, served as it ships under /monaco/), so the ghost text,
// its decorations and the keybindings (Tab, Escape, Ctrl+Right) are Monaco's own. The page around it reproduces only
// the workbench containers the adapter relies on (`.part.editor`, `.editor-instance`); suggestions come from
// `inline-provider.js`, a scripted inline-completion provider. Nothing here talks to any network.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { SiteBackend } from '../types';

const root = resolve(import.meta.dirname, '../../..');
const MONACO_MIN = join(root, 'node_modules/monaco-editor/min');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.json': 'application/json' };

/** Serves a file of an npm package's build under `prefix`, refusing anything outside `dir`. */
export function servePackageFile(res: ServerResponse, url: URL, prefix: string, dir: string): boolean {
  if (!url.pathname.startsWith(prefix)) return false;
  const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404).end();
    return true;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
  res.end(readFileSync(file));
  return true;
}

export function vscodeBackend(): SiteBackend {
  return {
    handle(_req: IncomingMessage, res: ServerResponse, url: URL) {
      if (url.pathname === '/embedded') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(readFileSync(join(import.meta.dirname, 'embedded.html')));
        return Promise.resolve(true);
      }
      return Promise.resolve(servePackageFile(res, url, '/monaco/', MONACO_MIN));
    },
  };
}
