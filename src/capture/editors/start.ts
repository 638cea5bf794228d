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
import type { EditorReader, EditorSiteAdapter } from './types';

const HEALTH_RESEND_MS = 30_000;
const READERS: Record<EditorSiteAdapter['editor'], EditorReader> = { monaco: monacoReader, codemirror: codemirrorReader };

export function startEditorCapture(adapter: EditorSiteAdapter): void {
  let settings: Settings = DEFAULT_SETTINGS;
  let ready = false;
  const reader = READERS[adapter.editor];
  const sendMessage = (m: unknown) => browser.runtime.sendMessage(m);
  const port = new WorkerPort((options) => browser.runtime.connect(options));
  const outbox = new Outbox(
    (events) => send(sendMessage, { type: 'events', events }),
    (message) => console.warn('[echo-capture] background did not store a batch:', message),
  );
  const isPaused = () => !ready || isCapturePaused(settings, adapter.id);
  const notes = new Map<string, number>();
  const sessions = new Map<Element, EditorSession>();

  const host = {
    adapter,
    reader,
    emit: (event: Parameters<Outbox['push']>[0]) => outbox.push(event),
    isPaused,
    now: () => Date.now(),
    note: (what: string) => notes.set(what, (notes.get(what) ?? 0) + 1),
  };

  const editorOf = (target: EventTarget | null): Element | null => {
    const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
    const root = el?.closest(adapter.editorSelector) ?? null;
    if (!root || (adapter.excludeSelector && root.closest(adapter.excludeSelector))) return null;
    return root;
  };

  // The page's URL, parsed again only when it changed (adapters name documents by it; a parse per key adds up).
  let href = '';
  let url = new URL(location.href);
  const pageUrl = () => (location.href === href ? url : ((href = location.href), (url = new URL(href))));

  /** The session of this editor on the document it shows now; a new document needs the user to type in it. */
  const sessionOf = (root: Element, create: boolean): EditorSession | null => {
    const current = sessions.get(root);
    const doc = adapter.documentOf(root, pageUrl());
    if (current && (!doc || doc.id !== current.doc.id)) {
      current.leave('document-closed');
      sessions.delete(root);
    } else if (current) return current;
    if (!create || !doc) return null;
    const session = new EditorSession(root, doc, host);
    sessions.set(root, session);
    return session;
  };

  // Key presses are heard on the editor the user is in, never on the page: a listener on each editor root, put
  // there when focus first enters it (focus moves rarely; keys outside editors then cost nothing). The root with
  // focus is the one a key belongs to, so nested editors (a peek view's) need no lookup per key.
  let focused: Element | null = null;
  const heard = new WeakSet<Element>();
  const listen = (root: Element) => {
    focused = root;
    if (heard.has(root)) return;
    heard.add(root);
    root.addEventListener(
      'keydown',
      (e) => {
        const key = e as KeyboardEvent;
        if (root !== focused || !key.isTrusted || isPaused()) return;
        const input = inputOfKey(key);
        if (input) sessionOf(root, true)?.input(input);
        followSelection();
      },
      true,
    );
    root.addEventListener(
      'pointerdown',
      (e) => {
        const session = e.isTrusted ? sessions.get(root) : undefined;
        if (session && editorOf(e.target) === root) session.input({ kind: 'pointer' });
      },
      true,
    );
    root.addEventListener(
      'focusout',
      (e) => {
        if (root.contains((e as FocusEvent).relatedTarget as Node | null)) return;
        if (focused === root) focused = null;
        sessions.get(root)?.leave('blur');
        followSelection();
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

  // CodeMirror moves the caret without changing the DOM: look again when the selection moves. Listened to only
  // while an editor follows something (a suggestion, an accepted region); a new suggestion is a DOM change, seen
  // by the session's observer. Found by a parent walk, no selector matching.
  const onSelection = () => {
    let node: Node | null | undefined;
    for (const [root, session] of sessions) {
      if (!session.tracker.busy) continue;
      node ??= document.getSelection()?.focusNode ?? null;
      if (node && root.contains(node)) return session.soon();
    }
  };
  let selectionHeard = false;
  const followSelection = () => {
    let busy = false;
    for (const session of sessions.values()) busy ||= session.tracker.busy;
    if (busy === selectionHeard) return;
    selectionHeard = busy;
    if (busy) document.addEventListener('selectionchange', onSelection);
    else document.removeEventListener('selectionchange', onSelection);
  };

  let lastHealth = '';
  let lastHealthAt = 0;
  const reportHealth = () => {
    for (const [root, session] of sessions) {
      if (!root.isConnected || session.isClosed) {
        session.leave('document-closed');
        sessions.delete(root);
      } else sessionOf(root, false);
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
    settings = s;
    ready = true;
    port.open();
    reportHealth();
  });
  watchSettings(browser, (s) => {
    settings = s;
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
  });
}
