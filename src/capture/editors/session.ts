// One editor the user typed in, on one document: its tracker, what the user does in it, and when to look again.
// It starts only after a real key press inside the editor (nothing is read from editors nobody typed in). While no
// suggestion is in flight the editor is not observed: ghost text arriving is told by the idle watch (editor-watch.ts:
// a look before each key, and a timer while the editor has focus and no key came), so a change costs nothing and a
// key a look for ghost marks in the rendered lines; the window around the cursor is read only while a suggestion is
// shown or an accepted region is followed, so work per keystroke does not grow with the file. It ends when the editor
// shows another document, leaves the page, or the page goes away.
import type { CompletionKind } from '../../core/completion-events';
import { type CaptureEvent, EVENT_SCHEMA_VERSION, randomEventId } from '../../core/events';
import { addedGhost, EditorWatch } from './editor-watch';
import type { Input } from './inputs';
import { type CompletionBody, CompletionTracker, type LeaveReason } from './tracker';
import type { EditorDocument, EditorReader, EditorSiteAdapter } from './types';

/** Quiet after a change before the editor is read (one rendered state, not the frames in between). */
export const SETTLE_MS = 40;
export const MAX_WAIT_MS = 200;
/**
 * The same while only accepted regions are followed (no suggestion on screen, no ghost text just drawn): a look then
 * decides nothing the next key depends on (a region is found again by its anchors whenever it is read, and its text
 * when the caret left it is the text the look finds), so looks wait for a longer pause in the typing. Typing on
 * after accepting a suggestion is common, and each look reads the lines around the caret.
 */
export const FOLLOW_SETTLE_MS = 150;
export const FOLLOW_MAX_WAIT_MS = 1000;
/** The quiet timer fires this much after the period is due, so the tracker's own clock agrees it passed. */
const QUIET_SLACK_MS = 100;

export interface SessionHost {
  adapter: EditorSiteAdapter;
  reader: EditorReader;
  emit(event: CaptureEvent): void;
  isPaused(): boolean;
  now(): number;
  /** Counted and shown in health: suggestions not recorded, and reads that threw. */
  note(what: string): void;
  /**
   * Does the editor still show this session's document? Asked before a full read (a new suggestion to record with
   * its context): the document is named on focus and when the page says it changed, not per key, so a switch the
   * page gave no sign of is caught here. False closes the session (the host ends it).
   */
  stillShows(session: EditorSession): boolean;
  /** Whether the session follows something may have changed (the host listens to the selection only then). */
  followChanged(): void;
  /**
   * The session's editor has focus, the page is visible and capture is not paused: only then does an idle session
   * check its editor for ghost text on a timer (the host calls `attentionChanged` when this may have changed).
   */
  attentive(session: EditorSession): boolean;
  /** The user pressed nothing in the session's editor for PAUSE_MS (editor-watch.ts), told once a pause. */
  userPaused?(): void;
}

/** The events' conversationId: the document's id in the characters ids allow (others become `_`). */
export function documentKey(id: string): string {
  const safe = id.replace(/[^\w.:@\-/+=]/g, '_').slice(0, 256);
  return safe || 'document';
}

