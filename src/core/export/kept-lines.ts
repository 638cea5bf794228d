// A conversation's export lines kept ready as UTF-8 bytes. Reading, deserialising, labelling, serialising and
// encoding each conversation was most of an export's CPU (docs/export-format.md, round 14); the background makes
// these bytes in its upkeep, after the conversation's labels and redaction spans, for the recipe of the popup's
// default export, and stores them deflated (./kept-bytes.ts); an export whose options match the stamp reads,
// inflates, hashes and deflates them instead. The bytes
// come from ./conversation-lines.ts, the function the export computes with, so both give the same bundle. A stamp
// names everything the bytes depend on besides the events: the label rules, the redaction spans' rules and level,
// the review decisions (kept bytes are made for a conversation without any), the events (how many, and the last),
// and the recipe (version of the extension, formats, redaction, label and confidence filters). Anything else in an
// export's options (another level, custom rules, a date range cutting the conversation) or a conversation with
// review decisions or inline completions is computed as before: bytes are never served for another recipe.
import type { CaptureEvent } from '../events';
import { LABEL_RULES_VERSION, resolveRules, type AnswerLabel } from '../labeller';
import { deflateKept, joinBytes } from './kept-bytes';
import { activitySpan, conversationLines, type LineCounts, type TallyEntry } from './conversation-lines';
import { STORED_SPANS_LEVEL, storedSpansVersion, type StoredSpans } from './conversation-redaction';
import { type ExportOptions, inRange, resolveFormats } from './options';
import { personalExportFormats } from './sample-formats';
import { labelRulesVersion } from './rules-version';

export interface KeptStamp {
  rulesVersion: string;
  /** storedSpansVersion of the recipe's level (the redaction rules' version and the level), or `off`. */
  spansVersion: string;
  /** The review decisions the bytes were made with: always none (a decided conversation is computed). */
  decisions: 'none';
  /** How many events the conversation had, and the last one's id. */
  events: number;
  lastEventId: string;
  recipe: string;
}

/**
 * One conversation's kept lines: `deflated` holds every file's lines one after another, as `files` lists them (with
 * their uncompressed lengths), deflated by ./kept-bytes.ts.
 */
export interface KeptLines {
  conv: string;
  site: string;
  firstTs: string;
  lastTs: string;
  stamp: KeptStamp;
  deflated: Uint8Array;
  files: [file: string, bytes: number, lines: number][];
  counts: LineCounts;
  tally: TallyEntry[];
}

/**
 * The lines the background keeps: those of the popup's export in its defaults (redaction at the default level, which
 * is also the level the background detects spans at; the formats without the trainer renderings).
 */
export const KEPT_OPTIONS: ExportOptions = { redaction: { level: STORED_SPANS_LEVEL }, formats: personalExportFormats(false) };

/** The options that shape a conversation's lines, as one string: what kept bytes were made for. */
export function exportRecipe(options: ExportOptions, version: string): string {
  const r = options.redaction;
  return JSON.stringify({
    version,
    formats: resolveFormats(options.formats),
    redaction: r && r.level !== 'off' ? { level: r.level, disabledRules: r.disabledRules ?? [] } : 'off',
    labels: options.labels ?? null,
    minConfidence: options.minConfidence ?? null,
  });
}

function spansStamp(options: ExportOptions): string {
  const level = options.redaction?.level;
  return !level || level === 'off' ? 'off' : storedSpansVersion(level);
}

/** What a conversation's kept lines must carry to be written by an export with these options. */
export interface KeptExpectation {
  rulesVersion: string;
  spansVersion: string;
  recipe: string;
  options: ExportOptions;
}

export function keptExpectation(options: ExportOptions, version: string): KeptExpectation {
  const recipe = exportRecipe(options, version);
  return { rulesVersion: labelRulesVersion(options.rules), spansVersion: spansStamp(options), recipe, options };
}

/**
 * Whether kept lines are what this export would compute for their conversation, given that the source checked the
 * events are still the ones they were made from: same stamp, no review decision on the conversation, and the
 * conversation wholly inside the date range (a range cutting it drops some of its labels and samples).
 */
export function keptUsable(kept: KeptLines, expected: KeptExpectation, decided: (conv: string) => boolean): boolean {
  const s = kept.stamp;
  return (
    s.rulesVersion === expected.rulesVersion &&
    s.spansVersion === expected.spansVersion &&
    s.recipe === expected.recipe &&
    s.decisions === 'none' &&
    !decided(kept.conv) &&
    inRange(kept.firstTs, expected.options) &&
    inRange(kept.lastTs, expected.options)
  );
}

/**
 * The kept lines of one conversation (events in capture order) under the built-in label rules, with its labels and
 * redaction spans as the background keeps them; null for a document with inline completions, which the export
 * computes (./completion-export.ts writes its files and stats).
 */
export async function makeKeptLines(
  conv: string,
  events: CaptureEvent[],
  derived: { labels?: readonly AnswerLabel[]; redactionSpans?: StoredSpans },
  options: ExportOptions,
  version: string,
  encoder = new TextEncoder(),
): Promise<KeptLines | null> {
  if (!events.length || options.rules !== undefined || events.some((e) => e.kind.startsWith('completion_'))) return null;
  const review = { excludedConversations: 0, excludedAnswers: 0, userLabels: 0, userRedactions: 0, keptValues: 0 };
  const made = conversationLines(events, { key: conv, ...derived }, {
    options,
    rules: resolveRules({}),
    rulesVersion: LABEL_RULES_VERSION,
    review,
    formats: resolveFormats(options.formats),
  });
  const encoded = made.files.map(([, text]) => encoder.encode(text));
  return {
    conv,
    site: events[0]!.site,
    ...activitySpan(events),
    stamp: {
      rulesVersion: LABEL_RULES_VERSION,
      spansVersion: spansStamp(options),
      decisions: 'none',
      events: events.length,
      lastEventId: events.at(-1)!.id,
      recipe: exportRecipe(options, version),
    },
    deflated: await deflateKept(joinBytes(encoded)),
    files: made.files.map(([file, , lines], i) => [file, encoded[i]!.length, lines]),
    counts: made.counts,
    tally: made.tally,
  };
}
