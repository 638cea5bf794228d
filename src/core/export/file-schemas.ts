// Schemas of every file in an export bundle, from the schema DSL: the CLI validates bundles with them and
// scripts/gen-schemas.ts writes them as JSON Schema into schemas/ (a test keeps the committed copies current).
import { captureEventSchema } from '../events';
import { ANSWER_LABELS, RULE_NAMES } from '../labeller/types';
import {
  openAiChatSampleSchema,
  preferenceSampleSchema,
  sftPromptCompletionSampleSchema,
  sftSampleSchema,
  shareGptSampleSchema,
  unpairedSampleSchema,
} from '../samples/schemas';
import {
  array,
  boolean,
  type Infer,
  isoTimestamp,
  literal,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  type Schema,
  SchemaError,
  string,
  unknownJson,
} from '../schema';
import {
  llamaFactoryDatasetInfoSchema,
  llamaFactoryKtoSchema,
  llamaFactoryPreferenceSchema,
  openAiPreferenceSchema,
} from './trainer-formats';
import { REDACTION_CHOOSERS } from './redaction-policy';
import { completionAcceptanceStatsSchema } from './completion-acceptance';
import { completionLabelRecordSchema } from './completion-export';
import {
  completionFimSampleSchema,
  completionPreferenceSampleSchema,
  completionPromptCompletionSampleSchema,
} from '../samples/completion-schemas';

/**
 * Bundle layouts this code reads; it writes the last. 2 added schemas/, openai-preference and LLaMA-Factory files;
 * 3 writes files over 4 MiB in parts (./file-parts.ts).
 */
export const KNOWN_BUNDLE_SCHEMA_VERSIONS = [1, 2, 3] as const;

const bundleSchemaVersion: Schema<number> = {
  parse(value, path = '') {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new SchemaError(path, 'expected integer');
    if (!(KNOWN_BUNDLE_SCHEMA_VERSIONS as readonly number[]).includes(value)) {
      const known = KNOWN_BUNDLE_SCHEMA_VERSIONS.join(', ');
      throw new SchemaError(path, `unknown schemaVersion ${value}: this reader knows ${known} (a newer echo-dataset may read it)`);
    }
    return value;
  },
  json: () => ({ type: 'integer', enum: [...KNOWN_BUNDLE_SCHEMA_VERSIONS], description: 'Bundle layout version' }),
};

/** Written as a string; bundles from before schemaVersion 2 wrote the redaction rules version as an integer. */
const redactionRulesVersion: Schema<string | number> = {
  parse(value, path = '') {
    const ok = typeof value === 'string' ? value.length >= 1 && value.length <= 64 : Number.isInteger(value) && (value as number) >= 0;
    if (ok) return value as string | number;
    throw new SchemaError(path, 'expected a version string (or, in older bundles, an integer)');
  },
  json: () => ({
    anyOf: [
      { type: 'string', minLength: 1, maxLength: 64 },
      { type: 'integer', minimum: 0 },
    ],
    description: 'Redaction rules version (a string; older bundles wrote an integer)',
  }),
};

export const labelRecordSchema = object(
  {
    conversationKey: string({ min: 1 }),
    messageId: string({ min: 1 }),
    eventId: string({ min: 1, description: 'The response event labelled' }),
    site: string({ min: 1, max: 40 }),
    model: optional(string({ max: 128 })),
    answeredAt: isoTimestamp('When the answer was recorded'),
    label: oneOf(ANSWER_LABELS),
    confidence: number({ min: 0, max: 1 }),
    evidence: array(object({ rule: oneOf(RULE_NAMES), eventIds: array(string()), detail: optional(string()) })),
    target: optional(string({ description: 'refined: the better answer the user showed' })),
    targetMessageId: optional(string()),
    vetoed: optional(boolean()),
    rulesVersion: string({ min: 1 }),
    userLabel: optional(oneOf(ANSWER_LABELS)),
  },
  {
    description:
      'One label per answer, with the evidence (event ids, rule) that produced it; `userLabel` is the label the user set in review, ' +
      'kept beside the machine label (samples and statistics use it)',
  },
);
export type LabelRecord = Infer<typeof labelRecordSchema>;

export const conversationRecordSchema = object(
  {
    key: string({ min: 1 }),
    site: string({ min: 1, max: 40 }),
    conversationId: string({ min: 1 }),
    title: string(),
    firstTs: isoTimestamp(),
    lastTs: isoTimestamp(),
    models: array(string()),
    messages: array(
      object({
        messageId: string({ min: 1 }),
        role: oneOf(['user', 'assistant'] as const),
        parentId: nullable(string()),
        text: string(),
        model: optional(string()),
        variantIndex: optional(number({ int: true, min: 1 })),
        createdAt: isoTimestamp(),
        origin: oneOf(['live', 'history'] as const),
        signals: array(string(), { max: 1_000_000 }),
      }),
      { max: 1_000_000 },
    ),
  },
  { description: 'One conversation: its message tree with every variant, and the signals on each message' },
);

const acceptanceCountsShape = {
  answers: number({ int: true, min: 0, description: 'Answers in the export' }),
  labelled: number({ int: true, min: 0, description: 'Answers labelled accepted, rejected or refined' }),
  accepted: number({ int: true, min: 0 }),
  rejected: number({ int: true, min: 0 }),
  refined: number({ int: true, min: 0 }),
  rate: nullable(number({ min: 0, max: 1, description: 'accepted / labelled; null when nothing is labelled' })),
  shownRate: optional(
    nullable(
      number({
        min: 0,
        max: 1,
        description: 'accepted / shown (every answer counted): the Echo paper\'s acceptance rate; null when no answers',
      }),
    ),
  ),
};
export const acceptanceCountsSchema = object(acceptanceCountsShape);

