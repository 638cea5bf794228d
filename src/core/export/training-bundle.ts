// The training-ready export: event log -> (per conversation, one at a time) events, the conversation tree, labels
// and samples in every requested format, plus per-model acceptance stats, a dataset card and the manifest.
// Used by the extension (from the store) and the CLI's relabel (from a bundle's events), with the same code.
import type { CaptureEvent } from '../events';
import { EVENT_SCHEMA_VERSION } from '../events';
import { resolveRules } from '../labeller';
import { AcceptanceTally } from './acceptance';
import { COMPLETION_LABELS_FILE, CompletionExport } from './completion-export';
import { BundleWriter, type BundleManifest, type Sink } from './bundle';
import type { StoredSpans } from './conversation-redaction';
import type { ReviewCounts } from './conversation-as-exported';
import type { LineCounts } from './conversation-lines';
import { keptExpectation, type KeptLines, keptUsable } from './kept-stamp';
import { KeptInflater } from './kept-bytes';
import { datasetCard } from './dataset-card';
import { bundleJsonSchemas, schemaPathOf } from './file-schemas';
import { featuresOf } from './hf-features';
import { exportOptionsSchema, FORMAT_FILES, inRange, resolveFormats, spanOverlaps } from './options';
import { llamaFactoryDatasetInfo } from './trainer-formats';
import { redactionFact } from './redaction-policy';
import { redactionRecord, type RedactionRecord } from './redaction-record';
import { labelRulesVersion } from './rules-version';
import type { ReviewDecisions } from '../review/decisions';
import type { AnswerLabel } from '../labeller';
import type { SpoolFactory } from './spool';
import type { HasherFactory } from './file-hasher';
import type { CompressorFactory } from './compressor';

export { labelRulesVersion } from './rules-version';

export interface SourceConversation {
  key: string;
  site: string;
  firstTs: string;
  lastTs: string;
  /** The conversation's events in capture order. */
  events(): Promise<CaptureEvent[]>;
  /**
   * The machine labels of exactly these events under the built-in rules, when the source keeps them current (the
   * extension's store does): used as they are unless the export labels with other rules or its redaction changes the events.
   */
  labels?: readonly AnswerLabel[];
  /**
   * The rules' redaction spans of exactly these events, when the source keeps them (the extension's background
   * detects them as events arrive): replaced as they are when their version is the export's level and rules, else
   * the export detects.
   */
  redactionSpans?: StoredSpans;
  /** Its lines kept ready as bytes (./kept-lines.ts), when the source has them for exactly these events. */
  kept?: KeptLines;
}

/** What a source knows of a conversation before reading it (the store's summary row). */
export interface ConversationSpan {
  site: string;
  firstTs: string;
  lastTs: string;
}

