// Serves the fixture sites on their real host names over HTTPS, so the extension's real match patterns apply
// unchanged. Chromium reaches it through --host-resolver-rules; Firefox through the CONNECT proxy below.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FixtureSiteModule, SiteBackend } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const shared = join(here, 'shared');

export interface FixtureSite {
  id: string;
  hosts: string[];
  backend: SiteBackend;
  /** Page served for every non-API GET (the sites are single-page apps). */
  page?: string;
  /** Folder under test/sites/ (default: id). */
  dir?: string;
}

/** Every fixture site under test/sites/<id>/site.ts, each with a fresh backend (fresh in-memory state). */
export async function loadSites(only?: string[]): Promise<FixtureSite[]> {
  const sites: FixtureSite[] = [];
  for (const entry of readdirSync(here, { withFileTypes: true })) {
    if (!entry.isDirectory() || !existsSync(join(here, entry.name, 'site.ts'))) continue;
    const mod = ((await import(pathToFileURL(join(here, entry.name, 'site.ts')).href)) as { default: FixtureSiteModule }).default;
    if (only && !only.includes(mod.id)) continue;
    sites.push({ id: mod.id, hosts: mod.hosts, backend: mod.createBackend(), ...(mod.page ? { page: mod.page } : {}) });
  }
  return sites;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

// One certificate per set of host names, kept in .cache/certs: generated once, then reused by every later run.
// Written under a temporary name and renamed into place, so e2e files running side by side with different host
// sets never read another run's half-written key or a key that does not match its certificate.
function certificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = join(root, '.cache', 'certs');
  const tag = createHash('sha256').update(hosts.slice().sort().join(',')).digest('hex').slice(0, 16);
  const pemPath = join(dir, `${tag}.pem`);
  if (!existsSync(pemPath)) {
    mkdirSync(dir, { recursive: true });
    const tmp = mkdtempSync(join(dir, 'new-'));
    const san = hosts.map((h) => `DNS:${h}`).join(',') + ',IP:127.0.0.1';
    const keyPath = join(tmp, 'key.pem');
    const certPath = join(tmp, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', `/CN=${hosts[0]}`, '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
    writeFileSync(join(tmp, 'both.pem'), readFileSync(keyPath, 'utf8') + readFileSync(certPath, 'utf8'));
    renameSync(join(tmp, 'both.pem'), pemPath);
    rmSync(tmp, { recursive: true, force: true });
  }
  const pem = readFileSync(pemPath, 'utf8');
  const split = pem.indexOf('-----BEGIN CERTIFICATE-----');
  return { key: Buffer.from(pem.slice(0, split)), cert: Buffer.from(pem.slice(split)) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export interface RunningFixtures {
  port: number;
  proxyPort: number;
  hosts: string[];
  /** Chromium flag value mapping every fixture host to the local server. */
  hostResolverRules: string;
  close(): Promise<void>;
}

export async function startFixtures(sites: FixtureSite[], port = 0): Promise<RunningFixtures> {
  const byHost = new Map<string, FixtureSite>();
  for (const site of sites) for (const h of site.hosts) byHost.set(h, site);
  const hosts = [...byHost.keys()];
  // Every failure is answered inside (500 with the error), so the promise is never left to reject unseen.
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const site = byHost.get(host);
      if (!site) {
        res.writeHead(404).end('unknown fixture host');
        return;
      }
      const url = new URL(req.url ?? '/', `https://${host}`);
      const body = req.method === 'POST' ? await readBody(req) : '';
      if (await site.backend.handle(req, res, url, body)) return;
      const dir = join(here, site.dir ?? site.id);
      // Site files under /fixture/, the helpers every fixture shares (shared/) under /fixture-shared/.
      const served = url.pathname.startsWith('/fixture/') ? dir : url.pathname.startsWith('/fixture-shared/') ? shared : null;
      if (served) {
        const rest = url.pathname.slice(url.pathname.indexOf('/', 1) + 1);
        const file = normalize(join(served, rest));
        if (!file.startsWith(served) || !existsSync(file)) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(readFileSync(file));
        return;
      }
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        res.end(readFileSync(join(dir, site.page ?? 'index.html')));
        return;
      }
      res.writeHead(404).end();
    } catch (e) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    }
  };
  const server = createHttpsServer(certificate(hosts), (req, res) => void serve(req, res));
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = (server.address() as AddressInfo).port;

  // Firefox has no host-resolver flag: it is pointed at this proxy, which tunnels every CONNECT to the fixtures.
  const proxy: Server = createHttpServer((_, res) => res.writeHead(405).end());
  proxy.on('connect', (req: IncomingMessage, socket, head) => {
    const target = (req.url ?? '').replace(/:\d+$/, '');
    if (!byHost.has(target)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(actual, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const sockets = new Set<import('node:net').Socket>();
  for (const s of [server, proxy]) s.on('connection', (c) => { sockets.add(c); c.on('close', () => sockets.delete(c)); });

  return {
    port: actual,
    proxyPort: (proxy.address() as AddressInfo).port,
    hosts,
    hostResolverRules: hosts.map((h) => `MAP ${h}:443 127.0.0.1:${actual}`).join(', '),
    close: async () => {
      for (const c of sockets) c.destroy();
      await Promise.all([new Promise((ok) => server.close(ok)), new Promise((ok) => proxy.close(ok))]);
    },
  };
}
