// Keeping derived rows (review index, full labels, acceptance tally) current as events arrive, in the background.
// The append puts each touched conversation on the `dirty` list in its own transaction; `updateDerived` takes a
// batch off the list and recomputes it in one transaction, so a worker killed at any point leaves either the old
// rows with the conversation still listed, or the new rows without it: nothing is lost, and the next start goes
// on. When the labelling rules change, every conversation is rebuilt in key order, a batch per transaction, with
// the position kept in `meta` so a rebuild resumes where it stopped.
import { LABEL_RULES_VERSION } from '../core/labeller/rules';
import { DERIVED_STATE, type DerivedState, type EchoDB } from './db';
import { derivedBacklog, readState } from './derived-backlog';
import { derivedScope, recomputeDerived } from './derived';

export { derivedBacklog };

/** Conversations per transaction: small enough that an append waiting behind one is not held up for long. */
export const UPKEEP_BATCH = 25;

export interface UpkeepResult {
  /** Conversations recomputed by this call. */
  done: number;
  /** Conversations still behind (dirty, plus those a rules rebuild has not reached). */
  remaining: number;
}

/** One batch: a rules rebuild's next conversations, else the next dirty ones. Returns how many it recomputed. */
async function step(db: EchoDB, batch: number): Promise<number> {
  return db.transaction('rw', derivedScope(db), async () => {
    let state = await readState(db);
    if (state?.rulesVersion !== LABEL_RULES_VERSION) {
      state = { rulesVersion: LABEL_RULES_VERSION, rebuildAfter: '' };
      await db.meta.put({ key: DERIVED_STATE, value: state });
    }
    if (state.rebuildAfter !== undefined) {
      const keys = await db.conversations.where('key').above(state.rebuildAfter).limit(batch).primaryKeys();
      await recomputeDerived(db, keys, ['answerIndex', 'conversationLabels']);
      const next: DerivedState = keys.length < batch ? { rulesVersion: LABEL_RULES_VERSION } : { ...state, rebuildAfter: keys.at(-1)! };
      await db.meta.put({ key: DERIVED_STATE, value: next });
      if (keys.length) return keys.length;
    }
    const dirty = await db.dirty.limit(batch).primaryKeys();
    await recomputeDerived(db, dirty, ['answerIndex', 'conversationLabels']);
    return dirty.length;
  });
}

/**
 * Recomputes up to `maxBatches` batches of conversations that are behind. `pause` runs between batches (the
 * background yields there, so capture's appends go first).
 */
export async function updateDerived(
  db: EchoDB,
  { maxBatches = Infinity, batch = UPKEEP_BATCH, pause }: { maxBatches?: number; batch?: number; pause?: () => Promise<void> } = {},
): Promise<UpkeepResult> {
  let done = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await step(db, batch);
    done += n;
    if (n === 0) return { done, remaining: 0 };
    await pause?.();
  }
  return { done, remaining: await derivedBacklog(db) };
}
