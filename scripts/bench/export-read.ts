// What reading a store the way an export does costs, per thread: seeds `--answers` answers (the scale bench's
// conversations), then in an extension page reads every event grouped by conversation, with each page's label rows,
// redaction spans and dirty keys, in several ways taken in turn (`--rounds` times each, interleaved, so the machine's
// load falls on all alike): through Dexie as src/store/export-source.ts did up to round 12 (one read transaction per
// page, `where('conv').above(k).limit(n)`), and with IndexedDB's own getAll on an IDBKeyRange, at several page sizes.
// Prints, per variant, the CPU milliseconds per 1,000 answers of the page's thread and of the browser process's
// threads (where IndexedDB runs), from Linux's per-thread accounting, and the read transactions and requests made:
// `npx tsx scripts/bench/export-read.ts --answers 8000 --rounds 3`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { browserTree } from './browsers';
import { withExportBench } from './export-browser';
import { seedFresh } from './scale';
import { spentBetween, threadCpu } from './thread-cpu';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '8000' },
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '100,500,2000' },
    dist: { type: 'string' },
  },
});

const dexieSource = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.js'), 'utf8');

type Way = 'idle' | 'dexie' | 'raw' | 'raw-events' | 'raw-primary';
interface Variant {
  way: Way;
  size: number;
}

/** Runs in the page: reads the whole store one way and returns the requests and transactions it made. */
async function readAll({ way, size }: Variant): Promise<{ rows: number; tx: number; requests: number }> {
  type Row = { conv: string; seq: number };
  const stats = { rows: 0, tx: 0, requests: 0 };
  if (way === 'idle') {
    await new Promise((r) => setTimeout(r, 2000));
    return stats;
  }
  const group = (rows: Row[], exhausted: boolean) => {
    const groups: Row[][] = [];
    for (const row of rows) {
      const last = groups.at(-1);
      if (last && last[0]!.conv === row.conv) last.push(row);
      else groups.push([row]);
    }
    if (!exhausted) groups.pop();
    return groups;
  };
  if (way === 'dexie') {
    type Collection = { toArray(): Promise<unknown[]>; primaryKeys(): Promise<unknown[]> };
    type Where = { above(k: string): { limit(n: number): Collection }; between(a: string, b: string, x: boolean, y: boolean): Collection };
    type Db = {
      open(): Promise<unknown>;
      close(): void;
      table(name: string): { where(index: string): Where };
      transaction<T>(mode: 'r', tables: string[], run: () => Promise<T>): Promise<T>;
    };
    const Dexie = (globalThis as unknown as { Dexie: new (name: string) => Db }).Dexie;
    const db = new Dexie('echo-capture');
    await db.open();
    const t = (name: string) => db.table(name);
    for (let after = ''; ; ) {
      stats.tx++;
      const next: string | null = await db.transaction('r', ['events', 'conversationLabels', 'redactionSpans', 'dirty'], async () => {
        for (let limit = size; ; limit *= 2) {
          const rows = (await t('events').where('conv').above(after).limit(limit).toArray()) as Row[];
          stats.requests++;
          const exhausted = rows.length < limit;
          const groups = group(rows, exhausted);
          if (!groups.length && !exhausted) continue;
          if (!groups.length) return null;
          stats.rows += groups.reduce((n, g) => n + g.length, 0);
          const first = groups[0]![0]!.conv;
          const last = groups.at(-1)![0]!.conv;
          await Promise.all([
            t('conversationLabels').where('conv').between(first, last, true, true).toArray(),
            t('redactionSpans').where('conv').between(first, last, true, true).toArray(),
            t('dirty').where('conv').between(first, last, true, true).primaryKeys(),
          ]);
          stats.requests += 3;
          return exhausted ? null : last;
        }
      });
      if (next === null) break;
      after = next;
    }
    db.close();
    return stats;
  }
  const idb = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('echo-capture');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error ?? new Error('request failed'));
  });
  if (way === 'raw-primary') {
    // The rows in primary-key order, ungrouped: what the same rows cost without the index's lookup of each.
    for (let after: IDBValidKey | null = null; ; ) {
      const tx = idb.transaction(['events'], 'readonly');
      stats.tx++;
      stats.requests++;
      const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const rows = await new Promise<{ id: string }[]>((ok, fail) => {
        const req = tx.objectStore('events').getAll(range, size);
        req.onsuccess = () => ok(req.result as { id: string }[]);
        req.onerror = () => fail(req.error ?? new Error('request failed'));
      });
      stats.rows += rows.length;
      if (rows.length < size) break;
      after = rows.at(-1)!.id;
    }
    idb.close();
    return stats;
  }
  const done = <T>(req: IDBRequest<T>) =>
    new Promise<T>((ok, fail) => {
      stats.requests++;
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error ?? new Error('request failed'));
    });
  for (let after = ''; ; ) {
    const stores = way === 'raw' ? ['events', 'conversationLabels', 'redactionSpans', 'dirty'] : ['events'];
    const tx = idb.transaction(stores, 'readonly', { durability: 'default' });
    stats.tx++;
    let next: string | null = null;
    for (let limit = size; ; limit *= 2) {
      const rows = (await done(tx.objectStore('events').index('conv').getAll(IDBKeyRange.lowerBound(after, true), limit))) as Row[];
      const exhausted = rows.length < limit;
      const groups = group(rows, exhausted);
      if (!groups.length && !exhausted) continue;
      if (!groups.length) break;
      stats.rows += groups.reduce((n, g) => n + g.length, 0);
      const first = groups[0]![0]!.conv;
      const last = groups.at(-1)![0]!.conv;
      if (way === 'raw') {
        const range = IDBKeyRange.bound(first, last);
        await Promise.all([
          done(tx.objectStore('conversationLabels').getAll(range)),
          done(tx.objectStore('redactionSpans').getAll(range)),
          done(tx.objectStore('dirty').getAllKeys(range)),
        ]);
      }
      next = exhausted ? null : last;
      break;
    }
    if (next === null) break;
    after = next;
  }
  idb.close();
  return stats;
}

