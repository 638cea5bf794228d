// One editor document's completion episodes, from successive snapshots (types.ts) and what the user did between them
// (inputs.ts). A suggestion is `completion_shown` once, with its context C0; it is then accepted (whole, or a word or
// line at a time: exactly the text each acceptance inserted), or rejected with the cause the user's last decisive
// input gives; what was accepted becomes a region followed until the user leaves it or goes quiet, and its text then
// is the outcome CN (followed-regions.ts). Pure: no DOM, no timers (the session calls `observe` and `leave`), so it is
// tested on snapshots alone.
import type { CompletionKind } from '../../core/completion-events';
import type { EventOf } from '../../core/events';
import { FollowedRegions } from './followed-regions';
import { type Input, rejectionCause, type RejectionHow, typedExactly } from './inputs';
import { insertedLength, textAfter } from './inserted-part';
import { ANCHOR_CHARS, findNear, lineAt } from './region';
import type { EditorKind, Snapshot } from './types';
import { prefixWindow, suffixWindow } from './window';

export { QUIET_MS } from './followed-regions';
const TAIL = 24;
/** Inputs that change no document text by themselves (an accepted word is told from the text only after these). */
const KEEPS_TEXT: ReadonlySet<Input['kind']> = new Set(['accept-word', 'escape', 'navigate', 'pointer', 'blur', 'cycle']);
/**
 * Characters a narrowed look reads beyond what it follows (the anchors, the suggestion's rest, the regions): room for
 * edits since the last look. Anything not found in it is looked for in the full window (`canFollow`), so a smaller
 * margin costs a wider read now and then, never a wrong decision; each character a side is read on every look.
 */
const SPAN_MARGIN = 128;

export type CompletionBody<K extends CompletionKind> = Omit<
  EventOf<K>,
  'id' | 'v' | 'kind' | 'site' | 'conversationId' | 'ts' | 'origin' | 'url' | 'createdAt'
>;

export interface TrackerContext {
  editor: EditorKind;
  now(): number;
  newId(): string;
  emit<K extends CompletionKind>(kind: K, body: CompletionBody<K>): void;
  /** What the page says about the document and the provider, read when a suggestion is shown. */
  describe(): { file?: string; language?: string; source?: string };
  /** A suggestion was not recorded (binary-looking text, a line too long to read): counted where health shows it. */
  skipped(reason: 'binary' | 'long-line'): void;
}

interface Episode {
  id: string;
  /** The ghost text still shown (the suggestion less what was accepted or typed through). */
  remaining: string;
  /** Text right before the ghost's insertion point, to find the point again. */
  tail: string;
  /** Document text right after the insertion point at the last look that saw it (inserted-part.ts `textAfter`). */
  after: string | null;
  line: number;
  accepted: string;
  /** The ghost went away with no input to explain it: the next input or suggestion decides. */
  hidden: boolean;
}

export type LeaveReason = 'blur' | 'page-exit' | 'document-closed';

export class CompletionTracker {
  private episode: Episode | null = null;
  private readonly regions: FollowedRegions;
  private inputs: Input[] = [];
  private skippedGhost: string | null = null;

  constructor(private readonly ctx: TrackerContext) {
    this.regions = new FollowedRegions({ now: () => ctx.now(), emit: (kind, body) => ctx.emit(kind, body) });
  }

  /** Something is in flight: a suggestion shown or a region followed (the session then reads on every change). */
  get busy(): boolean {
    return this.episode !== null || this.regions.size > 0;
  }

  /** A suggestion is on screen: what the user does next decides its fate, so the screen before each input counts. */
  get showing(): boolean {
    return this.episode !== null;
  }

  /**
   * The last look saw ghost text: a suggestion followed, or one not recorded (unreadable) still on screen. Otherwise,
   * and with none drawn since, a look need not search the editor for it (the session knows what was drawn).
   */
  get ghostSeen(): boolean {
    return this.episode !== null || this.skippedGhost !== null;
  }

  /**
   * Characters a side a look needs while following what is in flight (the suggestion's rest and its tail, each
   * region with its anchors, and a margin): far fewer than the full window, which only a new suggestion needs. The
   * regions' anchors count only while regions are followed: a suggestion alone needs its tail, so its looks read
   * about half the lines (round 15: in Monaco's fixture the regions' share was most of the rendered lines).
   */
  span(): number {
    let chars = SPAN_MARGIN;
    if (this.episode) chars += TAIL + this.episode.remaining.length + this.episode.accepted.length;
    if (this.regions.size) chars += 4 * ANCHOR_CHARS + this.regions.span();
    return chars;
  }

