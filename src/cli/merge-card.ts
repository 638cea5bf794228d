// The description files of a merged dataset: manifest.json (participants, what was kept, replaced, dropped and
// refused, acceptance, every file's checksum), the JSON Schemas of every file under schemas/, and the dataset
// card whose configs point at the Parquet tables and trainer files, each with its features.
import { basename } from 'node:path';
import type { AcceptanceStats } from '../core/export/acceptance';
import type { CompletionAcceptanceStats } from '../core/export/completion-acceptance';
import { COMPLETION_LABELS_FILE, completionCardSection } from '../core/export/completion-export';
import { datasetCard } from '../core/export/dataset-card';
import { bundleJsonSchemas } from '../core/export/file-schemas';
import { featuresOf, type NamedFeature } from '../core/export/hf-features';
import { FORMAT_FILES, SAMPLE_FORMATS } from '../core/export/options';
import type { Plan } from './bundle-plan';
import { LineFile, type OutputFile } from './line-file';
import { KEY_COLUMNS } from './merge-parquet';
import { mergedManifestJsonSchema, MERGED_SCHEMA_VERSION, type MergedManifest } from './merged-manifest';
import { CLI_VERSION } from './version';
import type { UnitSummary } from './unit-stream';
import { wholeFileOf } from '../core/export/file-parts';

interface MetadataInput {
  temp: string;
  plan: Plan;
  summary: UnitSummary;
  counts: Record<string, number>;
  files: OutputFile[];
  acceptance: AcceptanceStats;
  /** Inline completions, when any suggestion was shown. */
  completionAcceptance?: CompletionAcceptanceStats;
  options: {
    allowMixedStudies?: boolean;
    allowDuplicateParticipants?: boolean;
    newestExportOnly?: boolean;
    memoryLimit: string;
    license?: string;
    language?: string[];
  };
  log: (line: string) => void;
}

const TABLES = ['events', 'conversations', 'labels', 'sft', 'sft-prompt-completion', 'preference', 'kto'];
/** Inline completion tables: in the card only when a participant's bundle had any (chat-only datasets stay as they were). */
const COMPLETION_TABLES = ['completion-labels', 'completion-fim', 'completion-prompt-completion', 'completion-preference'];
const COMPLETION_SAMPLE_FILES = ['completion-fim.jsonl', 'completion-prompt-completion.jsonl', 'completion-preference.jsonl'];
const TABLE_DESCRIPTIONS: Record<string, string> = {
  events: 'Raw events of every participant, with participantId and conversationKey',
  conversations: 'One conversation per row: its message tree with every variant',
  labels: 'One label per answer, with evidence and confidence',
  'completion-labels': COMPLETION_LABELS_FILE.description,
};
const description = (file: string) =>
  SAMPLE_FORMATS.flatMap((f) => FORMAT_FILES[f]).find((f) => f.file === file)?.description ?? TABLE_DESCRIPTIONS[file.replace(/\.jsonl$/, '')] ?? '';

/** Parquet columns of a merged table: the keys, the record's own fields (timestamps typed), and the day partition. */
function tableFeatures(stem: string, schemas: Record<string, Record<string, unknown>>): NamedFeature[] {
  const own = featuresOf(schemas[`${stem}.schema.json`]!, { timestamp: 'timestamp[us, tz=UTC]' });
  const keys = Object.keys(KEY_COLUMNS)
    .filter((k) => !own.some((f) => f.name === k))
    .map((name) => ({ name, feature: { dtype: 'string' } }));
  return [{ name: 'day', feature: { dtype: 'date32' } }, ...keys, ...own];
}

