// One editor the user typed in, on one document: its tracker, what the user does in it, and when to look again.
// It starts only after a real key press inside the editor (nothing is read from editors nobody typed in), and
// while no suggestion is in flight each change costs one query for ghost text; the window around the cursor is
// read only while a suggestion is shown or an accepted region is followed, so work per keystroke does not grow with
// the file. It ends when the editor shows another document, leaves the page, or the page goes away.
import type { CompletionKind } from '../../core/completion-events';
import { type CaptureEvent, EVENT_SCHEMA_VERSION, randomEventId } from '../../core/events';
import type { Input } from './inputs';
import { type CompletionBody, CompletionTracker, type LeaveReason, QUIET_MS } from './tracker';
import type { EditorDocument, EditorReader, EditorSiteAdapter } from './types';

/** Quiet after a change before the editor is read (one rendered state, not the frames in between). */
export const SETTLE_MS = 40;
export const MAX_WAIT_MS = 200;

export interface SessionHost {
  adapter: EditorSiteAdapter;
  reader: EditorReader;
  emit(event: CaptureEvent): void;
  isPaused(): boolean;
  now(): number;
  /** Counted and shown in health: suggestions not recorded, and reads that threw. */
  note(what: string): void;
}

/** The events' conversationId: the document's id in the characters ids allow (others become `_`). */
export function documentKey(id: string): string {
  const safe = id.replace(/[^\w.:@\-/+=]/g, '_').slice(0, 256);
  return safe || 'document';
}

export class EditorSession {
  readonly tracker: CompletionTracker;
  private readonly observer: MutationObserver;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private closed = false;

  constructor(
    readonly root: Element,
    readonly doc: EditorDocument,
    private readonly host: SessionHost,
  ) {
    const conversationId = documentKey(doc.id);
    const site = host.adapter.id;
    const url = root.ownerDocument.location?.pathname.slice(0, 2048);
    this.tracker = new CompletionTracker({
      editor: host.reader.kind,
      now: () => host.now(),
      newId: () => crypto.randomUUID(),
      emit: <K extends CompletionKind>(kind: K, body: CompletionBody<K>) => {
        if (host.isPaused()) return;
        const ts = new Date(host.now()).toISOString();
        const event: unknown = {
          ...{ id: randomEventId(kind), v: EVENT_SCHEMA_VERSION, kind, site, conversationId, ts, origin: 'live', url },
          ...body,
        };
        host.emit(event as CaptureEvent);
      },
      describe: () => ({
        ...(doc.file ? { file: doc.file } : {}),
        ...(doc.language ? { language: doc.language } : {}),
        source: host.adapter.sourceOf?.(root),
      }),
      skipped: (reason) =>
        host.note(reason === 'binary' ? 'suggestion not recorded: binary-looking text' : 'suggestion not recorded: line too long to read'),
    });
    // Ghost text comes and goes as nodes (Monaco's decorations and view zones, CodeMirror's marks and widgets), so
    // attribute changes (the caret's position and blinking, scrolling) are not watched: they are most of an editor's
    // mutations. A key press or a click looks again by itself (`input`), which covers caret moves.
    this.observer = new MutationObserver(() => this.soon());
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * A user action. While a suggestion is on screen (followed already, or just drawn and not yet looked at), first
   * the look that was waiting: the screen the user acted on. Otherwise the next look is enough (an accepted region
   * is found again by its anchors whenever it is read), so typing costs at most one read per settled screen.
   */
  input(input: Input): void {
    if (this.settleTimer !== undefined && (this.tracker.showing || this.host.reader.hasGhost(this.root))) this.flush();
    this.tracker.input(input);
    this.soon();
  }

  /** Runs a look that is waiting for the editor to settle, now. */
  flush(): void {
    if (this.settleTimer === undefined) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.check();
  }

  private lastChange = 0;

  /**
   * Looks again once the editor has finished rendering this change. Editors paint a suggestion in steps (Monaco
   * draws the first line and the further lines in separate frames), so a look waits for SETTLE_MS of quiet, or
   * MAX_WAIT_MS at most while changes keep coming.
   */
  soon(): void {
    if (this.closed) return;
    // One timer per look, not one per mutation batch: a change while it waits only moves the deadline, which the
    // timer reads when it fires.
    this.lastChange = this.host.now();
    if (this.settleTimer !== undefined) return;
    this.firstPending = this.lastChange;
    this.arm(SETTLE_MS);
  }

  private arm(wait: number): void {
    this.settleTimer = setTimeout(() => {
      const now = this.host.now();
      const quietFor = now - this.lastChange;
      if (quietFor < SETTLE_MS && now - this.firstPending < MAX_WAIT_MS) {
        this.arm(Math.min(SETTLE_MS - quietFor, MAX_WAIT_MS - (now - this.firstPending)));
        return;
      }
      this.settleTimer = undefined;
      this.check();
    }, wait);
  }

  /** Looks at the editor now: cheap unless a suggestion is shown or a region followed. */
  check(): void {
    if (this.closed || this.host.isPaused()) return;
    if (!this.tracker.busy && !this.host.reader.hasGhost(this.root)) return;
    // Following what is in flight needs the lines near it; a new suggestion (or anything not found there) the
    // full window, read only then.
    const near = this.tracker.busy ? this.read(this.tracker.span()) : null;
    const snap = near && this.tracker.canFollow(near) ? near : this.read();
    if (!snap) return;
    this.tracker.observe(snap);
    this.armQuietTimer();
  }

  leave(reason: LeaveReason): void {
    if (this.closed) return;
    this.flush();
    this.tracker.leave(reason, reason === 'document-closed' || !this.root.isConnected ? null : this.read());
    if (reason !== 'blur') this.close();
  }

  close(): void {
    this.closed = true;
    this.observer.disconnect();
    clearTimeout(this.quietTimer);
    clearTimeout(this.settleTimer);
  }

  private read(span?: number) {
    try {
      return this.host.reader.read(this.root, span);
    } catch (e) {
      this.host.note(`${this.host.reader.kind} read failed`);
      console.warn('[echo-capture] could not read the editor:', e);
      return null;
    }
  }

  private armQuietTimer(): void {
    clearTimeout(this.quietTimer);
    if (!this.tracker.busy) return;
    this.quietTimer = setTimeout(() => {
      if (this.closed) return;
      if (this.tracker.tick(this.root.isConnected ? this.read() : null)) this.armQuietTimer();
    }, QUIET_MS + 100);
  }
}
