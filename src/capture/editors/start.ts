// The content script of an editor site (src/capture/editor-entry.ts starts it instead of the chat engine): watches
// the user's key presses in the editors (listeners on the editor roots, not the page), starts a session for an
// editor once the user types in it, and hands events to the same outbox and worker port the chat capture uses.
// Nothing is captured before consent or while paused (settings), and nothing from editors the user never typed in.
// Runs in the frame the manifest puts it in (top frames only for the editor sites listed so far:
// docs/completions.md, Frames).
import { ext as browser } from '../ext';
import { send } from '../../messages';
import { DEFAULT_SETTINGS, isCapturePaused, loadSettings, type Settings, watchSettings } from '../../store/settings';
import { Outbox } from '../outbox';
import { WorkerPort } from '../worker-port';
import { codemirrorReader } from './codemirror';
import { inputOfKey } from './inputs';
import { monacoReader } from './monaco';
import { EditorSession } from './session';
import type { EditorDocument, EditorReader, EditorSiteAdapter } from './types';

const HEALTH_RESEND_MS = 30_000;
/**
 * Events wait this long for the rest of their moment and go to the worker in one message: a suggestion shown, its
 * fate, and the next one or two a person meets while typing on. Each message is serialized and sent from the
 * page's main thread, and the worker's answer is a task in the page; at 1 s the bench's pages posted a message for
 * every two events (docs/completions.md, Round 18). What is held goes sooner when the user pauses in the editor
 * (`userPaused`, round 19), and at once when the page hides or goes away (`leaving`), through the port, which
 * outlives the page; only a crashed page loses what it held: what came since the user's last pause.
 */
export const EVENT_HOLD_MS = 5000;
/** Key and pointer listeners only listen: capture phase (before the editor handles them), never cancelling. */
const HEAR = { capture: true, passive: true } as const;
const READERS: Record<EditorSiteAdapter['editor'], EditorReader> = { monaco: monacoReader, codemirror: codemirrorReader };

