// What the engine knows about the conversation on screen: one record per message it has seen, which message each
// turn element shows, the user's last click that explains the next change, recent copies, and the adapter's own
// per-conversation memory. Replaced whole when another conversation opens, so nothing outlives a switch.
import { MAX_PASTE_CANDIDATES, MAX_REMEMBERED } from './context';
import type { MessageParts } from './calls';
import type { CodeBlock, Role, TurnInfo } from '../sites/types';

export interface MessageState {
  role: Role;
  origin: 'live' | 'history';
  emitted: boolean;
  streamStart?: number;
  lastSize: number;
  lastChange: number;
  stopped: boolean;
  /** The page went away while it was still streaming: recorded as far as it got. */
  interrupted?: boolean;
  finishedAt?: number;
  text?: string;
  codeBlocks?: CodeBlock[];
  /** The answer as last read after streaming ended, for when it must be recorded before it settles. */
  snapshot?: { text: string; codeBlocks: CodeBlock[]; parts: MessageParts; info: TurnInfo; parentId?: string };
}

/** A click whose effect shows in a later change of that turn (a new variant, an edited prompt). */
export interface PendingClick {
  kind: 'regenerate' | 'nav' | 'edit';
  turn: Element;
  fromId: string;
  promptId?: string;
  oldText?: string;
  at: number;
}

export interface RememberedCopy {
  eventId: string;
  messageId: string;
  text: string;
}

export class ConversationState {
  /** Which message each turn element showed last (elements stay while their message changes in place). */
  readonly slots = new WeakMap<Element, string>();
  readonly messages = new Map<string, MessageState>();
  pending: PendingClick | null = null;
  followUntil = -Infinity;
  readonly copies: RememberedCopy[] = [];
  /**
   * Turn elements still showing the conversation that was left (the URL changes before the page re-renders):
   * what each showed then. Such a turn is not read as this conversation's until its content changes.
   */
  readonly leftBehind = new WeakMap<Element, string>();
  /** Messages oldest first, and how many of them `forgetOldTexts` has passed. */
  private readonly oldest = this.messages.values();
  private forgotten = 0;

  constructor(
    /** Turns that appear before this time were rendered with the page: origin `history`. */
    public historyUntil: number,
    /** The adapter's memory for this conversation (`SiteAdapter.createState`). */
    readonly adapterState: unknown,
  ) {}

  /** What a turn shows, to tell whether it changed since another conversation was left. */
  static shownBy(turn: Element, messageId: string): string {
    return `${messageId}\u0000${turn.textContent ?? ''}`;
  }

  rememberCopy(copy: RememberedCopy): void {
    this.copies.push(copy);
    if (this.copies.length > MAX_PASTE_CANDIDATES) this.copies.shift();
  }

  /**
   * Keeps memory bounded in very long sessions: the oldest messages keep their state but not their text. Messages
   * are never removed, so one iterator (a Map's follows entries added after it was made) walks them oldest first
   * across calls: each message is passed once, and a call costs what it forgets, not the conversation's length.
   */
  forgetOldTexts(): void {
    while (this.messages.size - this.forgotten > MAX_REMEMBERED) {
      // Never past the last message: an iterator that has reported its end stays ended.
      const msg = this.oldest.next().value;
      if (msg) delete msg.text;
      this.forgotten++;
    }
  }
}
