// What the popup shows beside the counts, answered by the background, which has the store open already: the popup
// then loads neither the database nor the labeller to open (its cost stays flat in the number of answers). Every
// figure is a kept row: the newest conversation summaries (by the `lastTs` index) and the acceptance tally the
// background moves as it labels. Completion acceptance is asked apart, only when the counts show suggestions.
// The counts and the acceptance line are also mirrored into session storage (src/messages/popup-mirror.ts), so the
// popup paints them before this worker is even awake.
import type Browser from 'webextension-polyfill';
import { describeAcceptance } from '../core/export/acceptance';
import type { CompletionsResult, SummaryResult } from '../messages';
import { writePopupMirror } from '../messages/popup-mirror';
import type { EchoStore } from '../store/api';

/** A burst of stored batches updates the mirrored counts once, this long after the first. */
export const MIRROR_DELAY_MS = 250;

export const RECENT_CONVERSATIONS = 5;

export async function popupSummary(
  store: Pick<EchoStore, 'recentConversations' | 'acceptanceSummary'>,
  mirror?: Browser.Storage.StorageArea,
): Promise<SummaryResult> {
  const [recent, acceptance] = await Promise.all([store.recentConversations(RECENT_CONVERSATIONS), store.acceptanceSummary()]);
  if (mirror) void writePopupMirror(mirror, { acceptance: describeAcceptance(acceptance) }).catch(() => undefined);
  return { ok: true, recent, acceptance };
}

/** Keeps the mirrored counts current as events are stored: one write per burst, off the append's path. */
export function mirrorCounts(store: Pick<EchoStore, 'counts'>, area: Browser.Storage.StorageArea, delayMs = MIRROR_DELAY_MS): { stored(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = async () => {
    timer = null;
    await writePopupMirror(area, { counts: await store.counts() });
  };
  return {
    stored() {
      timer ??= setTimeout(() => void write().catch(() => undefined), delayMs);
    },
  };
}

export async function completionAcceptance(store: Pick<EchoStore, 'completionSummary'>): Promise<CompletionsResult> {
  return { ok: true, stats: (await store.completionSummary(0)).stats };
}
