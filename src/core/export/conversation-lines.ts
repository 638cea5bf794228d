// One conversation's lines in every JSONL file of a training export (events, conversations, labels and the sample
// files) and what it adds to the manifest's counts and acceptance stats: one pure function that the export calls for
// each conversation it computes and the background calls to keep each conversation's lines ready as bytes
// (./kept-lines.ts), so a bundle written from kept bytes is the bundle computed, byte for byte. Inline completions
// (editor documents) are written apart by ./completion-export.ts.
import type { CaptureEvent, ResponseEvent } from '../events';
import { isSignal } from '../events';
import { buildSourceSamples } from '../samples';
import type { AnswerLabel, AnswerLabelKind } from '../labeller';
import { assembleConversation } from './conversations';
import { conversationAsExported, type ConversationExportContext } from './conversation-as-exported';
import type { StoredSpans } from './conversation-redaction';
import type { LabelRecord } from './file-schemas';
import { inRange, type SampleFormat } from './options';
import { SampleLines } from './sample-lines';

export { activitySpan } from './activity-span';

/** What one conversation adds to the manifest's counts (`conversations` is one more for each). */
export interface LineCounts {
  prompts: number;
  answers: number;
  signals: number;
  events: number;
  labels: number;
}

/** One answer's share of the acceptance stats: [model, answered at, effective label]. */
export type TallyEntry = [model: string | undefined, ts: string, label: AnswerLabelKind];

export interface ConversationLines {
  /** [file, its lines (newline-terminated, joined), number of lines], in the order written; empty files left out. */
  files: [file: string, text: string, lines: number][];
  counts: LineCounts;
  tally: TallyEntry[];
  /** The events as exported (redacted, review-filtered): what the inline-completion part reads. */
  events: CaptureEvent[];
}

export interface LinesContext extends ConversationExportContext {
  /** resolveFormats of the options. */
  formats: readonly SampleFormat[];
}

export function conversationLines(
  raw: CaptureEvent[],
  conv: { key: string; labels?: readonly AnswerLabel[]; redactionSpans?: StoredSpans },
  ctx: LinesContext,
): ConversationLines {
  const { options, formats } = ctx;
  const { events, labelled, effective, excludedMessageIds } = conversationAsExported(raw, conv, ctx);
  const counts: LineCounts = { prompts: 0, answers: 0, signals: 0, events: 0, labels: 0 };
  const files: ConversationLines['files'] = [];
  const add = (file: string, text: string, lines: number) => lines > 0 && files.push([file, text, lines]);

  let eventLines = '';
  for (const e of events) {
    eventLines += JSON.stringify(e) + '\n';
    counts.events++;
    if (e.kind === 'prompt') counts.prompts++;
    else if (e.kind === 'response') counts.answers++;
    else if (isSignal(e.kind)) counts.signals++;
  }
  add('events.jsonl', eventLines, counts.events);
  const record = assembleConversation(events);
  if (record) add('conversations.jsonl', JSON.stringify(record) + '\n', 1);

  const answers = new Map<string, ResponseEvent>();
  for (const e of events) if (e.kind === 'response') answers.set(`${e.site}:${e.conversationId}\u0000${e.messageId}`, e);
  const inWindow = (l: AnswerLabel) => {
    const answer = answers.get(`${l.conversationKey}\u0000${l.messageId}`);
    return answer !== undefined && inRange(answer.ts, options);
  };
  const labels = effective.filter(inWindow);
  const wanted = options.labels ? new Set(options.labels) : null;
  const tally: TallyEntry[] = [];
  let labelLines = '';
  for (const [i, label] of labelled.filter(inWindow).entries()) {
    const answer = answers.get(`${label.conversationKey}\u0000${label.messageId}`)!;
    const eff = labels[i]!;
    tally.push([answer.model, answer.ts, eff.label]);
    if (wanted && !wanted.has(eff.label)) continue;
    if (options.minConfidence !== undefined && eff.confidence < options.minConfidence) continue;
    const out: LabelRecord = { ...label, site: answer.site, ...(answer.model ? { model: answer.model } : {}), answeredAt: answer.ts };
    labelLines += JSON.stringify(out) + '\n';
    counts.labels++;
  }
  add('labels.jsonl', labelLines, counts.labels);

  if (formats.length) {
    const samples = buildSourceSamples(events, labels.map(({ source: _source, userLabel: _user, ...l }) => l), {
      ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
      ...(options.labels ? { labels: options.labels } : {}),
    });
    // An excluded answer is in no sample: not as chosen, rejected, target or context. Renderings follow their
    // source sample, so each stays line for line with it.
    const usesExcluded = (sample: unknown) =>
      excludedMessageIds.size > 0 && [...excludedMessageIds].some((id) => JSON.stringify(sample).includes(JSON.stringify(id)));
    const lines = new SampleLines({
      sft: samples.sft.filter((s) => !usesExcluded(s)),
      preference: samples.preference.filter((s) => !usesExcluded(s)),
      kto: samples.kto.filter((s) => !usesExcluded(s)),
    });
    for (const f of formats) for (const [file, text, n] of lines.of(f)) add(file, text, n);
  }
  return { files, counts, tally, events };
}
