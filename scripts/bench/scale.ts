// A store holding 100,000 answers: how long the popup takes to show its counts, and how long exporting every
// event takes and how much memory it needs. Seeding writes rows exactly as the store's append lays them out
// (`storedEventRow`, summaries and counts folded by src/core/counts.ts) and the derived rows the background keeps
// (labels, review index, acceptance tally and, with the background's own `linesMaker` for the built extension's
// version, each conversation's export lines as bytes: `seedDerivedRows`; redaction spans: `detectConversationSpans`,
// given to the lines as the background's upkeep gives them), straight into IndexedDB from an extension page.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type Counts, emptyCounts, moveCounts, summariseEvents } from '../../src/core/counts';
import type { CaptureEvent } from '../../src/core/events';
import { detectConversationSpans } from '../../src/core/export/conversation-redaction';
import { metaRows, storedEventRow } from '../../src/store/api';
import { seedDerivedRows } from '../../src/store/seed-rows';
import type { AcceptanceTallyRow } from '../../src/store/acceptance';
import { linesMaker } from '../../src/background/derived-upkeep';
import { type BenchBrowser, cdp, median, sampleMemory, seededProfile } from './browsers';
import { conversation } from './scale-data';
import { usedHeap, workerSessions } from './worker-sessions';

export const ANSWERS_PER_CONVERSATION = 2;

/**
 * Appends conversations [from, to) to the store; `seq` continues from `seqFrom`, and `counts` (the counts already
 * stored) and `acceptance` (the tally so far) are moved on in place. Returns the new seq.
 */
export async function seedStore(
  page: Page,
  from: number,
  to: number,
  seqFrom: number,
  counts: Counts,
  acceptance: AcceptanceTallyRow,
): Promise<number> {
  const CHUNK = 2000;
  let seq = seqFrom;
  const receivedAt = new Date().toISOString();
  // The version the background stamps its lines with, and the export expects: the built extension's.
  type Runtime = { chrome: { runtime: { getManifest(): { version: string } } } };
  const version = await page.evaluate(() => (globalThis as unknown as Runtime).chrome.runtime.getManifest().version);
  const maker = linesMaker(version);
  for (let c = from; c < to; c += CHUNK) {
    const events: object[] = [];
    const convs: object[] = [];
    const lists: { conv: string; events: CaptureEvent[] }[] = [];
    for (let n = c; n < Math.min(to, c + CHUNK); n++) {
      const list = conversation(n);
      for (const e of list) events.push(storedEventRow(e, ++seq, receivedAt));
      const summary = summariseEvents(list)!;
      convs.push(summary);
      lists.push({ conv: summary.key, events: list });
      Object.assign(counts, moveCounts(counts, undefined, summary));
    }
    const kept = lists.map(({ events }) => detectConversationSpans(events));
    const spans = lists.map(({ conv, events }, i) => ({ conv, events: events.length, ...kept[i]! }));
    const derived = await seedDerivedRows(
      lists.map((c, i) => ({ ...c, redactionSpans: spans[i]! })),
      acceptance,
      {},
      maker,
    );
    // Bytes cross into the page as base64 (the page makes them bytes again before storing them).
    const lines = derived.exportLines.map(({ deflated, ...row }) => ({ ...row, deflated: Buffer.from(deflated).toString('base64') }));
    const spansVersion = kept[0]?.version;
    await page.evaluate(
      ({ events, convs, answers, labels, spans, lines, meta }) =>
        new Promise<void>((ok, fail) => {
          const req = indexedDB.open('echo-capture');
          req.onerror = () => fail(req.error ?? new Error('indexedDB.open failed'));
          req.onsuccess = () => {
            const db = req.result;
            // An extension built before the lines were kept (an A/B's older build) has no such store.
            const keeps = db.objectStoreNames.contains('exportLines');
            const stores = ['events', 'conversations', 'meta', 'reviewAnswers', 'conversationLabels', 'redactionSpans'];
            if (keeps) stores.push('exportLines');
            const tx = db.transaction(stores, 'readwrite');
            for (const row of events) tx.objectStore('events').put(row);
            for (const row of convs) tx.objectStore('conversations').put(row);
            for (const row of answers) tx.objectStore('reviewAnswers').put(row);
            for (const row of labels) tx.objectStore('conversationLabels').put(row);
            for (const row of spans) tx.objectStore('redactionSpans').put(row);
            if (keeps) for (const row of lines) tx.objectStore('exportLines').put({ ...row, deflated: Uint8Array.from(atob(row.deflated), (c) => c.charCodeAt(0)) });
            for (const row of meta) tx.objectStore('meta').put(row);
            tx.oncomplete = () => (db.close(), ok());
            tx.onerror = () => (db.close(), fail(tx.error ?? new Error('seeding transaction failed')));
          };
        }),
      {
        ...{ events, convs, answers: derived.reviewAnswers, labels: derived.conversationLabels, spans, lines },
        meta: metaRows(counts, seq, { ...derived, ...(spansVersion ? { spansVersion } : {}) }),
      },
    );
  }
  return seq;
}

