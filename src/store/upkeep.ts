// Keeping derived rows (review index, full labels, acceptance tally) current as events arrive, in the background.
// The append puts each touched conversation on the `dirty` list in its own transaction; `updateDerived` takes a
// batch off the list and recomputes it in one transaction, so a worker killed at any point leaves either the old
// rows with the conversation still listed, or the new rows without it: nothing is lost, and the next start goes
// on. When the labelling rules change, every conversation is rebuilt in key order, a batch per transaction, with
// the position kept in `meta` so a rebuild resumes where it stopped. The redaction spans follow the same way when a
// detector is given (the background's): with the events as they arrive, and all again, without relabelling, when
// the redaction rules or the level they are detected at change. The export lines are kept after both, where a maker
// is given (the background's), and dropped otherwise, so lines of older events never stay; and remade all, the same
// way, when the extension's version changes (an update), since lines made for another version are never served.
import { LABEL_RULES_VERSION } from '../core/labeller/rules';
import { DERIVED_STATE, type DerivedState, type EchoDB } from './db';
import { derivedBacklog, readState } from './derived-backlog';
import { type DerivedPart, derivedScope, type LinesMaker, recomputeDerived, type SpanDetector } from './derived';

export { derivedBacklog };

/** Conversations per transaction: small enough that an append waiting behind one is not held up for long. */
export const UPKEEP_BATCH = 25;

export interface UpkeepResult {
  /** Conversations recomputed by this call. */
  done: number;
  /** Conversations still behind (dirty, plus those a rules rebuild has not reached). */
  remaining: number;
}

/**
 * One batch: a rules rebuild's next conversations, else a spans rebuild's (redetected, not relabelled), else the
 * next dirty ones. Returns how many it recomputed.
 */
async function step(db: EchoDB, batch: number, detector: SpanDetector | undefined, maker: LinesMaker | undefined): Promise<number> {
  const parts: DerivedPart[] = ['answerIndex', 'conversationLabels', ...(detector ? (['redactionSpans'] as const) : []), 'exportLines'];
  return db.transaction('rw', derivedScope(db), async () => {
    let state = (await readState(db)) ?? { rulesVersion: '' };
    const save = (next: DerivedState) => db.meta.put({ key: DERIVED_STATE, value: (state = next) });
    if (state.rulesVersion !== LABEL_RULES_VERSION) {
      // Labels, spans and lines are all redone on this pass.
      const { spansVersion: _v, spansRebuildAfter: _a, linesVersion: _l, linesRebuildAfter: _la, ...rest } = state;
      const versions = { ...(detector ? { spansVersion: detector.version } : {}), ...(maker ? { linesVersion: maker.version } : {}) };
      await save({ ...rest, rulesVersion: LABEL_RULES_VERSION, rebuildAfter: '', ...versions });
    }
    /** The next batch of the rebuild whose position `cursor` keeps: recomputed, and the position moved on or cleared. */
    const rebuild = async (cursor: 'rebuildAfter' | 'spansRebuildAfter' | 'linesRebuildAfter', what: readonly DerivedPart[]) => {
      const keys = await db.conversations.where('key').above(state[cursor]!).limit(batch).primaryKeys();
      await recomputeDerived(db, keys, what, detector, maker);
      const { [cursor]: _, ...rest } = state;
      await save(keys.length < batch ? rest : { ...state, [cursor]: keys.at(-1)! });
      return keys.length;
    };
    if (state.rebuildAfter !== undefined) {
      const done = await rebuild('rebuildAfter', parts);
      if (done) return done;
    }
    if (detector && state.spansVersion !== detector.version) {
      // The lines are remade with the spans: a lines rebuild under way is part of this one.
      const { linesRebuildAfter: _, ...rest } = state;
      await save({ ...rest, spansVersion: detector.version, spansRebuildAfter: '', ...(maker ? { linesVersion: maker.version } : {}) });
    }
    if (detector && state.spansRebuildAfter !== undefined) {
      const done = await rebuild('spansRebuildAfter', ['redactionSpans', 'exportLines']);
      if (done) return done;
    }
    if (maker && state.linesVersion !== maker.version) await save({ ...state, linesVersion: maker.version, linesRebuildAfter: '' });
    if (maker && state.linesRebuildAfter !== undefined) {
      // Spans come along so the lines are made from the kept ones (redetected only where they are behind).
      const done = await rebuild('linesRebuildAfter', [...(detector ? (['redactionSpans'] as const) : []), 'exportLines']);
      if (done) return done;
    }
    const dirty = await db.dirty.limit(batch).primaryKeys();
    await recomputeDerived(db, dirty, parts, detector, maker);
    return dirty.length;
  });
}

/**
 * Recomputes up to `maxBatches` batches of conversations that are behind. `pause` runs between batches (the
 * background yields there, so capture's appends go first); `detector` keeps the redaction spans too.
 */
export async function updateDerived(
  db: EchoDB,
  {
    maxBatches = Infinity,
    batch = UPKEEP_BATCH,
    pause,
    detector,
    maker,
  }: { maxBatches?: number; batch?: number; pause?: () => Promise<void>; detector?: SpanDetector; maker?: LinesMaker } = {},
): Promise<UpkeepResult> {
  let done = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await step(db, batch, detector, maker);
    done += n;
    if (n === 0) return { done, remaining: 0 };
    await pause?.();
  }
  return { done, remaining: await derivedBacklog(db, detector?.version, maker?.version) };
}
