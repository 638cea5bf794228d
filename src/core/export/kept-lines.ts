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
import { activitySpan, conversationLines } from './conversation-lines';
import type { StoredSpans } from './conversation-redaction';
import { type ExportOptions, resolveFormats } from './options';
import { exportRecipe, type KeptLines, spansStamp } from './kept-stamp';

export * from './kept-stamp';

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
