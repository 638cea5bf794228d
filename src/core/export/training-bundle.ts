// The training-ready export: event log -> (per conversation, one at a time) events, the conversation tree, labels
// and samples in every requested format, plus per-model acceptance stats, a dataset card and the manifest.
// Used by the extension (from the store) and the CLI's relabel (from a bundle's events), with the same code.
import type { CaptureEvent, ResponseEvent } from '../events';
import { EVENT_SCHEMA_VERSION, isSignal } from '../events';
import { labelEvents, LABEL_RULES_VERSION, resolveRules } from '../labeller';
import { describeRedaction } from '../redaction';
import { buildSamples, type SampleSets } from '../samples';
import { AcceptanceTally } from './acceptance';
import { BundleWriter, type BundleManifest, type Sink } from './bundle';
import { assembleConversation } from './conversations';
import { datasetCard } from './dataset-card';
import type { LabelRecord } from './file-schemas';
import { type ExportOptions, exportOptionsSchema, inRange, SAMPLE_FILES, SAMPLE_FORMATS, type SampleFormat, spanOverlaps } from './options';
import { redactEventsForExport } from '../redaction/export';
import { conversationRedactor, effectiveLabel, excludedInConversation, redactEvent, type ReviewDecisions } from '../review/decisions';
import type { AnswerLabel, AnswerLabelKind } from '../labeller';
import type { SpoolFactory } from './spool';

export interface SourceConversation {
  key: string;
  site: string;
  firstTs: string;
  lastTs: string;
  /** The conversation's events in capture order. */
  events(): Promise<CaptureEvent[]>;
  /**
   * The machine labels of exactly these events under the built-in rules, when the source keeps them current (the
   * extension's store does): used as they are unless the export labels with other rules or redacts the text.
   */
  labels?: readonly AnswerLabel[];
}

export interface ExportSource {
  conversations(): AsyncIterable<SourceConversation>;
  /** Number of conversations, for progress. */
  total?: number;
}

export interface ExportProgress {
  conversations: number;
  total?: number;
  records: number;
}

export interface ExportContext {
  generator: { name: string; version: string };
  /** Version of the extension that captured the events (for relabelled bundles: the original's). */
  extensionVersion: string;
  spools?: SpoolFactory;
  onProgress?: (p: ExportProgress) => void;
  createdAt?: string;
  /** Extra manifest fields (e.g. relabelledFrom). */
  manifest?: Record<string, unknown>;
  /** The user's review decisions (exclusions, own labels, redactions): docs/review-decisions.md. */
  decisions?: ReviewDecisions;
}

const CORE_FILES = [
  ['events.jsonl', 'Raw event log, one CaptureEvent per line: grouped by conversation, in capture order within each'],
  ['conversations.jsonl', 'One conversation per line: its message tree with every variant'],
  ['labels.jsonl', 'One label per answer (accepted / rejected / refined / unknown) with evidence and confidence'],
] as const;

