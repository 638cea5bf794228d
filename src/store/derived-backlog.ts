// How far the background's upkeep of derived rows (src/store/upkeep.ts) is behind: read by the review page while
// it shows its list. Apart from upkeep.ts, which recomputes rows with the labeller, so that asking costs a page
// two counts, not loading (and compiling) the labeller.
import { LABEL_RULES_VERSION } from '../core/labeller/rules';
import { DERIVED_STATE, type DerivedState, type EchoDB } from './db';

export async function readState(db: EchoDB): Promise<DerivedState | undefined> {
  return (await db.meta.get(DERIVED_STATE))?.value as DerivedState | undefined;
}

/**
 * How many conversations are still behind their events or the current rules: the labels' rules, and the redaction
 * spans' version and the export lines' when the caller keeps them (the background's upkeep passes its detector's and
 * its maker's versions).
 */
export async function derivedBacklog(db: EchoDB, spansVersion?: string, linesVersion?: string): Promise<number> {
  return db.transaction('r', [db.meta, db.dirty, db.conversations], async () => {
    const state = await readState(db);
    const behind = async (current: boolean, after: string | undefined) =>
      current && after === undefined ? 0 : db.conversations.where('key').above(current ? (after ?? '') : '').count();
    const labels = await behind(state?.rulesVersion === LABEL_RULES_VERSION, state?.rebuildAfter);
    const spans = spansVersion ? await behind(state?.spansVersion === spansVersion, state?.spansRebuildAfter) : 0;
    const lines = linesVersion ? await behind(state?.linesVersion === linesVersion, state?.linesRebuildAfter) : 0;
    return (await db.dirty.count()) + Math.max(labels, spans, lines);
  });
}
