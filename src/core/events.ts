// The raw event log: what content scripts observe, validated at every boundary and stored append-only.
// Labels and samples are derived from these events only (see docs/labelling.md), so this schema is the contract
// between capture and everything downstream. Bump EVENT_SCHEMA_VERSION on any incompatible change.
import {
  array,
  type Infer,
  isoTimestamp,
  literal,
  number,
  object,
  oneOf,
  optional,
  string,
  tagged,
} from './schema';

export const EVENT_SCHEMA_VERSION = 1;

/** 5 MB of text: larger fields are rejected rather than stored truncated without saying so. */
export const MAX_TEXT = 5 * 1024 * 1024 + 1024;

const id = (description: string) => string({ min: 1, max: 256, pattern: /^[\w.:@\-/+=]+$/, description });
const text = (description: string) => string({ max: MAX_TEXT, description });

export const EVENT_KINDS = [
  'prompt',
  'response',
  'stop',
  'regenerate',
  'branch_switch',
  'edit_prompt',
  'copy',
  'paste',
  'feedback',
  'followup',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const common = {
  id: id('Stable event id: deterministic for prompt/response (one record per message), random for user actions'),
  v: literal(EVENT_SCHEMA_VERSION),
  site: string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/, description: 'Adapter id, e.g. chatgpt' }),
  conversationId: id('The site\'s conversation id'),
  ts: isoTimestamp('When the event happened (page clock, UTC)'),
  origin: oneOf(['live', 'history'] as const),
  url: optional(string({ max: 2048, description: 'Page path (no query) where it was observed' })),
  createdAt: optional(isoTimestamp('When the site says the message was created, if it says')),
};

export const codeBlockSchema = object({
  language: optional(string({ max: 64 })),
  code: text('Code block content'),
});

/** Diffs run from the earlier text (answer, copy, old prompt) to the later one (paste, new prompt). */
export const diffOpSchema = object({
  op: oneOf(['equal', 'insert', 'delete'] as const),
  text: text('Text of this diff run'),
});
export type DiffOp = Infer<typeof diffOpSchema>;

export const promptEvent = object({
  ...common,
  kind: literal('prompt'),
  messageId: id('User message id'),
  parentId: optional(id('Message this prompt follows (previous answer), when known')),
  text: text('Prompt text as sent'),
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