await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
  await page.getByTestId('count-answers').waitFor();
  // CDP's evaluate is not held to the page's CSP; tsx names inner functions with a helper the page lacks.
  await page.evaluate(`${dexieSource}\n;globalThis.__name = (f) => f;`);
  await page.waitForTimeout(2000);
  const tree = browserTree(browser.userDataDir);
  const browserPid = tree.all[0]!;
  const rendererPid = tree.extension[0]!;
  const sizes = values.sizes.split(',').map(Number);
  const variants: Variant[] = [
    { way: 'idle', size: 0 },
    ...sizes.flatMap((size) => (['dexie', 'raw', 'raw-events', 'raw-primary'] as const).map((way) => ({ way, size }))),
  ];
  const spent = new Map<string, Map<string, number>>();
  const label = (v: Variant) => (v.way === 'idle' ? 'idle 2 s' : `${v.way} ${v.size}`);
  const made = new Map<string, string>();
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const v of round % 2 ? [...variants].reverse() : variants) {
      const b0 = threadCpu(browserPid);
      const r0 = threadCpu(rendererPid);
      const t0 = performance.now();
      const stats = await page.evaluate(readAll, v);
      const ms = performance.now() - t0;
      const b = spentBetween(b0, threadCpu(browserPid));
      const r = spentBetween(r0, threadCpu(rendererPid));
      const into = spent.get(label(v)) ?? new Map<string, number>();
      const add = (k: string, s: number) => into.set(k, (into.get(k) ?? 0) + s);
      for (const [name, s] of b) add(`browser ${name}`, s);
      for (const [name, s] of r) add(`renderer ${name}`, s);
      add('wall', ms / 1000);
      spent.set(label(v), into);
      made.set(label(v), `${stats.rows} rows, ${stats.tx} transactions, ${stats.requests} requests`);
      console.log(`round ${round + 1} ${label(v)}: ${ms.toFixed(0)} ms wall; ${made.get(label(v))}`);
    }
  }
  const rounds = Number(values.rounds);
  console.log(`\nCPU ms per 1,000 answers (mean of ${rounds} rounds; ${answers} answers; idle is per 2 s, not per 1,000 answers):`);
  for (const [name, by] of spent) {
    const per = (s: number) => ((s / rounds) * 1000 * (name.startsWith('idle') ? 1 : 1000 / answers)).toFixed(0);
    const parts = [...by].filter(([, s]) => s >= 0.005 * rounds).map(([k, s]) => `${k} ${per(s)}`);
    console.log(`  ${name}: ${parts.join(', ')}  (${made.get(name)})`);
  }
});
