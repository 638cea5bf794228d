// The one interface every site adapter implements. Site facts (selectors, URL shapes, endpoints) live in the
// adapter file; the facts the build and the worker need too (id, name, match patterns, page-world response
// patterns) live in src/core/sites.ts and are spread into the adapter. The engine (../engine/) knows none of them.
import type { Attachment } from '../../core/events';
import type { SiteMeta } from '../../core/sites';

export type { Attachment };

/** What an adapter shares with the rest of the extension. */
export type SiteInfo = Pick<SiteMeta, 'id' | 'name' | 'matches'>;

export type Role = 'user' | 'assistant';

export interface TurnInfo {
  role: Role;
  /** The site's id for the message shown in this turn now (it changes in place when a variant is shown). */
  messageId: string;
  /** Element whose rendering is the message text. */
  content: Element;
  model?: string;
  variantIndex?: number;
  variantCount?: number;
}

export interface CodeBlock {
  language?: string;
  code: string;
}

/** A canvas, artifact or document panel an answer made, as the page shows it; `content` is read as text. */
export interface ArtifactPart {
  kind: 'code' | 'document' | 'canvas' | 'other';
  title?: string;
  language?: string;
  /** Where its content is shown (maybe outside the turn, e.g. a side panel); null when the page shows none. */
  content: Element | null;
}

/** What a click on the page means, as far as capture is concerned. */
export type ClickAction =
  | { action: 'copy-message'; turn: Element }
  | { action: 'copy-code'; turn: Element; block: Element }
  | { action: 'feedback'; turn: Element; rating: 'up' | 'down' }
  | { action: 'regenerate'; turn: Element }
  | { action: 'variant-nav'; turn: Element; direction: 'prev' | 'next' }
  /** The user started editing this (user) turn's prompt; re-sending it makes a new branch. */
  | { action: 'edit-prompt'; turn: Element }
  | { action: 'stop' };

export interface Landmark {
  name: string;
  selector: string;
  /** `always`: the page is broken without it; `in-conversation`: required once a conversation shows turns. */
  when: 'always' | 'in-conversation';
}

/** A message as the site's own conversation data describes it (read passively from responses the page got). */
export interface PageMessage {
  role: Role;
  messageId: string;
  parentId?: string;
  text: string;
  codeBlocks?: CodeBlock[];
  model?: string;
  createdAt?: string;
  variantIndex?: number;
  variantCount?: number;
}

/** A conversation read from the site's own data. */
export interface PageConversation<S = unknown> {
  conversationId: string;
  messages: PageMessage[];
  /**
   * What the data tells the adapter about the conversation on screen (e.g. which branch is shown, which the DOM
   * reveals only on hover). The engine applies it to that conversation's adapter state, now or when it opens.
   */
  learn?(state: S): void;
}

export interface PageWorldReader<S = unknown> {
  /** Same-origin response paths (+query) whose JSON carries a conversation: the site meta's `pageWorldResponses`. */
  responses: readonly RegExp[];
  /** The conversation in one such response body; null when the body is not one. */
  read(url: URL, body: unknown): PageConversation<S> | null;
}

/**
 * `S`: the adapter's per-conversation memory (e.g. which variant a row showed before its readout was unmounted).
 * Adapters keep no module-level state: the engine creates a state with `createState()` when a conversation opens,
 * passes it to every call that reads or classifies turns, and drops it when another conversation opens.
 */
export interface SiteAdapter<S = unknown> extends SiteMeta {
  createState?(): S;
  /** The conversation id from the URL; null on a new chat the site has not created yet. */
  conversationId(url: URL): string | null;
  /** Selector of the element holding one message turn. Turns stay; their message may change in place. */
  turnSelector: string;
  /** Reads a turn. Null when the element is not (yet) a message, e.g. a placeholder without an id. */
  readTurn(turn: Element, state: S): TurnInfo | null;
  /** True while the answer in this turn is still being generated. */
  isStreaming(turn: Element, doc: Document, state: S): boolean;
  /** Code block containers inside a message's content element, in document order. */
  codeBlockSelector: string;
  readCodeBlock(block: Element): CodeBlock;
  /**
   * Reasoning the page shows apart from the answer ("thinking", collapsed or not), inside the turn: recorded as the
   * answer's `reasoning`, never as its text.
   */
  reasoningSelector?: string;
  /**
   * Files, images and pasted texts sent with a prompt, shown as chips or thumbnails in its turn: recorded as the
   * prompt's `attachments` (read by `read`, default the kit's `readAttachmentChip`), never as its text. A user turn
   * holding only these is still a prompt.
   */
  attachments?: { selector: string; read?(chip: Element): Attachment | null };
  /**
   * Canvas/artifact/document cards an answer made: recorded as its `artifacts`, never as its text. `selector`: cards
   * inside its turn. `beside`: cards the page draws outside every turn, in the answer's entry (a report card between
   * the prompt and the answer's element): each is the answer's whose exchange it sits in (engine/beside.ts).
   */
  artifacts?: { selector?: string; beside?: string; read(card: Element, doc: Document): ArtifactPart | null };
  classifyClick(target: Element, state: S): ClickAction | null;
  /** Where the user types prompts: text pasted there is aligned with earlier answers and copies (default: the
   * landmark named `composer`). */
  composerSelector?: string;
  /** Attributes (besides the engine's defaults) whose changes mean a turn changed, e.g. a streaming flag. */
  observedAttributes?: string[];
  /** Landmarks whose absence means capture is degraded. */
  landmarks: Landmark[];
  /**
   * Optional: read the conversation tree the page downloads (every branch, and early turns of virtualised long
   * chats). Read passively from the page's own responses; the extension never requests it.
   */
  pageWorld?: PageWorldReader<S>;
}