export function writeMergedMetadata(input: MetadataInput): MergedManifest {
  const { temp, plan, summary, counts, acceptance, completionAcceptance, options, log } = input;
  const files = [...input.files];
  const schemas = bundleJsonSchemas();
  for (const [name, doc] of [...Object.entries(schemas), ['merged-manifest.schema.json', mergedManifestJsonSchema()] as const]) {
    const f = new LineFile(temp, `schemas/${name}`);
    f.text(JSON.stringify(doc, null, 2) + '\n');
    files.push(f.close());
  }
  const sum = (pick: (o: UnitSummary['outcomes'][number]) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const o of summary.outcomes) for (const [k, v] of Object.entries(pick(o))) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const bundlesWithoutFile: Record<string, number> = {};
  for (const file of ['sft.jsonl', 'preference.jsonl', 'kto.jsonl']) {
    const n = plan.bundles.filter((b) => !b.manifest.files.some((f) => wholeFileOf(f.name) === file)).length;
    if (n) bundlesWithoutFile[file] = n;
  }
  // Completion samples exist only when the `completions` format was exported: a bundle that showed suggestions
  // but has no sample file gives its documents' labels and acceptance, never their samples.
  for (const file of COMPLETION_SAMPLE_FILES) {
    const hasFile = (b: (typeof plan.bundles)[number]) => b.manifest.files.some((f) => wholeFileOf(f.name) === file);
    const n = plan.bundles.filter((b) => (b.manifest.counts.completions ?? 0) > 0 && !hasFile(b)).length;
    if (n) bundlesWithoutFile[file] = n;
  }
  const merge = {
    conversationsReplaced: summary.outcomes.reduce((n, o) => n + o.replaced, 0),
    recordsDropped: sum((o) => o.dropped),
    recordsRefused: sum((o) => o.orphans),
    conversationsNotInNewest: summary.outcomes.reduce((n, o) => n + o.notInNewest, 0),
    conversationsKeptFromOlder: summary.keptFromOlder,
    sharedConversations: summary.sharedConversations,
    bundlesWithoutFile,
  };
  const warnings = [...plan.warnings];
  if (merge.sharedConversations) warnings.push(`${plural(merge.sharedConversations, 'conversation id appears', 'conversation ids appear')} under more than one participant: kept for each (check these are different people)`);
  if (merge.conversationsKeptFromOlder) warnings.push(`${plural(merge.conversationsKeptFromOlder, 'conversation is', 'conversations are')} only in an older export of their participant and kept (--newest-export-only leaves them out)`);
  for (const [file, n] of Object.entries(bundlesWithoutFile)) {
    const what = file.startsWith('completion-') ? 'editor documents' : 'conversations';
    warnings.push(`${plural(n, 'bundle has', 'bundles have')} no ${file}: their ${what} give no ${file.replace('.jsonl', '')} samples`);
  }
  const refused = Object.values(merge.recordsRefused).reduce((a, b) => a + b, 0);
  if (refused) warnings.push(`${plural(refused, 'record names', 'records name')} a conversation with no events in its bundle: refused`);

  const manifest: MergedManifest = {
    format: 'echo-capture-merged-dataset',
    schemaVersion: MERGED_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    generator: { name: 'echo-dataset', version: CLI_VERSION },
    options: {
      allowMixedStudies: !!options.allowMixedStudies,
      allowDuplicateParticipants: !!options.allowDuplicateParticipants,
      newestExportOnly: !!options.newestExportOnly,
      memoryLimit: options.memoryLimit,
    },
    studies: plan.studies,
    participants: plan.bundles.map((b, i) => {
      const o = summary.outcomes[i]!;
      return {
        participantId: b.participantId,
        participantFrom: b.participantFrom,
        studyId: b.studyId,
        bundle: basename(b.path),
        createdAt: b.manifest.createdAt,
        exportedAt: b.exportedAt,
        ...(b.manifest.extensionVersion ? { extensionVersion: b.manifest.extensionVersion } : {}),
        ...(b.manifest.labelRulesVersion ? { labelRulesVersion: b.manifest.labelRulesVersion } : {}),
        redaction: b.manifest.redaction?.level ?? null,
        conversations: o.conversations,
        replaced: o.replaced,
        notInNewest: o.notInNewest,
        kept: o.kept,
        dropped: o.dropped,
        orphans: o.orphans,
      };
    }),
    counts: {
      bundles: plan.bundles.length,
      participants: new Set(plan.bundles.map((b) => b.participantId)).size,
      ...counts,
      ...(completionAcceptance ? { completions: completionAcceptance.overall.shown } : {}),
    },
    merge,
    warnings,
    stats: { acceptance, ...(completionAcceptance ? { completionAcceptance } : {}) },
    files: [], // filled below, after the card
  };

  const tables = [...TABLES, ...COMPLETION_TABLES.filter((t) => (counts[t] ?? 0) > 0)];
  const card = new LineFile(temp, 'README.md');
  card.text(
    datasetCard({
      title: plan.studies.length === 1 && plan.studies[0] ? `Echo Capture dataset: ${plan.studies[0]}` : 'Echo Capture merged dataset',
      summary: [
        `Merged from ${plan.bundles.length} bundles of ${manifest.counts.participants} participants, conversation by conversation: the newest`,
        'export of a participant supplies each of its conversations whole. Tables are Hive-partitioned Parquet under',
        '`data/<table>/study=…/site=…/day=…/` (day: UTC date the conversation started), every row with its',
        '`participantId` and `conversationKey`. The trainer files are JSONL under `trainers/`, outside the configs',
        '(`datasets` reads one file type per dataset): `openai-chat.jsonl` and `openai-preference.jsonl` for OpenAI',
        'fine-tuning, `sharegpt.jsonl`, `llamafactory-*.jsonl` and `dataset_info.json` for LLaMA-Factory (`dataset_dir: trainers`).',
      ],
      files: [
        ...tables.map((stem) => ({ config: stem, dataFiles: [`data/${stem}/**/*.parquet`], description: description(`${stem}.jsonl`), records: counts[stem] ?? 0, features: tableFeatures(stem, schemas) })),
      ],
      facts: [
        ['Participants', String(manifest.counts.participants)],
        ['Bundles', String(plan.bundles.length)],
        ['Conversations', String(counts.conversations ?? 0)],
        ['Events', String(counts.events ?? 0)],
        ...(completionAcceptance ? [['Inline suggestions shown', String(completionAcceptance.overall.shown)] as [string, string]] : []),
        ['Conversations replaced by a newer export', String(merge.conversationsReplaced)],
        ['Label rules', [...new Set(plan.bundles.map((b) => b.manifest.labelRulesVersion ?? 'unknown'))].join(', ')],
        ['Redaction', [...new Set(plan.bundles.map((b) => b.manifest.redaction?.level ?? 'none'))].join(', ')],
      ],
      acceptance,
      ...(completionAcceptance ? { sections: completionCardSection(completionAcceptance) } : {}),
      metadata: {
        defaultConfig: 'sft-prompt-completion', // as in a bundle's card: the form TRL trains completion-only
        ...(options.license ? { license: options.license } : {}),
        ...(options.language?.length ? { language: options.language } : {}),
      },
    }),
  );
  files.push(card.close());
  manifest.files = files.sort((a, b) => a.path.localeCompare(b.path));
  const out = new LineFile(temp, 'manifest.json', { hash: false });
  out.text(JSON.stringify(manifest, null, 2) + '\n');
  out.close();
  log(`merged ${manifest.counts.bundles} bundles of ${manifest.counts.participants} participants: ${tables.map((t) => `${t} ${counts[t] ?? 0}`).join(', ')}`);
  return manifest;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