export function startEditorCapture(adapter: EditorSiteAdapter): void {
  let settings: Settings = DEFAULT_SETTINGS;
  let ready = false;
  // Asked on every key press: worked out when the settings change, not per key.
  let paused = true;
  const settingsChanged = (s: Settings) => {
    settings = s;
    paused = !ready || isCapturePaused(settings, adapter.id);
    attentionChanged();
  };
  const reader = READERS[adapter.editor];
  const sendMessage = (m: unknown) => browser.runtime.sendMessage(m);
  const port = new WorkerPort((options) => browser.runtime.connect(options));
  // Batches go through the worker port (opened once, again after the worker dropped it), not one-off messages: a
  // one-off message opens and closes a channel each time, which cost the page more than the events in it; the worker
  // checks and stores a port's batches exactly as the `events` message and answers each in order.
  const outbox = new Outbox(
    (events) => port.post(events),
    (message) => console.warn('[echo-capture] background did not store a batch:', message),
    EVENT_HOLD_MS,
  );
  const isPaused = () => paused;
  const notes = new Map<string, number>();
  const sessions = new Map<Element, EditorSession>();
  /** An idle session checks its editor for ghost text on a timer only while attended (session.ts `attentive`). */
  const attentionChanged = () => {
    for (const session of sessions.values()) session.attentionChanged();
  };
  /** The document each editor shows, named on focus and when the page says it changed (never per key). */
  const shown = new Map<Element, EditorDocument | null>();

  const editorOf = (target: EventTarget | null): Element | null => {
    const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
    const root = el?.closest(adapter.editorSelector) ?? null;
    if (!root || (adapter.excludeSelector && root.closest(adapter.excludeSelector))) return null;
    return root;
  };

  // The page's URL, parsed again only when it changed (adapters name documents by it).
  let href = '';
  let url = new URL(location.href);
  const pageUrl = () => (location.href === href ? url : ((href = location.href), (url = new URL(href))));

  /**
   * Names the document this editor shows now; a session on another document ends (`document-closed`), and the new
   * document needs the user to type in it before anything is read. Returns the session still current, if any.
   */
  const nameDocument = (root: Element): EditorSession | undefined => {
    const doc = root.isConnected ? adapter.documentOf(root, pageUrl()) : null;
    shown.set(root, doc);
    const current = sessions.get(root);
    if (current && (!doc || doc.id !== current.doc.id || current.isClosed)) {
      sessions.delete(root);
      current.leave('document-closed');
      return undefined;
    }
    return current;
  };
  const nameAll = () => {
    for (const root of shown.keys()) if (root.isConnected) nameDocument(root);
  };

  const host = {
    adapter,
    reader,
    emit: (event: Parameters<Outbox['push']>[0]) => outbox.push(event),
    isPaused,
    now: () => Date.now(),
    note: (what: string) => notes.set(what, (notes.get(what) ?? 0) + 1),
    stillShows: (session: EditorSession) => nameDocument(session.root) === session,
    followChanged: () => followSelection(),
    attentive: (session: EditorSession) => !paused && focused === session.root && document.visibilityState === 'visible',
    // The user paused (PAUSE_MS without a key: editor-watch.ts): what is held goes now, so a crashed page loses only
    // what came since the last pause; while they type on, events are held up to EVENT_HOLD_MS as before (round 19).
    userPaused: () => void (outbox.pending ? outbox.flush() : undefined),
  };

  // Key presses are heard on the editor the user is in, never on the page: a listener on each editor root, put
  // there when focus first enters it (focus moves rarely; keys outside editors then cost nothing). The root with
  // focus is the one a key belongs to, so nested editors (a peek view's) need no lookup per key. A key press costs
  // its classification and the session's bookkeeping: with nothing in flight, the idle watch's check for ghost text
  // drawn since its last look (editor-watch.ts; the editor is not observed then); the document is named when focus
  // enters the editor, when the page says the document changed, and before a new suggestion is recorded
  // (`stillShows`), not per key.
  let focused: Element | null = null;
  const heard = new WeakSet<Element>();
  const listen = (root: Element) => {
    focused = root;
    nameDocument(root)?.attentionChanged();
    if (heard.has(root)) return;
    heard.add(root);
    adapter.watchDocument?.(root, () => nameDocument(root));
    root.addEventListener(
      'keydown',
      (e) => {
        // Every key the user presses in the editor comes here (capture phase, before the editor): with nothing in
        // flight it costs this check, the key's classification and the idle watch's look (session.ts `input`).
        if (root !== focused || paused || !e.isTrusted) return;
        const input = inputOfKey(e as KeyboardEvent);
        if (!input) return;
        let session = sessions.get(root);
        if (!session) {
          const doc = shown.get(root);
          if (!doc) return;
          session = new EditorSession(root, doc, host);
          sessions.set(root, session);
        }
        session.input(input);
      },
      HEAR,
    );
    root.addEventListener(
      'pointerdown',
      (e) => {
        const session = e.isTrusted ? sessions.get(root) : undefined;
        if (session && editorOf(e.target) === root) session.input({ kind: 'pointer' });
      },
      HEAR,
    );
    root.addEventListener(
      'focusout',
      (e) => {
        if (root.contains((e as FocusEvent).relatedTarget as Node | null)) return;
        if (focused === root) focused = null;
        sessions.get(root)?.leave('blur');
      },
      true,
    );
  };
  addEventListener(
    'focusin',
    (e) => {
      const root = editorOf(e.target);
      if (root) listen(root);
    },
    true,
  );
  // A same-page navigation (a site naming its documents by the URL): Chromium's Navigation API sees the page's own
  // history.pushState; back / forward and hash changes everywhere. Elsewhere the health tick and `stillShows` do.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', nameAll);
  addEventListener('popstate', nameAll);
  addEventListener('hashchange', nameAll);

  // CodeMirror moves the caret without changing the DOM: look again when the selection moves. Listened to only
  // while an editor follows something (a suggestion, an accepted region) and no look of its is already waiting (a
  // key or a change asked for it, and it reads the caret when it runs: session.ts `hearsSelection`); a new suggestion
  // is a DOM change, seen by the session's observer. Found by a parent walk, no selector matching. In CodeMirror the
  // selection moves on every key and every re-render: a listener left in place while a look waits was a call into
  // the capture per key that asked for nothing (round 19, docs/completions.md), so it is taken off then.
  const onSelection = () => {
    let node: Node | null | undefined;
    for (const [root, session] of sessions) {
      if (!session.hearsSelection) continue;
      node ??= document.getSelection()?.focusNode ?? null;
      if (node && root.contains(node)) return session.soon();
    }
  };
  let selectionHeard = false;
  const followSelection = () => {
    let hear = false;
    for (const session of sessions.values()) hear ||= session.hearsSelection;
    if (hear === selectionHeard) return;
    selectionHeard = hear;
    if (hear) document.addEventListener('selectionchange', onSelection);
    else document.removeEventListener('selectionchange', onSelection);
  };

  let lastHealth = '';
  let lastHealthAt = 0;
  const reportHealth = () => {
    for (const root of [...shown.keys()]) {
      if (!root.isConnected) {
        sessions.get(root)?.leave('document-closed');
        sessions.delete(root);
        shown.delete(root);
      } else nameDocument(root);
    }
    followSelection();
    // Suggestions not recorded (binary-looking text, a line too long) and reads that threw: the popup shows them.
    const failing = [...notes].map(([what, n]) => `${what} (${n}×)`).slice(0, 20);
    const failed = failing.length > 0;
    // Sent when it changed, and every HEALTH_RESEND_MS so the worker (which may have restarted) has it.
    const status = isPaused() ? 'paused' : failed ? 'degraded' : 'capturing';
    const said = JSON.stringify([status, failing]);
    if (said === lastHealth && Date.now() - lastHealthAt < HEALTH_RESEND_MS) return;
    lastHealth = said;
    lastHealthAt = Date.now();
    void send(sendMessage, {
      type: 'health',
      health: { site: adapter.id, status, missing: [], ...(failing.length ? { failing } : {}), checkedAt: new Date().toISOString() },
    }).catch(() => undefined);
  };

  void loadSettings(browser.storage.local).then((s) => {
    ready = true;
    settingsChanged(s);
    port.open();
    reportHealth();
  });
  watchSettings(browser, (s) => {
    settingsChanged(s);
    reportHealth();
  });
  setInterval(reportHealth, 3000);

  const leaving = (reason: 'page-exit' | 'hidden') => {
    if (reason === 'page-exit') for (const session of sessions.values()) session.leave('page-exit');
    outbox.handOver((batch) => port.post(batch));
  };
  addEventListener('pagehide', () => leaving('page-exit'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leaving('hidden');
    attentionChanged();
  });
}
