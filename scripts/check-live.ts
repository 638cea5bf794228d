// `npm run check:live`: does capture still work on the real sites, for this person, today? Starts the person's own
// Chromium (or Firefox) on a browser profile they log into once, with the built extension loaded, opens each
// supported site, and once the person has a conversation open reports per site what the adapter sees (landmarks,
// turns, code blocks, what each control of the newest answer would record), what is degraded, and what the
// extension stored for the site. It writes a structure report with all text removed (tags, test ids, roles,
// classes only; src/capture/structure-report.ts) that can be attached to a bug. Observe only: the script and the
// extension send nothing anywhere; the pages load as they would for the person. See README "Live check".
//
//   npm run check:live -- [--browser chromium|firefox] [--executable PATH] [--profile DIR] [--sites chatgpt,claude]
//                         [--out check-live-report.json] [--no-wait]
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SITES } from '../src/core/sites';
import type { LiveProbe } from './check-live-probe';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** The probe as one script a page can evaluate: `__echoProbe.probe(id)`. */
export async function probeSource(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'scripts/check-live-probe.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__echoProbe',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

/** The expression a page evaluates to probe itself (no function crosses over: the bundle is plain text). */
export function probeExpression(source: string, siteId: string): string {
  return `(() => { ${source}; return __echoProbe.probe(${JSON.stringify(siteId)}); })()`;
}

/** The first page a person opens on a site: its match pattern with the wildcard dropped. */
export function startUrl(siteId: string): string {
  const site = SITES.find((s) => s.id === siteId)!;
  return site.matches[0]!.replace(/\*$/, '').replace('://*.', '://');
}

/** A person-readable summary of one site's probe and what the extension stored for it. */
export function summarise(name: string, probe: LiveProbe | null, stored: Record<string, number> | null): string {
  if (!probe) return `${name}: could not be probed (page did not load, or no adapter)`;
  const lines = [`${name}: ${probe.degraded.length ? `DEGRADED (missing ${probe.degraded.join(', ')})` : 'ok'}`];
  for (const l of probe.landmarks) {
    const seen = l.found > 0 ? `found ${l.found}` : l.found < 0 ? 'selector unreadable' : 'missing';
    lines.push(`  landmark ${l.name.padEnd(22)} ${seen}`);
  }
  lines.push(`  conversation open: ${probe.conversation ? 'yes' : 'no'}`);
  const { user, assistant, unread } = probe.turns;
  lines.push(`  turns read: ${user} prompts, ${assistant} answers, ${unread} unreadable; code blocks ${probe.codeBlocks}`);
  const signals = probe.answerControls.filter((c) => c.action).map((c) => c.action);
  const recognised = signals.length ? [...new Set(signals)].join(', ') : 'none';
  lines.push(`  newest answer's controls: ${probe.answerControls.length}, recognised: ${recognised}`);
  if (stored) lines.push(`  stored by the extension: ${Object.entries(stored).map(([k, n]) => `${k} ${n}`).join(', ') || 'nothing yet'}`);
  return lines.join('\n');
}

interface Args {
  browser: 'chromium' | 'firefox';
  executable: string;
  profile: string;
  sites: string[];
  out: string;
  wait: boolean;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const browser = value('--browser') === 'firefox' ? 'firefox' : 'chromium';
  return {
    browser,
    executable: value('--executable') ?? (browser === 'firefox' ? '/usr/bin/firefox-esr' : '/usr/bin/chromium'),
    profile: value('--profile') ?? join(homedir(), '.cache', `echo-capture-live-${browser}`),
    sites: (value('--sites') ?? SITES.map((s) => s.id).join(',')).split(',').filter((id) => SITES.some((s) => s.id === id)),
    out: value('--out') ?? 'check-live-report.json',
    wait: !argv.includes('--no-wait'),
  };
}

/** What a person's browser gives the check: pages to open and probe, and the extension's stored counts per site. */
interface LiveBrowser {
  open(url: string): Promise<{ evaluate(expression: string): Promise<unknown>; close(): Promise<void> }>;
  storedKinds(siteId: string): Promise<Record<string, number> | null>;
  close(): Promise<void>;
}

async function chromiumBrowser(args: Args): Promise<LiveBrowser> {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(args.profile, {
    executablePath: args.executable,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
    viewport: null,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
      return { evaluate: (e) => page.evaluate(e), close: () => page.close() };
    },
    async storedKinds(siteId) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/popup/index.html`);
        return await page.evaluate(`new Promise((ok) => {
          const req = indexedDB.open('echo-capture');
          req.onerror = () => ok(null);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('events')) return ok({});
            const all = db.transaction('events').objectStore('events').getAll();
            all.onsuccess = () => {
              const counts = {};
              for (const r of all.result) {
                if (r.event && r.event.site === ${JSON.stringify(siteId)}) counts[r.event.kind] = (counts[r.event.kind] || 0) + 1;
              }
              ok(counts);
            };
            all.onerror = () => ok(null);
          };
        })`);
      } finally {
        await page.close();
      }
    },
    close: () => context.close(),
  };
}

async function firefoxBrowser(args: Args): Promise<LiveBrowser> {
  const puppeteer = (await import('puppeteer-core')).default;
  mkdirSync(args.profile, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: args.executable,
    headless: false,
    userDataDir: args.profile,
  });
  await browser.installExtension(DIST);
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
      return { evaluate: (e) => page.evaluate(e), close: () => page.close() };
    },
    // Firefox gives extension pages a per-profile random address: the stored counts are read in the popup instead.
    storedKinds: () => Promise.resolve(null),
    close: () => browser.close(),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const source = await probeSource();
  const live = args.browser === 'firefox' ? await firefoxBrowser(args) : await chromiumBrowser(args);
  const ask = createInterface({ input: process.stdin, output: process.stdout });
  type Report = { generated: string; browser: string; extension: string; sites: (LiveProbe | { site: string; error: string })[] };
  const report: Report = {
    generated: new Date().toISOString().slice(0, 10),
    browser: args.browser,
    extension: 'dist/',
    sites: [],
  };
  try {
    for (const id of args.sites) {
      const name = SITES.find((s) => s.id === id)!.name;
      const page = await live.open(startUrl(id));
      if (args.wait) {
        await ask.question(`${name}: log in if needed, open a conversation with an answer (or ask one), then press Enter… `);
      }
      const probe = (await page.evaluate(probeExpression(source, id)).catch(() => null)) as LiveProbe | null;
      const stored = await live.storedKinds(id).catch(() => null);
      console.log(summarise(name, probe, stored));
      report.sites.push(probe ?? { site: id, error: 'not probed' });
      await page.close();
    }
  } finally {
    ask.close();
    await live.close();
  }
  writeFileSync(args.out, JSON.stringify(report, null, 2));
  console.log(`\nStructure report (no text, safe to attach to a bug): ${resolve(args.out)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