/** Navigation start -> the popup shows the stored answer count. */
export async function popupOpenMs(browser: BenchBrowser, answers: number, times = 5): Promise<{ median: number; samples: number[] }> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup/index.html`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (want) => (document.querySelector('[data-testid="count-answers"]')?.textContent === String(want) ? performance.now() : false),
      answers,
      { polling: 'raf', timeout: 60_000 },
    );
    samples.push((await handle.jsonValue()) as number);
    await page.close();
  }
  return { median: median(samples), samples };
}

export interface ExportFigure {
  seconds: number;
  bytes: number;
  /** Resident memory above the level before export: all browser processes, and the extension's renderer. */
  peakExtraAll: number;
  peakExtraExtension: number;
  /** The popup's and its workers' JavaScript heap (V8 + Blink) above the popup's after a full collection before the export. */
  peakExtraHeap: number;
  /** What `echo-dataset validate` said of the downloaded zip: null when no zip came, else its exit status 0 or why not. */
  validation: { ok: boolean; seconds: number; problem: string } | null;
}

const CLI = resolve(import.meta.dirname, '../../bin/echo-dataset.mjs');

/** The bundle as a researcher receives it, checked by the CLI they would use (schemas, counts, digests of every file). */
function validateBundle(zip: string): NonNullable<ExportFigure['validation']> {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'validate', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const problem = r.status === 0 && !r.stderr ? '' : (r.stderr || r.stdout || `exit ${String(r.status)}`).trim().split('\n')[0]!;
  return { ok: !problem, seconds: (performance.now() - t0) / 1000, problem };
}

/** A store of `answers` seeded from an extension page of a fresh bench browser (the export tools' starting point). */
export async function seedFresh(browser: BenchBrowser, answers: number): Promise<void> {
  const seeded = seededProfile();
  if (seeded) {
    // A copy of a profile seeded before (ECHO_BENCH_PROFILE): the same rows seedStore writes.
    if (seeded.answers !== answers) throw new Error(`the seeded profile holds ${seeded.answers} answers, not ${answers}`);
    return;
  }
  const seeder = await browser.context.newPage();
  await seeder.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
  await seeder.getByTestId('count-answers').waitFor();
  await seedStore(seeder, 0, answers / ANSWERS_PER_CONVERSATION, 0, emptyCounts(), {});
  await seeder.close();
}

/** The popup open with its export button, once its first labelling pass is over. */
export async function popupReadyToExport(browser: BenchBrowser): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
  await popup.getByTestId('export').waitFor();
  // The popup labels every conversation for its acceptance line on open: let that finish first.
  await popup.getByTestId('acceptance').waitFor({ timeout: 60_000 }).catch(() => undefined);
  await popup.waitForTimeout(1000);
  return popup;
}

/**
 * Resolves once the popup's export button, clicked, shows at least `conversations` read, or shows no progress any
 * more after showing some (the export is over).
 */
export async function exportReached(popup: Page, conversations: number): Promise<void> {
  for (let seen = false; ; ) {
    const read = /(\d+)\/\d+/.exec((await popup.getByTestId('export').textContent()) ?? '');
    if (read && Number(read[1]) >= conversations) return;
    if (!read && seen) return;
    seen ||= !!read;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `seconds` is Infinity when the download did not come within `timeoutMs`. */
export async function exportAll(browser: BenchBrowser, timeoutMs = 240_000): Promise<ExportFigure> {
  const popup = await popupReadyToExport(browser);
  // Extension pages share one JavaScript heap, and the bench's seeding (thousands of rows per evaluate, from a page
  // in the same process) leaves garbage in it in proportion to the answers seeded, which V8 collects only when it
  // needs to. Collected before the clock starts, so the figure is the export's own memory, as in a browser whose
  // extension process has not just been fed 100,000 rows by a test.
  const session = await cdp(popup);
  await session.send('HeapProfiler.collectGarbage');
  const memory = sampleMemory(browser.userDataDir);
  // Resident memory after that collection keeps the pages V8 freed, which the export then reuses: the JavaScript heap
  // (V8 and Blink objects) of the popup and of the workers it starts (the export runs on one), asked between their
  // tasks, says what the export holds.
  const sessions = await workerSessions(session);
  const heap = async () => {
    let used = 0;
    for (const thread of sessions.threads()) used += await usedHeap(sessions, thread);
    return used;
  };
  const heapStart = await heap();
  let heapPeak = heapStart;
  let polling = true;
  const heapPoll = (async () => {
    while (polling) {
      heapPeak = Math.max(heapPeak, await heap());
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = performance.now();
  const downloaded = popup.waitForEvent('download', { timeout: timeoutMs }).catch(() => null);
  const [download] = await Promise.all([downloaded, popup.getByTestId('export').click()]);
  const path = download && (await download.path());
  const seconds = path ? (performance.now() - t0) / 1000 : Infinity;
  const { start, peak } = memory.stop();
  polling = false;
  await heapPoll;
  await session.detach();
  const bytes = path ? statSync(path).size : 0;
  await popup.close();
  return {
    seconds,
    bytes,
    validation: path ? validateBundle(path) : null,
    peakExtraAll: peak.all - start.all,
    peakExtraExtension: peak.extension - start.extension,
    peakExtraHeap: heapPeak - heapStart,
  };
}
