// What the popup paints first, kept by the background in extension session storage: the counts and the acceptance
// line. Reading storage needs no service worker, so the popup shows them at once even when the worker is asleep
// (Chromium stops it after 30 s idle; starting it costs hundreds of milliseconds), then asks the worker for the
// current figures and replaces them. Figures only, no captured text: nothing captured is copied out of the store,
// and the area is memory only (cleared when the browser closes). The background writes it after storing events and
// whenever the popup asks it for status or summary; what the popup reads is checked like any message.
import type Browser from 'webextension-polyfill';
import type { Counts } from '../core/counts';

/** Two keys, each written whole by one kind of update: no read-modify-write that could race. */
export const MIRROR_COUNTS_KEY = 'popup:counts';
export const MIRROR_ACCEPTANCE_KEY = 'popup:acceptance';
const MAX_LINE = 2000;

export interface PopupMirror {
  counts: Counts | null;
  /** The acceptance line as the popup words it. */
  acceptance: string | null;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

function parseCounts(raw: unknown): Counts | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  if (![c.conversations, c.prompts, c.answers, c.signals].every(isCount)) return null;
  if (!c.byKind || typeof c.byKind !== 'object' || !Object.values(c.byKind).every(isCount)) return null;
  return raw as Counts;
}

/** What is there and well formed; anything else is left out (the worker's answer follows anyway). */
export function parsePopupMirror(stored: Record<string, unknown>): PopupMirror {
  const line = stored[MIRROR_ACCEPTANCE_KEY];
  return {
    counts: parseCounts(stored[MIRROR_COUNTS_KEY]),
    acceptance: typeof line === 'string' && line.length <= MAX_LINE ? line : null,
  };
}

export async function readPopupMirror(area: Browser.Storage.StorageArea): Promise<PopupMirror> {
  return parsePopupMirror(await area.get([MIRROR_COUNTS_KEY, MIRROR_ACCEPTANCE_KEY]));
}

export async function writePopupMirror(area: Browser.Storage.StorageArea, update: { counts?: Counts; acceptance?: string }): Promise<void> {
  await area.set({
    ...(update.counts ? { [MIRROR_COUNTS_KEY]: update.counts } : {}),
    ...(update.acceptance !== undefined ? { [MIRROR_ACCEPTANCE_KEY]: update.acceptance } : {}),
  });
}