export const acceptanceStatsSchema = object({
  definition: string(),
  overall: acceptanceCountsSchema,
  byModel: record(acceptanceCountsSchema),
  byDay: array(object({ day: string({ pattern: /^\d{4}-\d{2}-\d{2}$/ }), model: string(), ...acceptanceCountsShape }), { max: 10_000_000 }),
});

export const manifestSchema = object(
  {
    format: literal('echo-capture-bundle'),
    schemaVersion: bundleSchemaVersion,
    createdAt: isoTimestamp(),
    generator: object({ name: string({ min: 1 }), version: string({ min: 1 }) }),
    extensionVersion: optional(string({ min: 1 })),
    eventSchemaVersion: optional(number({ int: true, min: 1 })),
    labelRulesVersion: optional(string({ min: 1 })),
    studyId: optional(string({ min: 1, max: 128 })),
    participantId: optional(string({ min: 1, max: 128 })),
    redaction: optional(
      object(
        {
          rulesVersion: redactionRulesVersion,
          level: string({ min: 1, max: 40, description: 'A redaction level, or "off" when no rule ran (the person turned redaction off)' }),
          rules: array(string({ max: 128 }), { max: 1000 }),
          chosenBy: optional(
            oneOf(REDACTION_CHOOSERS, {
              description: 'default: nobody changed it; person: Options or the popup switch; study: the study file',
            }),
          ),
        },
        { description: 'Which redaction the export ran (docs/redaction.md)' },
      ),
    ),
    filters: optional(unknownJson()),
    relabelledFrom: optional(unknownJson()),
    review: optional(
      object(
        {
          excludedConversations: number({ int: true, min: 0 }),
          excludedAnswers: number({ int: true, min: 0 }),
          userLabels: number({ int: true, min: 0 }),
          userRedactions: number({ int: true, min: 0 }),
          keptValues: optional(number({ int: true, min: 0, description: 'Values the rules found that the person kept in review' })),
        },
        { description: 'Review decisions applied to this export: counts only, never the redacted values' },
      ),
    ),
    counts: record(number({ int: true, min: 0 })),
    stats: optional(object({ acceptance: acceptanceStatsSchema, completionAcceptance: optional(completionAcceptanceStatsSchema) })),
    files: array(
      object({
        name: string({ min: 1 }),
        description: string(),
        records: number({ int: true, min: 0 }),
        bytes: number({ int: true, min: 0 }),
        sha256: string({ pattern: /^[0-9a-f]{64}$/ }),
      }),
    ),
  },
  { description: 'Bundle manifest: what is in the zip, with counts and checksums' },
);
export type Manifest = Infer<typeof manifestSchema>;

/** Schema of each JSONL file a bundle may hold, by file name. */
export const JSONL_FILE_SCHEMAS: Record<string, Schema<unknown>> = {
  'events.jsonl': captureEventSchema,
  'conversations.jsonl': conversationRecordSchema,
  'labels.jsonl': labelRecordSchema,
  'sft.jsonl': sftSampleSchema,
  'sft-prompt-completion.jsonl': sftPromptCompletionSampleSchema,
  'preference.jsonl': preferenceSampleSchema,
  'kto.jsonl': unpairedSampleSchema,
  'openai-chat.jsonl': openAiChatSampleSchema,
  'sharegpt.jsonl': shareGptSampleSchema,
  'openai-preference.jsonl': openAiPreferenceSchema,
  'llamafactory-preference.jsonl': llamaFactoryPreferenceSchema,
  'llamafactory-kto.jsonl': llamaFactoryKtoSchema,
  'completion-labels.jsonl': completionLabelRecordSchema,
  'completion-fim.jsonl': completionFimSampleSchema,
  'completion-prompt-completion.jsonl': completionPromptCompletionSampleSchema,
  'completion-preference.jsonl': completionPreferenceSampleSchema,
};

/** Schema of each (whole-document) JSON file a bundle may hold besides manifest.json. */
export const JSON_FILE_SCHEMAS: Record<string, Schema<unknown>> = {
  'dataset_info.json': llamaFactoryDatasetInfoSchema,
};

/** Where a bundle keeps the JSON Schema of its file `name`. */
export const schemaPathOf = (name: string) => `schemas/${name.replace(/\.(jsonl|json)$/, '')}.schema.json`;

/** JSON Schema documents for every bundle file, keyed by the schema file name written to schemas/. */
export function bundleJsonSchemas(): Record<string, Record<string, unknown>> {
  const docs: Record<string, Record<string, unknown>> = {};
  const all: Record<string, Schema<unknown>> = { ...JSONL_FILE_SCHEMAS, ...JSON_FILE_SCHEMAS, 'manifest.json': manifestSchema };
  for (const [file, schema] of Object.entries(all)) {
    const stem = file.replace(/\.(jsonl|json)$/, '');
    docs[`${stem}.schema.json`] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: file.endsWith('.jsonl') ? `echo-capture ${file}: one line` : `echo-capture ${file}`,
      ...schema.json(),
    };
  }
  return docs;
}