export interface ExportSource {
  /**
   * `usable`: whether kept lines hold for this export. A source that keeps lines gives them where they hold (and
   * need not read those conversations' events); the export checks them again. `wanted`: whether the export writes
   * the conversation at all (its sites and date range); a source may give the others without reading them (their
   * events are then read only if asked for).
   */
  conversations(usable?: (kept: KeptLines) => boolean, wanted?: (c: ConversationSpan) => boolean): AsyncIterable<SourceConversation>;
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
  /** How files are deflated: in this thread by default (./compressor.ts), or on a worker (./compress-service.ts). */
  compressors?: CompressorFactory;
  /** How files are hashed: natively, one bounded part at a time, by default (./file-hasher.ts). */
  hashers?: HasherFactory;
  onProgress?: (p: ExportProgress) => void;
  /** Uncompressed bytes a file may reach before it is written in parts (PART_BYTES, ./file-parts.ts, by default). */
  partBytes?: number;
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

function addCounts(counts: Record<keyof LineCounts, number>, add: LineCounts): void {
  for (const k of Object.keys(add) as (keyof LineCounts)[]) counts[k] += add[k];
}

/**
 * Whether a conversation has any review decision, so kept lines (made without any) do not hold for it. Decisions
 * read from the store name their conversations; others (a caller's own) are taken to touch every conversation.
 */
function decidedIn(decisions: ReviewDecisions | undefined): (conv: string) => boolean {
  if (!decisions) return () => false;
  const some =
    decisions.excludedConversations.size + decisions.excludedAnswers.size + decisions.labelOverrides.size + decisions.redactions.size > 0 ||
    (decisions.kept?.size ?? 0) > 0;
  if (!some) return () => false;
  const convs = decisions.conversations;
  return convs ? (conv) => convs.has(conv) : () => true;
}

function withoutKept<T extends { keptValues: number }>({ keptValues: _, ...rest }: T): Omit<T, 'keptValues'> {
  return rest;
}

export async function exportTrainingBundle(
  source: ExportSource,
  rawOptions: unknown,
  sink: Sink,
  ctx: ExportContext,
): Promise<BundleManifest> {
  const options = exportOptionsSchema.parse(rawOptions, 'options');
  const rules = resolveRules(options.rules ?? {});
  const rulesVersion = labelRulesVersion(options.rules);
  const formats = resolveFormats(options.formats);
  const sampleFiles = formats.flatMap((f) => FORMAT_FILES[f]).filter((f) => f.file.endsWith('.jsonl'));
  const sites = options.sites ? new Set(options.sites) : null;
  const writer = new BundleWriter(ctx.spools, ctx.compressors, ctx.hashers, ctx.partBytes);
  const tally = new AcceptanceTally();
  const completions = new CompletionExport(writer, {
    rules,
    rulesVersion,
    samples: formats.includes('completions'),
    ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
    ...(options.labels ? { labels: options.labels } : {}),
    inRange: (ts) => inRange(ts, options),
  });
  const counts = { conversations: 0, prompts: 0, answers: 0, signals: 0, events: 0, labels: 0 };
  /** Review decisions applied: counts only, never the redacted values. */
  const review: ReviewCounts = { excludedConversations: 0, excludedAnswers: 0, userLabels: 0, userRedactions: 0, keptValues: 0 };
  const progress: ExportProgress = { conversations: 0, records: 0, ...(source.total !== undefined ? { total: source.total } : {}) };
  try {
    for (const [name, description] of CORE_FILES) await writer.declare(name, description);
    await completions.declare();
    for (const f of sampleFiles) await writer.declare(f.file, f.description);

    const expected = keptExpectation(options, ctx.generator.version);
    const decided = decidedIn(ctx.decisions);
    const inflater = new KeptInflater();
    let computing: Promise<typeof import('./conversation-lines')> | undefined;
    const wanted = (c: ConversationSpan) => (!sites || sites.has(c.site)) && spanOverlaps(c.firstTs, c.lastTs, options);
    for await (const conv of source.conversations((row) => keptUsable(row, expected, decided), wanted)) {
      progress.conversations++;
      if (!wanted(conv)) {
        ctx.onProgress?.({ ...progress });
        continue;
      }
      if (ctx.decisions?.excludedConversations.has(conv.key)) {
        review.excludedConversations++;
        ctx.onProgress?.({ ...progress });
        continue;
      }
      const kept = conv.kept && keptUsable(conv.kept, expected, decided) ? conv.kept : null;
      if (kept) {
        counts.conversations++;
        const all = inflater.inflate(kept.deflated, kept.files.reduce((n, [, bytes]) => n + bytes, 0));
        let at = 0;
        for (const [file, bytes, lines] of kept.files) {
          const flushing = writer.writeBytes(file, all.subarray(at, (at += bytes)), lines);
          if (flushing) await flushing;
        }
        addCounts(counts, kept.counts);
        for (const [model, ts, label] of kept.tally) tally.add(model, ts, label);
      } else {
        const raw = await conv.events();
        if (raw.length === 0) continue;
        // Loaded for the first conversation computed: an export that is all kept lines never loads the labelling,
        // sample and redaction code (round 17).
        const { conversationLines } = await (computing ??= import('./conversation-lines'));
        const made = conversationLines(raw, conv, {
          options,
          rules,
          rulesVersion,
          review,
          formats,
          ...(ctx.decisions ? { decisions: ctx.decisions } : {}),
        });
        counts.conversations++;
        for (const [file, text, lines] of made.files) {
          const flushing = writer.writeText(file, text, lines);
          if (flushing) await flushing;
        }
        addCounts(counts, made.counts);
        for (const [model, ts, label] of made.tally) tally.add(model, ts, label);
        await completions.add(made.events);
      }
      progress.records = counts.events;
      ctx.onProgress?.({ ...progress });
    }

    for (const f of sampleFiles) (counts as Record<string, number>)[f.file.replace(/\.jsonl$/, '')] = writer.records(f.file);
    const acceptance = tally.stats();
    // A relabelled bundle's events were redacted when first exported: its redaction record is passed through.
    const rulesRan = !!options.redaction && options.redaction.level !== 'off';
    const passed = ctx.manifest?.redaction as (Omit<RedactionRecord, 'rulesVersion'> & { rulesVersion: string | number }) | undefined;
    const redaction: RedactionRecord | undefined = options.redaction
      ? await redactionRecord(options.redaction)
      : passed && { ...passed, rulesVersion: String(passed.rulesVersion) };
    const filters = Object.fromEntries(
      (['from', 'to', 'sites', 'labels', 'minConfidence', 'formats'] as const).flatMap((k) =>
        options[k] !== undefined ? [[k, options[k]]] : [],
      ),
    );

    const schemas = bundleJsonSchemas();
    const jsonlFiles = [...CORE_FILES.map(([file, description]) => ({ file, description })), COMPLETION_LABELS_FILE, ...sampleFiles];
    // Every data file is complete: where each is (the file, or the folder of its parts) goes into the card and registry.
    const located = new Map<string, string>();
    for (const { file } of jsonlFiles) located.set(file, (await writer.complete(file)).location);
    /** A Hugging Face `data_files` entry: the file, or every part in its folder. */
    const dataFiles = (file: string) => (located.get(file) === file ? file : `${located.get(file)}/*${file.slice(file.lastIndexOf('.'))}`);
    if (formats.includes('llamafactory')) {
      await writer.declare('dataset_info.json', FORMAT_FILES.llamafactory.find((f) => f.file === 'dataset_info.json')!.description);
      const present = {
        sft: writer.records('sharegpt.jsonl') > 0,
        preference: writer.records('llamafactory-preference.jsonl') > 0,
        kto: writer.records('llamafactory-kto.jsonl') > 0,
      };
      const info = llamaFactoryDatasetInfo(present, 'echo', (file) => located.get(file) ?? file);
      await writer.writeText('dataset_info.json', JSON.stringify(info, null, 2) + '\n');
    }
    await writer.declare(
      'README.md',
      'Dataset card (Hugging Face YAML front matter: license, language, size, one config per file with its features)',
    );
    await writer.writeText(
      'README.md',
      datasetCard({
        title: options.studyId ? `Echo Capture dataset: ${options.studyId}` : 'Echo Capture dataset',
        summary: [
          'Prompts and answers from AI chat sites with what the user did with them, labelled accepted / rejected /',
          'refined / unknown from those refinement signals, and turned into training samples.',
        ],
        files: jsonlFiles.map(({ file, description }) => ({
          config: file.replace(/\.jsonl$/, ''),
          dataFiles: [dataFiles(file)],
          description,
          records: writer.records(file),
          features: featuresOf(schemas[schemaPathOf(file).slice('schemas/'.length)]!),
        })),
        facts: [
          ['Conversations', String(counts.conversations)],
          ['Answers', `${counts.answers} (${counts.labels} labels exported)`],
          ['Label rules', rulesVersion],
          // Which sample files were written (the person's or the study's choice), so a reader knows none is missing.
          ['Sample formats', formats.length ? formats.join(', ') : 'none'],
          ['Captured with', `echo-capture ${ctx.extensionVersion}`],
          ['Redaction', redaction ? redactionFact(redaction) : 'none'],
          ...(options.studyId ? [['Study', options.studyId] as [string, string]] : []),
          ...(options.participantId ? [['Participant', options.participantId] as [string, string]] : []),
          ...(Object.keys(filters).length ? [['Filters', `\`${JSON.stringify(filters)}\``] as [string, string]] : []),
        ],
        acceptance,
        sections: completions.cardSection(),
        // load_dataset(dir) without a config name (and `trl sft` without --dataset_config) gets the SFT samples in
        // the form TRL trains completion-only: on `messages` it would also train earlier, possibly rejected, turns.
        metadata: { defaultConfig: formats.includes('sft-prompt-completion') ? 'sft-prompt-completion' : 'sft' },
      }),
    );
    // The JSON Schema of every file, so the bundle can be checked without this project's source.
    const describedFiles = [
      ...jsonlFiles.map((f) => f.file),
      ...(formats.includes('llamafactory') ? ['dataset_info.json'] : []),
      'manifest.json',
    ];
    for (const file of describedFiles) {
      const path = schemaPathOf(file);
      await writer.declare(path, `JSON Schema of ${file}${file.endsWith('.jsonl') ? ' (one line)' : ''}`);
      await writer.writeText(path, JSON.stringify(schemas[path.slice('schemas/'.length)], null, 2) + '\n');
    }

    return await writer.finish(
      {
        ...(ctx.createdAt ? { createdAt: ctx.createdAt } : {}),
        generator: ctx.generator,
        extensionVersion: ctx.extensionVersion,
        eventSchemaVersion: EVENT_SCHEMA_VERSION,
        labelRulesVersion: rulesVersion,
        ...(options.studyId ? { studyId: options.studyId } : {}),
        ...(options.participantId ? { participantId: options.participantId } : {}),
        ...(redaction ? { redaction } : {}),
        ...(Object.keys(filters).length ? { filters } : {}),
        // keptValues only means something when rules ran: without them there is nothing to keep.
        ...(ctx.decisions ? { review: rulesRan ? review : withoutKept(review) } : {}),
        ...ctx.manifest,
        counts: { ...counts, ...completions.counts() },
        stats: { acceptance, ...completions.stats() },
      },
      sink,
    );
  } catch (e) {
    await writer.dispose();
    throw e;
  }
}