  /**
   * True when a narrowed look (`span`) decides everything this snapshot would: no new suggestion to record with its
   * full context, and the suggestion's rest and every region found in it. Otherwise the full window is read.
   */
  canFollow(snap: Snapshot): boolean {
    const ep = this.episode;
    const ghost = snap.ghost;
    if (ghost && !ep && ghost.text !== this.skippedGhost) return false;
    if (ep && ghost) {
      const same = ghost.text === ep.remaining && this.isAt(snap, ghost.at, ep.tail);
      const part = ep.remaining.slice(0, ep.remaining.length - ghost.text.length);
      const shorter =
        ghost.text.length < ep.remaining.length && ep.remaining.endsWith(ghost.text) && this.isAt(snap, ghost.at, ep.tail + part);
      if (!same && !shorter) return false;
    }
    if (ep && !ghost && !this.dismissedOnly() && this.find(snap, ep.tail + ep.remaining, ep.line) === null) return false;
    return this.regions.allFound(snap);
  }

  /**
   * Since the last look the user only pressed Escape or typed: nothing that inserts a suggestion, so a ghost gone and
   * not found near the caret was dismissed (typed over, or typed through: then it stands right before the caret), and
   * the narrowed look decides it without reading the full window (most suggestions end this way).
   */
  private dismissedOnly(): boolean {
    return this.inputs.length > 0 && this.inputs.every((i) => i.kind === 'escape' || i.kind === 'type');
  }

  input(input: Input): void {
    // Inputs decide a shown suggestion's fate only, and `show` starts them afresh: with none shown (most keys) none
    // is kept.
    if (!this.episode) return;
    this.inputs.push(input);
    if (this.inputs.length > 64) this.inputs.shift();
  }

  observe(snap: Snapshot): void {
    const ghost = snap.ghost;
    if (this.episode) this.follow(this.episode, snap);
    if (!this.episode && ghost && ghost.text !== this.skippedGhost) this.show(snap, ghost);
    if (!ghost) this.skippedGhost = null;
    this.regions.follow(snap);
  }

  /** When the region changed longest ago reaches QUIET_MS without a change (the `now` clock); null: none followed. */
  quietDue(): number | null {
    return this.regions.quietDue();
  }

  /** Quiet regions get their outcome; returns true while a region is still followed. */
  tick(snap: Snapshot | null): boolean {
    if (snap) this.regions.follow(snap);
    this.regions.closeQuiet();
    return this.regions.size > 0;
  }

  /** The editor lost focus, the page is going away, or the document was closed. */
  leave(reason: LeaveReason, snap: Snapshot | null = null): void {
    if (snap) this.regions.follow(snap);
    if (reason === 'blur') {
      this.input({ kind: 'blur' });
      this.regions.closeAll('left');
      return;
    }
    const ep = this.episode;
    if (ep) {
      this.episode = null;
      if (ep.accepted) this.openRegionAtTail(ep, snap);
      else this.reject(ep, reason === 'page-exit' ? 'page-exit' : (rejectionCause(this.inputs) ?? 'cursor-moved'));
    }
    this.regions.closeAll(reason === 'page-exit' ? 'page-exit' : 'document-closed');
    this.inputs = [];
  }

  private show(snap: Snapshot, ghost: { text: string; at: number }, replaces?: string): void {
    if (snap.unreadable) {
      this.skippedGhost = ghost.text;
      this.ctx.skipped(snap.unreadable);
      return;
    }
    const id = this.ctx.newId();
    const line = lineAt(snap, ghost.at);
    const lineStart = snap.text.lastIndexOf('\n', ghost.at - 1) + 1;
    const facts = this.ctx.describe();
    this.ctx.emit('completion_shown', {
      suggestionId: id,
      editor: this.ctx.editor,
      text: ghost.text,
      ...(facts.language ? { language: facts.language.slice(0, 64) } : {}),
      ...(facts.file ? { file: facts.file.slice(0, 1024) } : {}),
      prefix: prefixWindow(snap.text.slice(0, ghost.at)).text,
      suffix: suffixWindow(snap.text.slice(ghost.at)).text,
      line,
      column: ghost.at - lineStart + 1,
      ...(facts.source ? { source: facts.source.slice(0, 128) } : {}),
      ...(replaces ? { replacesSuggestionId: replaces } : {}),
    });
    const tail = snap.text.slice(Math.max(0, ghost.at - TAIL), ghost.at);
    this.episode = { id, remaining: ghost.text, tail, after: textAfter(snap.text, ghost.at, snap.cutAfter), line, accepted: '', hidden: false };
    this.inputs = [];
  }

