// The records a merge keeps, one bundle at a time: a conversation of a participant is one unit (its events,
// conversation record, labels and samples travel together, and so do an editor document's completion labels and
// samples), and the newest export holding a unit supplies all of it, so a later or relabelled export replaces a
// conversation whole (no stale labels or samples survive) while two participants with the same conversation id
// never touch each other. Every bundle is validated in full as it is read; memory holds one claim per unit, never
// records.
import type { Plan, PlannedBundle } from './bundle-plan';
import { validateBundle } from './validate';

type Rec = Record<string, unknown>;

/** The files merged unit by unit, and where each record names its conversation. */
export const UNIT_FILES: Record<string, (r: Rec) => string> = {
  'events.jsonl': (r) => `${String(r.site)}:${String(r.conversationId)}`,
  'conversations.jsonl': (r) => r.key as string,
  'labels.jsonl': (r) => r.conversationKey as string,
  'sft.jsonl': (r) => (r.meta as Rec).conversationKey as string,
  'preference.jsonl': (r) => (r.meta as Rec).conversationKey as string,
  'kto.jsonl': (r) => (r.meta as Rec).conversationKey as string,
  // Inline completions (docs/completions.md): an editor document is a conversation, `<site>:<document id>`.
  'completion-labels.jsonl': (r) => r.conversationKey as string,
  'completion-fim.jsonl': (r) => (r.meta as Rec).conversationKey as string,
  'completion-prompt-completion.jsonl': (r) => (r.meta as Rec).conversationKey as string,
  'completion-preference.jsonl': (r) => (r.meta as Rec).conversationKey as string,
};

export interface UnitSink {
  /** A kept record; `text` is its line as in the bundle. */
  record(bundle: PlannedBundle, file: string, record: Rec, text: string, conversationKey: string): void | Promise<void>;
  /** After a bundle's events: the units it contributes, with the time of each one's first event. */
  units?(bundle: PlannedBundle, units: Map<string, { site: string; firstTs: string }>): void | Promise<void>;
}

export interface BundleOutcome {
  bundle: string;
  participantId: string;
  /** Conversations this bundle contributes. */
  conversations: number;
  /** Its conversations that a newer export of the same participant replaced. */
  replaced: number;
  /** Its conversations left out because a newer export of the participant does not have them (--newest-export-only). */
  notInNewest: number;
  kept: Record<string, number>;
  /** Records of replaced conversations, per file. */
  dropped: Record<string, number>;
  /** Records naming a conversation with no events in the bundle, per file: refused (a valid export has none). */
  orphans: Record<string, number>;
}

export interface UnitOptions {
  /** Only the newest export of each participant counts: conversations missing from it are left out, not kept from older ones. */
  newestExportOnly?: boolean;
  onBundle?: (bundle: PlannedBundle, index: number) => void;
}

export interface UnitSummary {
  outcomes: BundleOutcome[];
  /** Conversation keys (site:id) held by more than one participant: kept for each, and worth a look. */
  sharedConversations: number;
  /** Conversations kept from an older export because the participant's newer export does not have them. */
  keptFromOlder: number;
}

export async function streamUnits(plan: Plan, sink: UnitSink, options: UnitOptions = {}): Promise<UnitSummary> {
  // (participant, conversation key) -> plan index of the bundle that supplies it; conversation key -> the one
  // participant holding it, or -1 once several do. Small integers as values, so a million units stay ~100 MB.
  const participantIndex = new Map<string, number>();
  for (const b of plan.bundles) if (!participantIndex.has(b.participantId)) participantIndex.set(b.participantId, participantIndex.size);
  const claims = new Map<string, number>();
  const holders = new Map<string, number>();
  const unitKey = (key: string, participant: string) => `${participantIndex.get(participant)}\u0000${key}`;
  const owner = (key: string, participant: string): number | undefined => claims.get(unitKey(key, participant));
  const claim = (key: string, participant: string, bundle: number) => {
    claims.set(unitKey(key, participant), bundle);
    const p = participantIndex.get(participant)!;
    const held = holders.get(key);
    if (held === undefined) holders.set(key, p);
    else if (held !== p) holders.set(key, -1);
  };
  const newestOf = new Map<string, number>();
  plan.bundles.forEach((b, i) => newestOf.has(b.participantId) || newestOf.set(b.participantId, i));

  const outcomes: BundleOutcome[] = [];
  let keptFromOlder = 0;
  for (const [index, b] of plan.bundles.entries()) {
    options.onBundle?.(b, index);
    const outcome: BundleOutcome = {
      bundle: b.path,
      participantId: b.participantId,
      conversations: 0,
      replaced: 0,
      notInNewest: 0,
      kept: {},
      dropped: {},
      orphans: {},
    };
    const isNewest = newestOf.get(b.participantId) === index;
    const units = new Map<string, { site: string; firstTs: string }>();
    const skipped = new Set<string>();
    let eventsDone = false;
    const finishEvents = async () => {
      eventsDone = true;
      outcome.conversations = units.size;
      if (!isNewest) keptFromOlder += units.size;
      await sink.units?.(b, units);
    };
    await validateBundle(b.path, async (file, value, _line, text) => {
      const keyOf = UNIT_FILES[file];
      if (!keyOf) return;
      if (file !== 'events.jsonl' && !eventsDone) await finishEvents();
      const r = value as Rec;
      const key = keyOf(r);
      if (file === 'events.jsonl') {
        const won = owner(key, b.participantId);
        if (won === undefined && !skipped.has(key)) {
          if (!isNewest && options.newestExportOnly) {
            skipped.add(key);
            outcome.notInNewest++;
          } else claim(key, b.participantId, index);
        } else if (won !== undefined && won !== index && !skipped.has(key)) {
          skipped.add(key);
          outcome.replaced++;
        }
        if (owner(key, b.participantId) === index) {
          const unit = units.get(key);
          const ts = r.ts as string;
          if (!unit) units.set(key, { site: r.site as string, firstTs: ts });
          else if (ts < unit.firstTs) unit.firstTs = ts;
        }
      }
      if (units.has(key)) {
        outcome.kept[file] = (outcome.kept[file] ?? 0) + 1;
        await sink.record(b, file, r, text, key);
      } else if (skipped.has(key)) outcome.dropped[file] = (outcome.dropped[file] ?? 0) + 1;
      else outcome.orphans[file] = (outcome.orphans[file] ?? 0) + 1;
    });
    if (!eventsDone) await finishEvents();
    outcomes.push(outcome);
  }
  let sharedConversations = 0;
  for (const p of holders.values()) if (p === -1) sharedConversations++;
  return { outcomes, sharedConversations, keptFromOlder };
}
