// Browsers for the benchmarks: the same Chromium, flags and fixture server with and without the extension, so a
// ratio between the two isolates what the extension costs. Memory is read from /proc (the whole browser process
// tree and the extension's own renderer), since CDP cannot answer while a page is busy exporting.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CONSENT_VERSION } from '../../src/store/settings';
import { CHROMIUM } from '../../test/e2e/harness';
import type { RunningFixtures } from '../../test/sites/server';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's id, or null in the browser without it. */
  extensionId: string | null;
  userDataDir: string;
  close(): Promise<void>;
}

/** More Chromium flags and environment for one tool's browser (export-gc-trace.ts: V8's GC trace). */
export interface LaunchExtras {
  args?: string[];
  /** Environment of the browser (e.g. line-buffered stdout for traces read as they come). */
  env?: Record<string, string>;
}

/**
 * A browser profile already seeded (scripts/bench/seed-profile.ts), named by ECHO_BENCH_PROFILE, and how many answers
 * it holds: the export tools start from a copy of it instead of seeding (minutes at 20,000 answers on a loaded
 * machine). The extension must be loaded from the same folder as when it was seeded (an unpacked extension's id, and
 * so its store, follows its path): build each variant into that folder in turn.
 */
export function seededProfile(): { dir: string; answers: number } | null {
  const dir = process.env.ECHO_BENCH_PROFILE;
  if (!dir) return null;
  const marker = join(dir, SEEDED_MARKER);
  if (!existsSync(marker)) throw new Error(`ECHO_BENCH_PROFILE=${dir} is not a seeded profile (no ${SEEDED_MARKER})`);
  return { dir, answers: Number(readFileSync(marker, 'utf8')) };
}

/** The file in a seeded profile that says how many answers it holds. */
export const SEEDED_MARKER = 'echo-bench-seeded-answers';

export async function launchBench(fixtures: RunningFixtures, dist: string | null, extras: LaunchExtras = {}): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'echo-bench-profile-'));
  const seeded = dist ? seededProfile() : null;
  if (seeded) cpSync(seeded.dir, userDataDir, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...(dist ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      ...(dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=${fixtures.hostResolverRules}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      ...(extras.args ?? []),
    ],
    ...(extras.env ? { env: { ...process.env, ...extras.env } } : {}),
  });
  let extensionId: string | null = null;
  if (dist) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(sw.url()).host;
    await agreeToCapture(sw);
    // The install opens the onboarding page: closed, so only the benchmark's own pages run.
    await new Promise((r) => setTimeout(r, 500));
    for (const page of context.pages()) if (page.url().includes('/onboarding/')) await page.close();
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What "Agree" on the onboarding page writes, for every site (the store's settings record, the current consent
 * version): capture starts as it does for a person who has agreed.
 */
async function agreeToCapture(sw: Worker): Promise<void> {
  await sw.evaluate(async (version) => {
    type Local = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } };
    const local = (globalThis as unknown as Local).chrome.storage.local;
    type Runtime = { chrome: { runtime: { getManifest(): { content_scripts?: { js: string[] }[] } } } };
    const manifest = (globalThis as unknown as Runtime).chrome.runtime.getManifest();
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js).filter((f) => f.startsWith('content-'));
    const sites = [...new Set(scripts.map((f) => f.slice(8, -3)))].sort();
    await local.set({ settings: { paused: false, pausedSites: [], consent: { version, agreedAt: new Date().toISOString(), sites } } });
  }, CONSENT_VERSION);
}

export async function cdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/** Main-thread figures of one page (seconds), from CDP Performance.getMetrics. */
export async function mainThreadTimes(session: CDPSession): Promise<{ script: number; task: number; heap: number }> {
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration'), task: get('TaskDuration'), heap: get('JSHeapUsedSize') };
}

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.push({ pid: Number(name), ppid, cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The browser's processes: the one started with this profile and all its descendants. */
export function browserTree(userDataDir: string): { all: number[]; extension: number[] } {
  const procs = processes();
  const root = procs.find((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`) && !p.cmdline.includes('--type='));
  if (!root) return { all: [], extension: [] };
  const all = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (all.has(p.pid) || !all.has(p.ppid)) continue;
      all.add(p.pid);
      grew = true;
    }
  }
  const extension = procs.filter((p) => all.has(p.pid) && p.cmdline.includes('--extension-process')).map((p) => p.pid);
  return { all: [...all], extension };
}

/** Samples resident memory every `everyMs` until stopped; returns the peaks and the values at the start. */
export function sampleMemory(userDataDir: string, everyMs = 25) {
  let tree = browserTree(userDataDir);
  const read = () => ({
    all: tree.all.reduce((s, pid) => s + rssBytes(pid), 0),
    extension: tree.extension.reduce((s, pid) => s + rssBytes(pid), 0),
  });
  const start = read();
  const peak = { ...start };
  let ticks = 0;
  const timer = setInterval(() => {
    if (++ticks % 40 === 0) tree = browserTree(userDataDir);
    const now = read();
    peak.all = Math.max(peak.all, now.all);
    peak.extension = Math.max(peak.extension, now.extension);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { start, peak };
    },
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
