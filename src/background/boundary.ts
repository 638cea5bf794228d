// What the worker did with events that did not fit the schema, per site: repaired (an optional part trimmed or
// dropped, the event stored) or refused (a required part wrong: nothing stored). Kept in extension storage so the
// popup and the review page can show it after the worker or the browser restarted: nothing is lost silently. Only
// counts, a time and the schema's own words (path and problem) are kept, never captured text.
import browser from 'webextension-polyfill';
import type { BoundaryCounts, SiteBoundary } from '../messages';

const KEY = 'captureBoundary';

/** Writes are chained: two batches answered at once must not overwrite each other's counts. */
let writing: Promise<unknown> = Promise.resolve();

export interface BoundaryNote {
  repaired: number;
  refused: number;
  /** The latest problem of each kind, in the schema's words (e.g. `codeBlocks[0].language: trimmed ...`). */
  lastRepair?: string;
  lastRefusal?: string;
}

export function noteBoundary(site: string, note: BoundaryNote): Promise<void> {
  if (!note.repaired && !note.refused) return Promise.resolve();
  const next = writing.then(async () => {
    const all = await boundaryCounts();
    const was: SiteBoundary = all[site] ?? { repaired: 0, refused: 0, since: new Date().toISOString() };
    all[site] = {
      ...was,
      repaired: was.repaired + note.repaired,
      refused: was.refused + note.refused,
      ...(note.lastRepair ? { lastRepair: note.lastRepair.slice(0, 300) } : {}),
      ...(note.lastRefusal ? { lastRefusal: note.lastRefusal.slice(0, 300) } : {}),
    };
    await browser.storage.local.set({ [KEY]: all });
  });
  writing = next.catch(() => undefined);
  return next;
}

export async function boundaryCounts(): Promise<BoundaryCounts> {
  const got = (await browser.storage.local.get(KEY))[KEY];
  if (typeof got !== 'object' || got === null) return {};
  const out: BoundaryCounts = {};
  for (const [site, v] of Object.entries(got as Record<string, Partial<SiteBoundary>>)) {
    if (typeof v?.repaired !== 'number' || typeof v.refused !== 'number' || typeof v.since !== 'string') continue;
    out[site] = {
      repaired: v.repaired,
      refused: v.refused,
      since: v.since,
      ...(typeof v.lastRepair === 'string' ? { lastRepair: v.lastRepair } : {}),
      ...(typeof v.lastRefusal === 'string' ? { lastRefusal: v.lastRefusal } : {}),
    };
  }
  return out;
}