export class EditorSession {
  readonly tracker: CompletionTracker;
  /** An observer while something is in flight or ghost text is on screen; the idle watch otherwise. */
  private readonly watch: EditorWatch;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private closed = false;
  /** Ghost text was drawn (added nodes) since the last look: the next look must read the editor. */
  private ghostDrawn: boolean;

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
    // While something is in flight the editor is observed (an idle session's is not: `updateWatch`). Ghost text comes
    // and goes as nodes (Monaco's decorations and view zones, CodeMirror's marks and widgets), so attribute changes
    // (the caret's position and blinking, scrolling) are not watched: they are most of an editor's mutations. A key
    // press or a click looks again by itself (`input`), which covers caret moves. Whether ghost text arrived is read
    // from the nodes each change added (what the editor itself just built), never by searching the editor: a search
    // after every change re-walks every rendered line. Text changed in place (`characterData`: most of what typing
    // does to the DOM in CodeMirror) matters only while a suggestion is on screen (a ghost rewritten in place, no key
    // to tell), so it is watched only then (`updateWatch`): each record costs the page a record and the content
    // script a wrapper. While only an accepted region is followed, the user's edits in it come with a key press or a
    // selection change (each looks again), and its outcome is read fresh when the user leaves it or goes quiet.
    this.ghostDrawn = host.reader.hasGhost(root);
    this.watch = new EditorWatch(root, host.reader, {
      records: (records) => {
        this.noteDrawn(records);
        if (this.wanted) this.soon();
      },
      arrived: () => this.ghostArrived(),
      attentive: () => host.attentive(this),
      paused: () => host.userPaused?.(),
    });
    // `hasGhost` searched the editor: a mark it did not take for ghost text is not news to the idle watch.
    this.updateWatch(true);
  }

  private noteDrawn(records: MutationRecord[]): void {
    if (this.ghostDrawn || !records.some((r) => addedGhost(r, this.host.reader))) return;
    this.ghostDrawn = true;
    // Before the next key press (records are delivered before the next task): the host now follows the selection.
    this.tellHost();
  }

  /** The idle watch saw ghost text the session has not looked at: observe again, and look once it settled. */
  private ghostArrived(): void {
    this.ghostDrawn = true;
    this.updateWatch();
    this.tellHost();
    this.soon();
  }

  /**
   * Observes the editor while something is in flight or ghost text is on screen (text changed in place only while a
   * suggestion is: see the constructor); otherwise the idle watch stands in, while the host says the editor is
   * attended. `looked`: the editor was just read (what it marks now was seen).
   */
  private updateWatch(looked = false): void {
    if (this.closed) return;
    const idle = () => !this.wanted && !this.tracker.ghostSeen;
    if (!idle()) return this.watch.observe(this.tracker.showing);
    this.noteDrawn(this.watch.pending());
    if (idle()) this.watch.rest(looked);
    else this.ghostArrived();
  }

  /** Focus, visibility or pausing changed (the host's `attentive`): the idle watch runs only while attended. */
  attentionChanged(): void {
    this.updateWatch();
  }

  /** The editor is observed now (something in flight or ghost text on screen); false: the idle watch stands in. */
  get observed(): boolean {
    return this.watch.observed;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** A look is already waiting for the editor to settle (it reads the caret and the selection when it runs). */
  get pending(): boolean {
    return this.settleTimer !== undefined;
  }

  /**
   * The host should hear the page's selection changes for this session: something is in flight and no look is
   * waiting. A waiting look reads the caret when it runs, so a move meanwhile asks for nothing; in CodeMirror the
   * selection moves on every key, and a listener left in place costs the page a call into the capture per key
   * (round 19, docs/completions.md). The host is told (`followChanged`) whenever this may have changed.
   */
  get hearsSelection(): boolean {
    return this.settleTimer === undefined && this.tracker.busy && !this.closed;
  }

  /**
   * Something to look at: a suggestion or region in flight, or ghost text drawn since the last look. Otherwise a key
   * press costs the idle watch's check and nothing else.
   */
  get wanted(): boolean {
    return this.ghostDrawn || this.tracker.busy;
  }

  /**
   * A user action. While a suggestion is on screen (followed already, or just drawn and not yet looked at), first
   * the look that was waiting: the screen the user acted on. Otherwise the next look is enough (an accepted region
   * is found again by its anchors whenever it is read), so typing costs at most one read per settled screen, and
   * none while nothing is in flight.
   */
  input(input: Input): void {
    // The host hears once, after the key's look and the next one asked for (a look run now and another waiting
    // again: no selection listener put on and taken off within one key).
    this.inInput = true;
    try {
      // Idle, ghost text drawn since the watch's last look: it is recorded with its context before this key counts.
      if (!this.closed && this.watch.ghostArrived()) {
        this.ghostDrawn = true;
        this.check();
      } else if (this.settleTimer !== undefined && (this.tracker.showing || this.ghostDrawn)) this.flush();
      this.tracker.input(input);
      if (this.wanted) this.soon();
    } finally {
      this.inInput = false;
    }
    if (this.toldInInput) {
      this.toldInInput = false;
      this.host.followChanged();
    }
  }

  private inInput = false;
  private toldInInput = false;

  /** Tells the host that what the session follows, or whether a look waits, may have changed (once a key). */
  private tellHost(): void {
    if (this.inInput) this.toldInInput = true;
    else this.host.followChanged();
  }

  /** Runs a look that is waiting for the editor to settle, now. */
  flush(): void {
    if (this.settleTimer === undefined) return;
    clearTimeout(this.settleTimer);
    this.lookNow();
  }

  /** The waiting look runs: nothing waits any more, so the host may hear the selection again (`hearsSelection`). */
  private lookNow(): void {
    this.settleTimer = undefined;
    this.check();
    this.tellHost();
  }

  private lastChange = 0;

  /**
   * Looks again once the editor has finished rendering this change. Editors paint a suggestion in steps (Monaco
   * draws the first line and the further lines in separate frames), so a look waits for SETTLE_MS of quiet, or
   * MAX_WAIT_MS at most while changes keep coming (FOLLOW_SETTLE_MS / FOLLOW_MAX_WAIT_MS while only regions are
   * followed).
   */
  soon(): void {
    if (this.closed) return;
    // One timer per look, not one per mutation batch: a change while it waits only moves the deadline, which the
    // timer reads when it fires. A suggestion drawn while a look waits at the regions' pace brings it forward.
    this.lastChange = this.host.now();
    const urgent = this.tracker.showing || this.ghostDrawn;
    const waiting = this.settleTimer !== undefined;
    if (waiting) {
      if (!urgent || this.urgentLook) return;
      clearTimeout(this.settleTimer);
    } else this.firstPending = this.lastChange;
    this.urgentLook = urgent;
    this.arm(urgent ? SETTLE_MS : FOLLOW_SETTLE_MS);
    // A look waits now: the host need not hear the selection until it ran.
    if (!waiting) this.tellHost();
  }

  /** The waiting look is at a suggestion's pace (SETTLE_MS), not the regions' (FOLLOW_SETTLE_MS). */
  private urgentLook = true;

  private arm(wait: number): void {
    this.settleTimer = setTimeout(() => {
      const now = this.host.now();
      const quietFor = now - this.lastChange;
      const [settle, most] = this.urgentLook ? [SETTLE_MS, MAX_WAIT_MS] : [FOLLOW_SETTLE_MS, FOLLOW_MAX_WAIT_MS];
      if (quietFor < settle && now - this.firstPending < most) {
        this.arm(Math.min(settle - quietFor, most - (now - this.firstPending)));
        return;
      }
      this.lookNow();
    }, wait);
  }

  /** Looks at the editor now: cheap unless a suggestion is shown or a region followed. */
  check(): void {
    if (this.closed || this.host.isPaused()) return;
    if (!this.wanted) return;
    // Following what is in flight needs the lines near it; a new suggestion (or anything not found there) the
    // full window, read only then, once the editor is known to still show this document.
    const ghost = this.ghostDrawn || this.tracker.ghostSeen;
    this.ghostDrawn = false;
    let snap = this.tracker.busy ? this.read(this.tracker.span(), ghost) : null;
    if (!snap || !this.tracker.canFollow(snap)) {
      if (!this.host.stillShows(this) || this.closed) return;
      snap = this.read(undefined, ghost);
    }
    if (!snap) return;
    this.tracker.observe(snap);
    this.armQuietTimer();
    this.updateWatch(true);
    this.tellHost();
  }

  leave(reason: LeaveReason): void {
    if (this.closed) return;
    this.flush();
    // The regions' text is what this read is for: no ghost text is looked for.
    this.tracker.leave(reason, reason === 'document-closed' || !this.root.isConnected ? null : this.read(undefined, false));
    if (reason !== 'blur') this.close();
    this.updateWatch();
    this.tellHost();
  }

  close(): void {
    this.closed = true;
    this.watch.close();
    clearTimeout(this.quietTimer);
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }

  private read(span?: number, ghostShown = true) {
    try {
      return this.host.reader.read(this.root, span, ghostShown);
    } catch (e) {
      this.host.note(`${this.host.reader.kind} read failed`);
      console.warn('[echo-capture] could not read the editor:', e);
      return null;
    }
  }

  /**
   * One timer while a region is followed, not one per look: when it fires before the quiet period is due (the
   * region changed meanwhile) it waits again for what is left.
   */
  private armQuietTimer(): void {
    const due = this.tracker.quietDue();
    if (due === null) {
      clearTimeout(this.quietTimer);
      this.quietTimer = undefined;
      return;
    }
    if (this.quietTimer !== undefined) return;
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      if (this.closed) return;
      const left = (this.tracker.quietDue() ?? 0) - this.host.now();
      if (left > 0) return this.armQuietTimer();
      if (this.tracker.tick(this.root.isConnected ? this.read(undefined, false) : null)) this.armQuietTimer();
      else {
        this.updateWatch();
        this.tellHost();
      }
    }, Math.max(0, due - this.host.now()) + QUIET_SLACK_MS);
  }
}