  private follow(ep: Episode, snap: Snapshot): void {
    const ghost = snap.ghost;
    if (ghost && ghost.text === ep.remaining && this.isAt(snap, ghost.at, ep.tail)) {
      ep.hidden = false;
      ep.after = textAfter(snap.text, ghost.at, snap.cutAfter);
      return;
    }
    if (ghost && ghost.text.length < ep.remaining.length && ep.remaining.endsWith(ghost.text)) {
      const part = ep.remaining.slice(0, ep.remaining.length - ghost.text.length);
      if (this.isAt(snap, ghost.at, ep.tail + part)) {
        if (!typedExactly(this.inputs, part)) {
          const byLine = part.endsWith('\n') || ghost.text.startsWith('\n');
          const how = this.inputs.some((i) => i.kind === 'accept-word') ? 'word' : byLine ? 'line' : 'word';
          this.acceptPart(ep, part, how);
        }
        this.continueAt(ep, snap, ghost.at, ghost.text, false);
        return;
      }
    }
    // Tab pressed and the editor drawing it: a look can see the ghost cut to its first part at the same place (Monaco
    // takes a multi-line ghost's later lines away before it draws the insertion, which a loaded page shows for a
    // frame). That is this suggestion on its way in, not another one: wait for the look that sees it inserted.
    if (
      ghost &&
      ghost.text.length < ep.remaining.length &&
      ep.remaining.startsWith(ghost.text) &&
      this.inputs.length > 0 &&
      this.inputs.every((i) => i.kind === 'tab') &&
      this.isAt(snap, ghost.at, ep.tail)
    ) {
      return;
    }
    if (ghost) {
      // Another suggestion took its place.
      this.episode = null;
      const cause = ep.hidden ? 'replaced' : (rejectionCause(this.inputs) ?? 'replaced');
      if (ep.accepted) this.openRegionAtTail(ep, snap);
      else this.reject(ep, cause);
      this.show(snap, ghost, cause === 'replaced' && !ep.accepted ? ep.id : undefined);
      return;
    }
    // The ghost is gone: inserted whole (accepted), or dismissed.
    const inserted = this.find(snap, ep.tail + ep.remaining, ep.line);
    const onlyTyped = this.inputs.length > 0 && this.inputs.every((i) => i.kind === 'type');
    if (inserted !== null && !typedExactly(this.inputs, ep.remaining) && !onlyTyped) {
      const how = this.inputs.some((i) => i.kind === 'accept-word') ? 'word' : 'full';
      this.ctx.emit('completion_accepted', { suggestionId: ep.id, how, acceptedText: ep.remaining });
      const end = inserted + ep.tail.length + ep.remaining.length;
      this.regions.open(ep.id, ep.accepted + ep.remaining, snap, end);
      this.episode = null;
      this.inputs = [];
      return;
    }
    // A word accepted, and the editor has drawn the inserted word but not yet the rest (a loaded page can take
    // frames to draw it again): record the word now and wait for the rest, rather than call it dismissed.
    if (this.inputs.some((i) => i.kind === 'accept-word') && this.acceptWordDrawnFirst(ep, snap)) return;
    // Or the word went in and the keys after it were taken before the editor drew it (no look saw the caret after
    // the word): the document between the tail and what stood after the suggestion says what went in.
    if (this.acceptedWordsByText(ep, snap)) return;
    // The other order: the editor took the ghost away before drawing the word (the caret still right after the
    // tail, nothing else done): wait, inputs kept, for the look that sees the word or another input decide. The same
    // race follows Tab (the whole suggestion taken, not drawn yet): Tab alone never moves the caret off the tail
    // without inserting something, so a caret still there means "not drawn yet", not "typed over".
    if (this.inputs.every((i) => i.kind === 'accept-word' || i.kind === 'tab') && this.caretAtTail(ep, snap)) {
      ep.hidden = true;
      return;
    }
    const cause = rejectionCause(this.inputs);
    if (cause === null) {
      ep.hidden = true;
      return;
    }
    this.episode = null;
    if (ep.accepted) this.openRegionAtTail(ep, snap);
    else this.reject(ep, cause);
    this.inputs = [];
  }

