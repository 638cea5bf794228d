// Acceptance over everything captured: the popup's summary line. Labels are a pure function of a conversation's
// events and the rules version, so each conversation's machine labels are kept in `conversationLabels` with both,
// and only conversations whose row is missing, from other rules or behind their events are labelled again
// (src/store/derived.ts): opening the popup stays cheap at 100,000 answers, and after a rules change the line
// agrees with what an export would say.
import { AcceptanceTally, type AcceptanceStats } from '../core/export/acceptance';
import { eventTotal } from '../core/counts';
import type { ConversationLabelsRow, ConversationRow, EchoDB } from './db';
import { labelsCurrent, recomputeDerived } from './derived';
import { allConversations } from './event-log';

const PAGE = 500;

export async function acceptanceSummary(db: EchoDB): Promise<AcceptanceStats> {
  const tally = new AcceptanceTally();
  const add = (row: ConversationLabelsRow) => {
    for (const [model, ts, label] of row.answers) tally.add(model, ts, label);
  };
  let page: ConversationRow[] = [];
  const flush = async () => {
    const cached = await db.conversationLabels.bulkGet(page.map((c) => c.key));
    const stale: string[] = [];
    for (const [i, conv] of page.entries()) {
      const row = cached[i];
      if (labelsCurrent(row, eventTotal(conv))) add(row);
      else stale.push(conv.key);
    }
    page = [];
    if (!stale.length) return;
    for (const row of await recomputeDerived(db, stale, ['conversationLabels'])) add(row);
    await new Promise((r) => setTimeout(r, 0)); // lets a page paint between labelling batches
  };
  for await (const conv of allConversations(db)) {
    page.push(conv);
    if (page.length >= PAGE) await flush();
  }
  await flush();
  return tally.stats();
}
