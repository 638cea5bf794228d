// Fields and pieces every event schema shares (src/core/events.ts for chat, src/core/completion-events.ts for
// inline code completion), in one place so both families stay one contract.
import { type Infer, isoTimestamp, literal, object, oneOf, optional, string } from './schema';

export const EVENT_SCHEMA_VERSION = 1;

/** 5 MB of text: larger fields are rejected rather than stored truncated without saying so. */
export const MAX_TEXT = 5 * 1024 * 1024 + 1024;

export const id = (description: string) => string({ min: 1, max: 256, pattern: /^[\w.:@\-/+=]+$/, description });
export const text = (description: string) => string({ max: MAX_TEXT, description });

export const eventCommon = {
  id: id('Stable event id: deterministic for prompt/response (one record per message), random for user actions'),
  v: literal(EVENT_SCHEMA_VERSION),
  site: string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/, description: 'Adapter id, e.g. chatgpt' }),
  conversationId: id("The site's conversation id (for an editor: the document's id)"),
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