  /**
   * The start of what remains of the suggestion stands right after its tail and the caret sits right after it:
   * that part was accepted. True when it was recorded (the episode then waits, hidden, for the rest).
   */
  private acceptWordDrawnFirst(ep: Episode, snap: Snapshot): boolean {
    const at = this.find(snap, ep.tail, ep.line);
    if (at === null || snap.cursor === null) return false;
    const from = at + ep.tail.length;
    const part = ep.remaining.slice(0, snap.cursor - from);
    if (!part || part.length >= ep.remaining.length || snap.text.slice(from, snap.cursor) !== part) return false;
    this.acceptPart(ep, part, 'word');
    this.continueAt(ep, snap, snap.cursor, ep.remaining.slice(part.length), true);
    return true;
  }

  /**
   * Word accepts came first since the last look and nothing after them changes text (Escape, a move, a click, focus
   * leaving), and the document reads part of the suggestion between the tail and the text that stood after the
   * insertion point: that part went in. With only word accepts since, the episode waits for the rest; otherwise a
   * later key took the rest away and the accepted part is followed as a region (a partly accepted suggestion).
   */
  private acceptedWordsByText(ep: Episode, snap: Snapshot): boolean {
    const inputs = this.inputs;
    if (inputs[0]?.kind !== 'accept-word' || !inputs.every((i) => KEEPS_TEXT.has(i.kind))) return false;
    const at = this.find(snap, ep.tail, ep.line);
    if (at === null) return false;
    const from = at + ep.tail.length;
    const n = insertedLength(snap.text, from, ep.remaining, ep.after, snap.cutAfter);
    if (n === null) return false;
    this.acceptPart(ep, ep.remaining.slice(0, n), 'word');
    // The tail now ends after the accepted part (the region opened below ends there, not before the word).
    this.continueAt(ep, snap, from + n, ep.remaining.slice(n), true);
    if (inputs.every((i) => i.kind === 'accept-word')) return true;
    this.episode = null;
    this.openRegionAtTail(ep, snap);
    return true;
  }

  /** Part of the suggestion went into the document: recorded exactly, and kept for the region it starts. */
  private acceptPart(ep: Episode, part: string, how: 'word' | 'line'): void {
    this.ctx.emit('completion_accepted', { suggestionId: ep.id, how, acceptedText: part });
    ep.accepted += part;
  }

  /** The episode goes on with `remaining` still to come at `at` (shown, or `hidden` until drawn again). */
  private continueAt(ep: Episode, snap: Snapshot, at: number, remaining: string, hidden: boolean): void {
    ep.remaining = remaining;
    ep.tail = snap.text.slice(Math.max(0, at - TAIL), at);
    ep.after = textAfter(snap.text, at, snap.cutAfter);
    ep.line = lineAt(snap, at);
    ep.hidden = hidden;
    this.inputs = [];
  }

  /** The caret stands right after the suggestion's tail: nothing was inserted or moved yet. */
  private caretAtTail(ep: Episode, snap: Snapshot): boolean {
    const at = this.find(snap, ep.tail, ep.line);
    return at !== null && snap.cursor === at + ep.tail.length;
  }

  private reject(ep: Episode, how: RejectionHow | 'page-exit'): void {
    this.ctx.emit('completion_rejected', { suggestionId: ep.id, how });
  }

  /** True when the text right before `at` is `before`. */
  private isAt(snap: Snapshot, at: number, before: string): boolean {
    return at >= before.length && snap.text.slice(at - before.length, at) === before;
  }

  /** Offset of `needle` in the window, the occurrence nearest `line`; null when absent. */
  private find(snap: Snapshot, needle: string, line: number): number | null {
    return findNear(snap, needle, line);
  }

  /** A partly accepted suggestion whose rest went away: its region ends where the accepted text ends. */
  private openRegionAtTail(ep: Episode, snap: Snapshot | null): void {
    this.regions.openAtTail(ep.id, ep.accepted, ep.tail, ep.line, snap);
  }
}