export async function exportTrainingBundle(source: ExportSource, rawOptions: unknown, sink: Sink, ctx: ExportContext): Promise<BundleManifest> {
  const options = exportOptionsSchema.parse(rawOptions, 'options');
  const rules = resolveRules(options.rules ?? {});
  const formats: SampleFormat[] = options.formats ? SAMPLE_FORMATS.filter((f) => options.formats!.includes(f)) : [...SAMPLE_FORMATS];
  const sites = options.sites ? new Set(options.sites) : null;
  const wantedLabels = options.labels ? new Set(options.labels) : null;
  const writer = new BundleWriter(ctx.spools);
  const tally = new AcceptanceTally();
  const counts = { conversations: 0, prompts: 0, answers: 0, signals: 0, events: 0, labels: 0 };
  /** Review decisions applied: counts only, never the redacted values. */
  const review = { excludedConversations: 0, excludedAnswers: 0, userLabels: 0, userRedactions: 0 };
  const progress: ExportProgress = { conversations: 0, records: 0, ...(source.total !== undefined ? { total: source.total } : {}) };
  try {
    for (const [name, description] of CORE_FILES) await writer.declare(name, description);
    for (const f of formats) await writer.declare(SAMPLE_FILES[f].file, SAMPLE_FILES[f].description);

    for await (const conv of source.conversations()) {
      progress.conversations++;
      if ((sites && !sites.has(conv.site)) || !spanOverlaps(conv.firstTs, conv.lastTs, options)) {
        ctx.onProgress?.({ ...progress });
        continue;
      }
      const decisions = ctx.decisions;
      if (decisions?.excludedConversations.has(conv.key)) {
        review.excludedConversations++;
        ctx.onProgress?.({ ...progress });
        continue;
      }
      let events = await conv.events();
      if (events.length === 0) continue;
      // The user's redactions and the rules' go through one redactor, so a token never means two values.
      const userValues = decisions?.redactions.get(conv.key) ?? [];
      review.userRedactions += userValues.length;
      if (options.redaction) events = redactEventsForExport(events, { ...options.redaction, add: userValues }).events;
      else if (userValues.length) {
        const redact = conversationRedactor(userValues);
        events = events.map((e) => redactEvent(e, redact));
      }
      // Labels come from the whole (redacted) log, before exclusions, so excluding one variant does not relabel
      // its siblings; then excluded answers leave every file, and the user's own labels sit beside the machine's.
      const keptLabels = conv.labels && options.rules === undefined && !options.redaction && !userValues.length ? conv.labels : null;
      let labelled: (AnswerLabel & { userLabel?: AnswerLabelKind })[] = keptLabels ? [...keptLabels] : labelEvents(events, rules);
      let excludedMessageIds = new Set<string>();
      if (decisions) {
        const excluded = excludedInConversation(events, decisions);
        excludedMessageIds = excluded.messageIds;
        review.excludedAnswers += excluded.messageIds.size;
        events = events
          .filter((e) => !excluded.eventIds.has(e.id))
          .map((e) => (e.kind === 'paste' && excluded.messageIds.size ? { ...e, matches: e.matches.filter((m) => !excluded.messageIds.has(m.messageId)) } : e));
        labelled = labelled
          .filter((l) => !excluded.messageIds.has(l.messageId))
          .map((l) => {
            const userLabel = decisions.labelOverrides.get(l.eventId);
            if (userLabel) review.userLabels++;
            return userLabel ? { ...l, userLabel } : l;
          });
      }
      /** What filters, samples and statistics use: the user's label where there is one. */
      const effective = labelled.map((l) => ({ ...l, ...effectiveLabel(l) }));

      counts.conversations++;
      for (const e of events) {
        await writer.write('events.jsonl', e);
        counts.events++;
        if (e.kind === 'prompt') counts.prompts++;
        else if (e.kind === 'response') counts.answers++;
        else if (isSignal(e.kind)) counts.signals++;
      }
      const record = assembleConversation(events);
      if (record) await writer.write('conversations.jsonl', record);

      const answers = new Map<string, ResponseEvent>();
      for (const e of events) if (e.kind === 'response') answers.set(`${e.site}:${e.conversationId}\u0000${e.messageId}`, e);
      const inWindow = (l: AnswerLabel) => {
        const answer = answers.get(`${l.conversationKey}\u0000${l.messageId}`);
        return answer !== undefined && inRange(answer.ts, options);
      };
      const labels = effective.filter(inWindow);
      for (const [i, label] of labelled.filter(inWindow).entries()) {
        const answer = answers.get(`${label.conversationKey}\u0000${label.messageId}`)!;
        const eff = labels[i]!;
        tally.add(answer.model, answer.ts, eff.label);
        if (wantedLabels && !wantedLabels.has(eff.label)) continue;
        if (options.minConfidence !== undefined && eff.confidence < options.minConfidence) continue;
        const out: LabelRecord = {
          ...label,
          site: answer.site,
          ...(answer.model ? { model: answer.model } : {}),
          answeredAt: answer.ts,
        };
        await writer.write('labels.jsonl', out);
        counts.labels++;
      }
      if (formats.length) {
        const samples = buildSamples(events, labels.map(({ source: _source, userLabel: _user, ...l }) => l), {
          ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
          ...(options.labels ? { labels: options.labels } : {}),
        });
        // An excluded answer is in no sample: not as chosen, rejected, target or context.
        const usesExcluded = (sample: unknown) => excludedMessageIds.size > 0 && [...excludedMessageIds].some((id) => JSON.stringify(sample).includes(JSON.stringify(id)));
        for (const f of formats) for (const s of samplesOf(samples, f)) if (!usesExcluded(s)) await writer.write(SAMPLE_FILES[f].file, s);
      }
      progress.records = counts.events;
      ctx.onProgress?.({ ...progress });
    }

    for (const f of formats) (counts as Record<string, number>)[f] = writer.records(SAMPLE_FILES[f].file);
    const acceptance = tally.stats();
    // A relabelled bundle's events were redacted when first exported: its redaction record is passed through.
    const redaction = options.redaction
      ? describeRedaction(options.redaction.level, options.redaction.disabledRules ?? [])
      : (ctx.manifest?.redaction as ReturnType<typeof describeRedaction> | undefined);
    const filters = Object.fromEntries(
      (['from', 'to', 'sites', 'labels', 'minConfidence', 'formats'] as const).flatMap((k) => (options[k] !== undefined ? [[k, options[k]]] : [])),
    );

    await writer.declare('README.md', 'Dataset card (Hugging Face YAML front matter: one config per sample file)');
    await writer.writeText(
      'README.md',
      datasetCard({
        title: options.studyId ? `Echo Capture dataset: ${options.studyId}` : 'Echo Capture dataset',
        summary: [
          'Prompts and answers from AI chat sites with what the user did with them, labelled accepted / rejected /',
          'refined / unknown from those refinement signals, and turned into training samples.',
        ],
        files: formats.map((f) => ({ config: f, dataFiles: [SAMPLE_FILES[f].file], description: SAMPLE_FILES[f].description, records: writer.records(SAMPLE_FILES[f].file) })),
        facts: [
          ['Conversations', String(counts.conversations)],
          ['Answers', `${counts.answers} (${counts.labels} labels exported)`],
          ['Label rules', LABEL_RULES_VERSION],
          ['Captured with', `echo-capture ${ctx.extensionVersion}`],
          ['Redaction', redaction ? `${redaction.level} (${redaction.rulesVersion}, ${redaction.rules.length} rules)` : 'none'],
          ...(options.studyId ? [['Study', options.studyId] as [string, string]] : []),
          ...(options.participantId ? [['Participant', options.participantId] as [string, string]] : []),
          ...(Object.keys(filters).length ? [['Filters', `\`${JSON.stringify(filters)}\``] as [string, string]] : []),
        ],
        acceptance,
      }),
    );

    return await writer.finish(
      {
        ...(ctx.createdAt ? { createdAt: ctx.createdAt } : {}),
        generator: ctx.generator,
        extensionVersion: ctx.extensionVersion,
        eventSchemaVersion: EVENT_SCHEMA_VERSION,
        labelRulesVersion: LABEL_RULES_VERSION,
        ...(options.studyId ? { studyId: options.studyId } : {}),
        ...(options.participantId ? { participantId: options.participantId } : {}),
        ...(redaction ? { redaction } : {}),
        ...(Object.keys(filters).length ? { filters } : {}),
        ...(ctx.decisions ? { review } : {}),
        ...ctx.manifest,
        counts,
        stats: { acceptance },
      },
      sink,
    );
  } catch (e) {
    await writer.dispose();
    throw e;
  }
}

function samplesOf(sets: SampleSets, format: SampleFormat): unknown[] {
  switch (format) {
    case 'sft':
      return sets.sft;
    case 'sft-prompt-completion':
      return sets.sftPromptCompletion;
    case 'preference':
      return sets.preference;
    case 'kto':
      return sets.kto;
    case 'openai-chat':
      return sets.openai;
    case 'sharegpt':
      return sets.sharegpt;
  }
}
