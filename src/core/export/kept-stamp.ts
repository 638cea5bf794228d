// The stamp of a conversation's kept export lines (./kept-lines.ts) and the check an export makes of it, apart from the
// code that makes the lines: an export that finds every conversation's kept lines current loads neither the
// computing path (./conversation-lines.ts) nor the redaction engine (round 17). ./kept-lines.ts re-exports all of it.
import type { LineCounts, TallyEntry } from './conversation-lines';
import { type ExportOptions, inRange, resolveFormats } from './options';
import { personalExportFormats } from './sample-formats';
import { labelRulesVersion } from './rules-version';
import { STORED_SPANS_LEVEL, storedSpansVersion } from './spans-version';

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

export function spansStamp(options: ExportOptions): string {
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
