// manifest.json of a merged dataset: where every participant's data came from, what was kept, replaced, dropped
// and refused (nothing leaves silently), the acceptance over the merged labels, and every file's checksum.
// `echo-dataset validate DIR` checks a merged dataset against it; schemas/merged-manifest.schema.json is its JSON Schema.
import { completionAcceptanceStatsSchema } from '../core/export/completion-acceptance';
import { acceptanceStatsSchema } from '../core/export/file-schemas';
import { array, boolean, type Infer, isoTimestamp, literal, nullable, number, object, oneOf, optional, record, string } from '../core/schema';

const count = () => number({ int: true, min: 0 });
const perFile = () => record(count(), { maxKeys: 100 });

export const MERGED_SCHEMA_VERSION = 2;

export const mergedManifestSchema = object(
  {
    format: literal('echo-capture-merged-dataset'),
    schemaVersion: literal(MERGED_SCHEMA_VERSION),
    createdAt: isoTimestamp(),
    generator: object({ name: string({ min: 1 }), version: string({ min: 1 }) }),
    options: object({
      allowMixedStudies: boolean(),
      allowDuplicateParticipants: boolean(),
      newestExportOnly: boolean(),
      memoryLimit: string(),
    }),
    studies: array(nullable(string({ max: 128 })), { max: 10_000 }),
    participants: array(
      object({
        participantId: string({ min: 1, max: 256 }),
        participantFrom: oneOf(['manifest', 'file name'] as const),
        studyId: nullable(string({ max: 128 })),
        bundle: string({ min: 1 }),
        createdAt: isoTimestamp(),
        exportedAt: isoTimestamp('When its events were exported (for a relabelled bundle, the original export)'),
        extensionVersion: optional(string()),
        labelRulesVersion: optional(string()),
        redaction: nullable(string({ description: 'Redaction level of the bundle, null when none' })),
        conversations: count(),
        replaced: count(),
        notInNewest: count(),
        kept: perFile(),
        dropped: perFile(),
        orphans: perFile(),
      }),
      { max: 10_000_000 },
    ),
    counts: perFile(),
    merge: object(
      {
        conversationsReplaced: count(),
        recordsDropped: perFile(),
        recordsRefused: perFile(),
        conversationsNotInNewest: count(),
        conversationsKeptFromOlder: count(),
        sharedConversations: count(),
        bundlesWithoutFile: perFile(),
      },
      { description: 'What the merge replaced (newer export of the same participant), dropped (records of replaced conversations), refused (records without their conversation) and kept from older exports' },
    ),
    warnings: array(string(), { max: 1000 }),
    stats: object({
      acceptance: acceptanceStatsSchema,
      // Inline completions (accepted / shown) over the kept completion labels; absent when no suggestion was shown.
      completionAcceptance: optional(completionAcceptanceStatsSchema),
    }),
    files: array(
      object({ path: string({ min: 1 }), records: count(), bytes: count(), sha256: string({ pattern: /^[0-9a-f]{64}$/ }) }),
      { max: 10_000_000 },
    ),
  },
  { description: 'Merged dataset manifest (echo-dataset merge)' },
);
export type MergedManifest = Infer<typeof mergedManifestSchema>;

/** The JSON Schema document (schemas/merged-manifest.schema.json, and in every merged dataset's schemas/). */
export function mergedManifestJsonSchema(): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'echo-capture merged dataset manifest.json', ...mergedManifestSchema.json() };
}
