// The inline-completion part of a training export, one conversation (editor document) at a time: a label per
// suggestion shown (completion-labels.jsonl), the samples of the `completions` format (FIM, prompt/completion,
// preference), and the paper's acceptance rate for the manifest and the dataset card. Kept apart from
// training-bundle.ts so that file only registers it; chat exports without completion events are unchanged but for
// an empty completion-labels.jsonl.
import type { CaptureEvent } from '../events';
import { buildCompletionEpisodes } from '../labeller/completion-episodes';
import { labelCompletions } from '../labeller/completion-labels';
import {
  COMPLETION_ACCEPTANCE,
  COMPLETION_LABELS,
  COMPLETION_REJECTIONS,
  COMPLETION_RULE_NAMES,
  type CompletionLabel,
} from '../labeller/completion-types';
import type { LabelRules } from '../labeller/rules';
import type { AnswerLabelKind } from '../labeller/types';
import { buildCompletionSamples } from '../samples/completion';
import { array, type Infer, isoTimestamp, number, object, oneOf, optional, string } from '../schema';
import type { BundleWriter } from './bundle';
import { CompletionAcceptanceTally, type CompletionAcceptanceStats, describeCompletionAcceptance } from './completion-acceptance';

export const COMPLETION_LABELS_FILE = {
  file: 'completion-labels.jsonl',
  description:
    'One label per inline code suggestion shown (accepted / refined / partial / rejected / unknown) with acceptance, evidence and CN',
};

export const completionLabelRecordSchema = object(
  {
    conversationKey: string({ min: 1, description: '`<site>:<document id>`' }),
    suggestionId: string({ min: 1 }),
    eventId: string({ min: 1, description: 'The completion_shown event' }),
    site: string({ min: 1, max: 40 }),
    language: optional(string({ max: 64 })),
    shownAt: isoTimestamp('When the suggestion was shown'),
    label: oneOf(COMPLETION_LABELS),
    acceptance: oneOf(COMPLETION_ACCEPTANCE, { description: 'How much of it went in: full, partial (a word or line at a time) or none' }),
    confidence: number({ min: 0, max: 1 }),
    evidence: array(object({ rule: oneOf(COMPLETION_RULE_NAMES), eventIds: array(string()), detail: optional(string()) })),
    target: optional(string({ description: 'What the user kept (CN): the training target; absent when rejected or unknown' })),
    editDistance: optional(number({ int: true, min: 0 })),
    rejectedHow: optional(oneOf(COMPLETION_REJECTIONS)),
    rulesVersion: string({ min: 1 }),
  },
  { description: 'One label per inline code suggestion shown, with the evidence (event ids, rule) that produced it' },
);
export type CompletionLabelRecord = Infer<typeof completionLabelRecordSchema>;

export interface CompletionExportOptions {
  rules: LabelRules;
  rulesVersion: string;
  /** Whether the `completions` sample format is on. */
  samples: boolean;
  minConfidence?: number;
  labels?: readonly AnswerLabelKind[];
  inRange: (ts: string) => boolean;
}

/** `accepted` in the export's label filter covers partly accepted suggestions too (they are accepted, in part). */
const ANSWER_LABEL_OF = {
  accepted: 'accepted',
  partial: 'accepted',
  refined: 'refined',
  rejected: 'rejected',
  unknown: 'unknown',
} as const;

export class CompletionExport {
  private tally = new CompletionAcceptanceTally();
  private orphans = 0;

  constructor(
    private writer: BundleWriter,
    private options: CompletionExportOptions,
  ) {}

  declare(): Promise<void> {
    return this.writer.declare(COMPLETION_LABELS_FILE.file, COMPLETION_LABELS_FILE.description);
  }

  /** One conversation's (already redacted, review-filtered) events. */
  async add(events: readonly CaptureEvent[]): Promise<void> {
    if (!events.some((e) => e.kind.startsWith('completion_'))) return;
    const { options } = this;
    const labels = labelCompletions(events, options.rules)
      .filter((l) => options.inRange(l.shownAt))
      .map((l): CompletionLabel => (l.rulesVersion === options.rulesVersion ? l : { ...l, rulesVersion: options.rulesVersion }));
    this.orphans += buildCompletionEpisodes(events).orphans;
    for (const label of labels) {
      this.tally.add(label);
      if (options.labels && !options.labels.includes(ANSWER_LABEL_OF[label.label])) continue;
      if (options.minConfidence !== undefined && label.confidence < options.minConfidence) continue;
      await this.writer.write(COMPLETION_LABELS_FILE.file, label satisfies CompletionLabelRecord);
    }
    if (!options.samples) return;
    const sets = buildCompletionSamples(events, labels, {
      ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
      ...(options.labels ? { labels: options.labels } : {}),
    });
    for (const s of sets.fim) await this.writer.write('completion-fim.jsonl', s);
    for (const s of sets.promptCompletion) await this.writer.write('completion-prompt-completion.jsonl', s);
    for (const s of sets.preference) await this.writer.write('completion-preference.jsonl', s);
  }

  get shown(): number {
    return this.tally.stats().overall.shown;
  }

  /** Manifest counts: suggestions shown, label records, and events whose suggestion was never shown (not labelled). */
  counts(): Record<string, number> {
    return {
      completions: this.shown,
      'completion-labels': this.writer.records(COMPLETION_LABELS_FILE.file),
      ...(this.orphans > 0 ? { completionOrphanEvents: this.orphans } : {}),
    };
  }

  /** The manifest's `stats.completionAcceptance`, present once a suggestion was shown. */
  stats(): { completionAcceptance?: CompletionAcceptanceStats } {
    return this.shown ? { completionAcceptance: this.tally.stats() } : {};
  }

  /** The dataset card's section, with the definition; nothing for an export without completions. */
  cardSection(): string[] {
    return this.shown ? completionCardSection(this.tally.stats()) : [];
  }
}

/** The dataset card's section on inline completion acceptance, with its definition (a bundle's card, a merged one's). */
export function completionCardSection(stats: CompletionAcceptanceStats): string[] {
  if (!stats.overall.shown) return [];
  const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
  const lines = ['## Inline completion acceptance rate', '', `${describeCompletionAcceptance(stats, 10)}.`, ''];
  lines.push('Accepted / shown suggestions, as the Echo paper measures it; partly accepted suggestions apart.');
  lines.push(`Definition: ${stats.definition}.`, '');
  const head = ['site or language', 'shown', 'accepted', 'partly', 'dismissed', 'kept', 'refined', 'undone'];
  head.push('accepted / shown', 'partly / shown');
  lines.push(`| ${head.join(' | ')} |`);
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  type Counts = CompletionAcceptanceStats['overall'];
  const row = (name: string, c: Counts) => {
    const cells = [name, c.shown, c.accepted, c.partial, c.dismissed, c.kept, c.refined, c.undone, pct(c.rate), pct(c.partialRate)];
    return `| ${cells.join(' | ')} |`;
  };
  for (const [site, c] of Object.entries(stats.bySite)) lines.push(row(`site ${site}`, c));
  for (const [language, c] of Object.entries(stats.byLanguage)) lines.push(row(`language ${language}`, c));
  lines.push('', 'Per day, site and language: `manifest.json` → `stats.completionAcceptance.byDay`.');
  return lines;
}
