// Inline code completion in browser editors: the Echo paper's own setting. One episode per suggestion the editor
// showed: shown at a context C0 (a bounded window of the document before and after the cursor), then accepted
// (whole, or part of it: a word or a line at a time), rejected, or replaced by another suggestion; for what was
// accepted, the outcome: the accepted region as the user left it (CN). `conversationId` is the editor document's id
// (the site's own file/model id or path); `suggestionId` ties an episode's events together. Text is what the editor
// renders or its own model holds, never more than the window around the cursor.
import { eventCommon, id, text } from './event-fields';
import { literal, number, object, oneOf, optional, string } from './schema';

export const COMPLETION_KINDS = ['completion_shown', 'completion_accepted', 'completion_rejected', 'completion_outcome'] as const;
export type CompletionKind = (typeof COMPLETION_KINDS)[number];

/** Characters of document kept on each side of the cursor (C0): enough context to train on, never the whole file. */
export const COMPLETION_WINDOW = 16_384;

const suggestionId = id('The suggestion this event is about (one per suggestion shown)');
const windowText = (description: string) => string({ max: COMPLETION_WINDOW, description });

export const completionShownEvent = object({
  ...eventCommon,
  kind: literal('completion_shown'),
  suggestionId,
  editor: oneOf(['monaco', 'codemirror'] as const, { description: 'The editor component that showed it' }),
  text: text('The suggestion as shown (ghost text): C1'),
  language: optional(string({ max: 64, description: "The editor's language of the document" })),
  file: optional(string({ max: 1024, description: 'File name or path the page shows for the document' })),
  prefix: windowText('C0 before the cursor: at most COMPLETION_WINDOW characters, cut at a line start'),
  suffix: windowText('C0 after the cursor: at most COMPLETION_WINDOW characters, cut at a line end'),
  line: number({ int: true, min: 1, description: '1-based line of the cursor' }),
  column: number({ int: true, min: 1, description: '1-based column of the cursor' }),
  source: optional(string({ max: 128, description: 'The completion provider, when the page names it' })),
  replacesSuggestionId: optional(id('The suggestion this one replaced at the same place (cycled, refreshed)')),
});

export const completionAcceptedEvent = object({
  ...eventCommon,
  kind: literal('completion_accepted'),
  suggestionId,
  how: oneOf(['full', 'word', 'line'] as const, { description: 'Whole suggestion, or its next word / next line' }),
  acceptedText: text('Exactly the text this acceptance inserted'),
});

export const completionRejectedEvent = object({
  ...eventCommon,
  kind: literal('completion_rejected'),
  suggestionId,
  how: oneOf(['escape', 'typed-over', 'cursor-moved', 'replaced', 'blur', 'page-exit'] as const, {
    description: 'Dismissed with Escape, typed over, the cursor moved away, replaced by another suggestion, focus left, page went away',
  }),
});

export const completionOutcomeEvent = object({
  ...eventCommon,
  kind: literal('completion_outcome'),
  suggestionId,
  acceptedText: text('Everything accepted of the suggestion, in order'),
  finalText: text('CN: the accepted region as it stands when the user left it or after a quiet period'),
  editDistance: number({ int: true, min: 0, description: 'Levenshtein distance from acceptedText to finalText' }),
  reason: oneOf(['left', 'quiet', 'page-exit', 'document-closed'] as const, {
    description: 'The cursor left the region, a quiet period passed, the page went away, the document was closed',
  }),
});
