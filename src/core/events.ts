// The raw event log: what content scripts observe, validated at every boundary and stored append-only.
// Labels and samples are derived from these events only (see docs/labelling.md), so this schema is the contract
// between capture and everything downstream. Bump EVENT_SCHEMA_VERSION on any incompatible change.
import {
  COMPLETION_KINDS,
  completionAcceptedEvent,
  completionOutcomeEvent,
  completionRejectedEvent,
  completionShownEvent,
} from './completion-events';
import { codeBlockSchema, diffOpSchema, eventCommon as common, id, text } from './event-fields';
import { array, type Infer, literal, number, object, oneOf, optional, string, tagged } from './schema';

export { EVENT_SCHEMA_VERSION, MAX_TEXT, codeBlockSchema, diffOpSchema, type DiffOp } from './event-fields';
export { COMPLETION_KINDS, type CompletionKind } from './completion-events';

/**
 * Refinement signals: every kind that is neither a prompt nor an answer. The one list the store's counters, the
 * export's counts, study scope and the review filters share, so they cannot disagree about what a signal is.
 */
export const SIGNAL_KINDS = ['stop', 'regenerate', 'branch_switch', 'edit_prompt', 'copy', 'paste', 'feedback', 'followup'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const EVENT_KINDS = ['prompt', 'response', ...SIGNAL_KINDS, ...COMPLETION_KINDS] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const SIGNAL_SET: ReadonlySet<string> = new Set(SIGNAL_KINDS);

export function isSignal(kind: EventKind): kind is SignalKind {
  return SIGNAL_SET.has(kind);
}

/** A file, image or pasted text sent with a prompt (shown as a chip or thumbnail rather than typed text). */
export const attachmentSchema = object({
  kind: oneOf(['file', 'image', 'pasted-text', 'other'] as const),
  name: optional(string({ max: 512, description: 'File name or label the page shows' })),
  mimeType: optional(string({ max: 128 })),
  text: optional(text('The attachment\'s text where the page shows it (pasted text)')),
});
export type Attachment = Infer<typeof attachmentSchema>;

/** Content the answer made that the page shows beside the message: a canvas, artifact or document panel. */
export const artifactSchema = object({
  kind: oneOf(['code', 'document', 'canvas', 'other'] as const),
  title: optional(string({ max: 512 })),
  language: optional(string({ max: 64 })),
  text: text('The artifact\'s content as shown'),
});
export type Artifact = Infer<typeof artifactSchema>;

export const promptEvent = object({
  ...common,
  kind: literal('prompt'),
  messageId: id('User message id'),
  parentId: optional(id('Message this prompt follows (previous answer), when known')),
  text: text('Prompt text as sent (empty when the prompt is only attachments)'),
  attachments: optional(array(attachmentSchema, { max: 100 })),
});

export const responseEvent = object({
  ...common,
  kind: literal('response'),
  messageId: id('Assistant message id'),
  parentId: optional(id('The prompt this answers')),
  text: text('Answer text as rendered (code blocks fenced with ```)'),
  codeBlocks: array(codeBlockSchema, { max: 1000 }),
  model: optional(string({ max: 128 })),
  variantIndex: optional(number({ int: true, min: 1, max: 10_000, description: '1-based position among the prompt\'s answers' })),
  variantCount: optional(number({ int: true, min: 1, max: 10_000 })),
  durationMs: optional(number({ min: 0, max: 3_600_000, description: 'First token to finished streaming' })),
  reasoning: optional(text('Reasoning the page shows apart from the answer ("thinking"): never part of `text` or a training target')),
  artifacts: optional(array(artifactSchema, { max: 50 })),
  complete: oneOf(['finished', 'stopped', 'interrupted', 'unknown'] as const, {
    description: "finished: streamed to the end; stopped: the user stopped it; interrupted: the page went away while it was still streaming (the text is as far as it got); unknown: not seen streaming",
  }),
});

export const stopEvent = object({
  ...common,
  kind: literal('stop'),
  messageId: optional(id('Answer that was being generated')),
  partialText: text('Text shown when the user stopped'),
});

export const regenerateEvent = object({
  ...common,
  kind: literal('regenerate'),
  promptMessageId: optional(id('Prompt whose answer was regenerated')),
  oldResponseId: id('Answer shown when the user asked for another'),
  newResponseId: optional(id('The new answer, once it appeared')),
});

export const branchSwitchEvent = object({
  ...common,
  kind: literal('branch_switch'),
  role: oneOf(['user', 'assistant'] as const),
  fromMessageId: optional(id('Variant shown before')),
  toMessageId: id('Variant shown now'),
  variantIndex: optional(number({ int: true, min: 1, max: 10_000 })),
  variantCount: optional(number({ int: true, min: 1, max: 10_000 })),
});

export const editPromptEvent = object({
  ...common,
  kind: literal('edit_prompt'),
  oldMessageId: id('Prompt that was edited'),
  newMessageId: optional(id('The re-sent prompt, once it appeared')),
  oldText: text('Prompt before the edit'),
  newText: text('Prompt after the edit'),
  diff: array(diffOpSchema, { max: 100_000 }),
});

export const copyEvent = object({
  ...common,
  kind: literal('copy'),
  messageId: id('Answer (or prompt) the text was copied from'),
  via: oneOf(['button', 'code-button', 'selection'] as const),
  text: text('Copied text'),
  start: number({ int: true, min: 0, description: 'Offset of the copied text in the message text' }),
  end: number({ int: true, min: 0 }),
  share: number({ min: 0, max: 1, description: 'Copied length / message length' }),
  codeBlockIndex: optional(number({ int: true, min: 0, description: 'Index into the response\'s codeBlocks' })),
});

export const pasteMatchSchema = object({
  messageId: id('Answer the pasted text resembles'),
  via: oneOf(['answer', 'copy'] as const),
  copyEventId: optional(id('The copy event it came from')),
  similarity: number({ min: 0, max: 1 }),
  diff: array(diffOpSchema, { max: 100_000 }),
});

export const pasteEvent = object({
  ...common,
  kind: literal('paste'),
  text: text('Pasted text'),
  promptMessageId: optional(id('The prompt the pasted text was sent in, once it was sent')),
  matches: array(pasteMatchSchema, { max: 10 }),
});

export const feedbackEvent = object({
  ...common,
  kind: literal('feedback'),
  messageId: id('Rated answer'),
  rating: oneOf(['up', 'down'] as const),
  comment: optional(text('Feedback text, if the site asks')),
});

export const followupEvent = object({
  ...common,
  kind: literal('followup'),
  messageId: id('The new prompt'),
  afterMessageId: id('The answer it follows'),
  delayMs: number({ min: 0, description: 'Answer finished -> next prompt sent' }),
});

export const captureEventSchema = tagged('kind', {
  prompt: promptEvent,
  response: responseEvent,
  stop: stopEvent,
  regenerate: regenerateEvent,
  branch_switch: branchSwitchEvent,
  edit_prompt: editPromptEvent,
  copy: copyEvent,
  paste: pasteEvent,
  feedback: feedbackEvent,
  followup: followupEvent,
  completion_shown: completionShownEvent,
  completion_accepted: completionAcceptedEvent,
  completion_rejected: completionRejectedEvent,
  completion_outcome: completionOutcomeEvent,
});

export type CaptureEvent = Infer<typeof captureEventSchema>;
export type EventOf<K extends EventKind> = Extract<CaptureEvent, { kind: K }>;
export type PromptEvent = EventOf<'prompt'>;
export type ResponseEvent = EventOf<'response'>;
export type CopyEvent = EventOf<'copy'>;

/** Fields every event carries; adapters fill these, the kind-specific rest comes from the observation. */
export type EventCommon = Pick<CaptureEvent, 'site' | 'conversationId' | 'ts' | 'origin' | 'url' | 'createdAt'>;

/** Prompts and answers have one record per message, however often or by however many tabs they are seen. */
export function messageEventId(kind: 'prompt' | 'response', site: string, conversationId: string, messageId: string): string {
  return `${kind}:${site}:${conversationId}:${messageId}`.slice(0, 256);
}

/** Conversation key used across the store and exports. */
export function conversationKey(site: string, conversationId: string): string {
  return `${site}:${conversationId}`;
}

export function randomEventId(kind: EventKind): string {
  return `${kind}:${crypto.randomUUID()}`;
}

/** Events in the order they happened; ties keep arrival order (the caller's sort must be stable). */
export function byTime(a: Pick<CaptureEvent, 'ts'>, b: Pick<CaptureEvent, 'ts'>): number {
  return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0;
}

/**
 * The messages an event is about (the answer copied, rated, regenerated, switched to or away from, followed up,
 * pasted from). One definition, so the export's per-message signals and the review page's timeline agree.
 */
export function messagesReferencedBy(e: CaptureEvent): string[] {
  switch (e.kind) {
    case 'copy':
    case 'feedback':
      return [e.messageId];
    case 'stop':
      return e.messageId ? [e.messageId] : [];
    case 'regenerate':
      return [e.oldResponseId, ...(e.newResponseId ? [e.newResponseId] : [])];
    case 'branch_switch':
      return [e.toMessageId, ...(e.fromMessageId ? [e.fromMessageId] : [])];
    case 'edit_prompt':
      return [e.oldMessageId];
    case 'followup':
      return [e.afterMessageId];
    case 'paste':
      return e.matches.map((m) => m.messageId);
    default:
      return [];
  }
}
