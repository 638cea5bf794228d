// A capture study, as a researcher writes it (docs/running-a-study.md) and as a participant's extension keeps it
// once they joined. The file is untrusted input (a participant may be sent anything): it is parsed whole against
// the schema below, and a study can only ever narrow what is captured, never widen it.
import { SAMPLE_FORMATS } from './export/sample-formats';
import { type CaptureEvent, isSignal, SIGNAL_KINDS } from './events';
import { REDACTION_LEVELS } from './redaction/types';
import { array, type Infer, isoTimestamp, literal, number, object, oneOf, optional, string, tagged } from './schema';

/** Event kinds a study can switch on or off; prompts and answers on in-scope sites are always kept (context). */
export const STUDY_SIGNALS = SIGNAL_KINDS;

const id = (description: string) => string({ min: 1, max: 128, pattern: /^[\w.@:+-]+$/, description });
const siteId = string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/, description: 'Adapter id, e.g. chatgpt' });
const MAX_PARTICIPANT_ID = 64;

export const participantIdSchemeSchema = tagged('scheme', {
  random: object(
    {
      scheme: literal('random'),
      prefix: optional(string({ max: 32, pattern: /^[\w.-]*$/, description: 'Put before the random part, e.g. "p-"' })),
    },
    { description: 'The extension makes a random id (prefix + 16 base32 characters) when the participant joins' },
  ),
  entered: object(
    {
      scheme: literal('entered'),
      label: string({ min: 1, max: 200, description: 'What the participant is asked for, e.g. "Your participant code (on your letter)"' }),
      pattern: string({ min: 1, max: 200, description: 'Regular expression (JavaScript) the whole code must match, e.g. "P[0-9]{3}"' }),
    },
    { description: 'The participant types a code the researcher gave them' },
  ),
});
export type ParticipantIdScheme = Infer<typeof participantIdSchemeSchema>;

export const studyFileSchema = object(
  {
    format: literal('echo-capture-study'),
    version: literal(1),
    id: id('Study id, carried by every export (manifest studyId)'),
    title: string({ min: 1, max: 200 }),
    consentText: string({ min: 1, max: 20_000, description: 'Shown in full before joining; plain text, blank lines separate paragraphs' }),
    contact: optional(string({ max: 500, description: 'Who to ask about the study' })),
    sites: array(siteId, { min: 1, max: 100 }),
    signals: array(oneOf(STUDY_SIGNALS), { max: STUDY_SIGNALS.length }),
    exportFormats: array(oneOf(SAMPLE_FORMATS), { min: 1, max: SAMPLE_FORMATS.length }),
    redaction: object({
      level: oneOf(REDACTION_LEVELS),
      disabledRules: optional(array(string({ max: 128 }), { max: 1000 })),
    }),
    minConfidence: number({ min: 0, max: 1, description: 'Samples whose label confidence is below this are not exported' }),
    retentionDays: number({ int: true, min: 1, max: 3650, description: 'Captured events older than this are deleted' }),
    participantId: participantIdSchemeSchema,
  },
  { description: 'An Echo Capture study file' },
);
export type StudyFile = Infer<typeof studyFileSchema>;

/** What the extension keeps in settings.study once the participant joined (read by the export). */
export const joinedStudySchema = object({
  id: studyFileSchema.shape.id,
  title: studyFileSchema.shape.title,
  consentText: studyFileSchema.shape.consentText,
  contact: studyFileSchema.shape.contact,
  sites: studyFileSchema.shape.sites,
  signals: studyFileSchema.shape.signals,
  exportFormats: studyFileSchema.shape.exportFormats,
  redaction: studyFileSchema.shape.redaction,
  minConfidence: studyFileSchema.shape.minConfidence,
  retentionDays: studyFileSchema.shape.retentionDays,
  participantId: id('This participant\'s id, carried by every export (manifest participantId)'),
  joinedAt: isoTimestamp('When the participant agreed to the consent text'),
});
export type JoinedStudy = Infer<typeof joinedStudySchema>;

export class StudyFileError extends Error {
  override name = 'StudyFileError';
}

/** Parses the text of a study file; throws StudyFileError with a message a participant can pass on. */
export function parseStudyFile(text: string): StudyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StudyFileError('This is not a study file: it is not valid JSON.');
  }
  let study: StudyFile;
  try {
    study = studyFileSchema.parse(raw);
  } catch (e) {
    throw new StudyFileError(`This study file is not valid: ${(e as Error).message}`);
  }
  if (study.participantId.scheme === 'entered') participantPattern(study.participantId.pattern);
  return study;
}

function participantPattern(source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    throw new StudyFileError('This study file is not valid: participantId.pattern is not a regular expression.');
  }
}

/** Whether a typed participant code fits the study's scheme (entered scheme only). */
export function participantCodeValid(scheme: ParticipantIdScheme, code: string): boolean {
  if (scheme.scheme !== 'entered') return false;
  return code.length > 0 && code.length <= MAX_PARTICIPANT_ID && /^[\w.@:+-]+$/.test(code) && participantPattern(scheme.pattern).test(code);
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

export function randomParticipantId(prefix = '', random: RandomBytes = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return prefix + [...bytes].map((b) => BASE32[b % 32]).join('');
}

/** The participant agreed to the consent text: what the extension stores. `code` is needed for the entered scheme. */
export function joinStudy(study: StudyFile, options: { code?: string; now?: Date; random?: RandomBytes } = {}): JoinedStudy {
  const scheme = study.participantId;
  let participantId: string;
  if (scheme.scheme === 'entered') {
    const code = (options.code ?? '').trim();
    if (!participantCodeValid(scheme, code)) throw new StudyFileError(`"${code}" is not a valid participant code for this study.`);
    participantId = code;
  } else {
    participantId = randomParticipantId(scheme.prefix ?? '', options.random);
  }
  const { format: _format, version: _version, participantId: _scheme, ...rest } = study;
  return joinedStudySchema.parse({ ...rest, participantId, joinedAt: (options.now ?? new Date()).toISOString() });
}

/** Whether a study covers this event (its site is in scope; prompts and answers always, signals if listed). */
export function studyCovers(study: Pick<JoinedStudy, 'sites' | 'signals'>, event: Pick<CaptureEvent, 'site' | 'kind'>): boolean {
  if (!study.sites.includes(event.site)) return false;
  return !isSignal(event.kind) || (study.signals as readonly string[]).includes(event.kind);
}

/**
 * The export options a study asks for: the export passes these to exportTrainingBundle so the bundle carries the
 * ids, holds only in-scope sites and formats, and is redacted at the study's level.
 */
export function studyExportOptions(study: JoinedStudy): {
  studyId: string;
  participantId: string;
  sites: string[];
  formats: JoinedStudy['exportFormats'];
  minConfidence: number;
  redaction: JoinedStudy['redaction'];
} {
  return {
    studyId: study.id,
    participantId: study.participantId,
    sites: [...study.sites],
    formats: [...study.exportFormats],
    minConfidence: study.minConfidence,
    redaction: { ...study.redaction },
  };
}
