// `npm run bench:typing -- --counts`: what the capture does per key, counted, not timed (counts hold under any load).
// A counter is installed in the content script's own isolated world (CDP Runtime.evaluate in the extension's
// context: its DOM prototypes are that world's, so only the capture's calls are counted, never the page's): the
// listeners and callbacks it runs (key, selection, pointer, mutation observer, timers), the DOM it reads (queries,
// text, styles, element walks) and the layout reads (getBoundingClientRect of elements and ranges, which force a
// layout when the page's is dirty; `--trace` tells which did). Each key is put in one of three buckets: ghost text on
// screen when it is pressed (checked in the counter's own capture-phase window listener, which runs before the
// editor's), else the capture observing the editor (something followed: an accepted region, or ghost text drawn and
// not yet looked at; since round 13 an idle session observes nothing), else nothing in flight; the work after a key
// (its mutation records, the settle timer's look) is counted in its bucket. Builds before round 13 observed from the
// first key on and heard keys only while something was followed: for them "followed" meant the key listener heard
// the key. The idle watch's interval (round 13) is counted apart: its ticks over the page's typing time.
import type { Page, Worker } from 'playwright-core';
import { OUTBOX_PORT } from '../../src/messages';
import { cdp } from './browsers';

type Bucket = 'idle' | 'followed' | 'showing';

export interface KeyCounts {
  keys: Record<Bucket, number>;
  /** The capture's interval ticks (the idle watch) and the milliseconds from the first key to the read. */
  ticks: number;
  ms: number;
  calls: Record<Bucket, Record<string, number>>;
  /** Layout reads (and style reads, with `detail`) by where the capture made them (its innermost frames). */
  layoutAt: Record<string, number>;
}

/** The counter, as source (run in the isolated world; a string so no bundler helper leaks into it). */
const INSTALL = String.raw`(ghost) => {
  if (window.__echoCounts) return 'again';
  const calls = { idle: {}, followed: {}, showing: {} };
  const keys = { idle: 0, followed: 0, showing: 0 };
  let state = 'idle';
  let own = 0;
  let ticks = 0;
  let first = 0;
  const observing = new Set();
  const layoutAt = {};
  const bump = (name, n = 1) => {
    if (own) return;
    calls[state][name] = (calls[state][name] || 0) + n;
    if (name !== 'layout read' && !(window.__detail && name === 'style read')) return;
    // Where: the capture's frames (function names with --unminified).
    const at = (name === 'style read' ? 'style: ' : '') + new Error().stack.split('\n').slice(3, 7).map((l) => l.trim().replace(/^at /, '').replace(/\(?chrome-extension:\/\/[a-z]+\//, '').replace(/:\d+\)?$/, '')).join(' < ');
    layoutAt[at] = (layoutAt[at] || 0) + 1;
  };
  const qs = Document.prototype.querySelector;
  addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    first ||= performance.now();
    own++;
    state = qs.call(document, ghost) ? 'showing' : observing.size ? 'followed' : 'idle';
    keys[state]++;
    own--;
  }, true);
  const method = (proto, name, label) => {
    const orig = proto[name];
    if (typeof orig !== 'function') return;
    proto[name] = function (...args) { bump(label); if (window.__detail && typeof args[0] === 'string') bump(name + ' ' + args[0].slice(0, 30)); return orig.apply(this, args); };
  };
  const getter = (proto, name, label) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d || !d.get) return;
    Object.defineProperty(proto, name, { ...d, get() { bump(label); return d.get.call(this); } });
  };
  for (const [proto, name] of [[Element.prototype, 'getBoundingClientRect'], [Element.prototype, 'getClientRects'], [Range.prototype, 'getBoundingClientRect'], [Range.prototype, 'getClientRects']]) method(proto, name, 'layout read');
  for (const name of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight']) getter(HTMLElement.prototype, name, 'layout read');
  for (const name of ['clientTop', 'clientHeight', 'scrollTop', 'scrollHeight']) getter(Element.prototype, name, 'layout read');
  method(window, 'getComputedStyle', 'layout read');
  for (const name of ['querySelector', 'querySelectorAll', 'getElementsByClassName', 'closest', 'matches']) method(Element.prototype, name, 'query');
  for (const name of ['querySelector', 'querySelectorAll', 'getElementsByClassName']) method(Document.prototype, name, 'query');
  method(Node.prototype, 'contains', 'query');
  getter(Node.prototype, 'textContent', 'text read');
  getter(Node.prototype, 'nodeValue', 'text read');
  method(Document.prototype, 'createTreeWalker', 'text read');
  method(Document.prototype, 'createRange', 'range');
  method(Document.prototype, 'getSelection', 'selection read');
  getter(HTMLElement.prototype, 'style', 'style read');
  for (const name of ['previousElementSibling', 'nextElementSibling', 'firstElementChild']) getter(Element.prototype, name, 'element walk');
  getter(Element.prototype, 'children', 'element walk');
  getter(Element.prototype, 'classList', 'class read');
  const wrapped = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, opts) {
    if (typeof listener !== 'function') return add.call(this, type, listener, opts);
    let w = wrapped.get(listener);
    if (!w) wrapped.set(listener, (w = function (...args) {
      bump('listener ' + type);
      return listener.apply(this, args);
    }));
    bump('listener added');
    return add.call(this, type, w, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, opts) {
    if (typeof listener === 'function') bump('listener removed');
    return remove.call(this, type, (typeof listener === 'function' && wrapped.get(listener)) || listener, opts);
  };
  const MO = window.MutationObserver;
  window.MutationObserver = function (callback) {
    return new MO((records, observer) => { bump('mutation callback'); bump('mutation records', records.length); return callback(records, observer); });
  };
  window.MutationObserver.prototype = MO.prototype;
  const observe = MO.prototype.observe;
  const disconnect = MO.prototype.disconnect;
  // Observers of a subtree (the session's), not of attributes alone (an adapter watching the document's name).
  MO.prototype.observe = function (...args) { if (args[1] && args[1].subtree) observing.add(this); return observe.apply(this, args); };
  MO.prototype.disconnect = function () { observing.delete(this); return disconnect.call(this); };
  const si = window.setInterval;
  window.setInterval = function (f, ...rest) {
    bump('interval armed');
    return si.call(window, typeof f === 'function' ? (...a) => { ticks++; bump('interval fired'); return f(...a); } : f, ...rest);
  };
  const st = window.setTimeout;
  window.setTimeout = function (f, ...rest) {
    bump('timer armed');
    return st.call(window, typeof f === 'function' ? (...a) => { bump('timer fired'); return f(...a); } : f, ...rest);
  };
  const ct = window.clearTimeout;
  window.clearTimeout = function (id) { if (id !== undefined) bump('timer cleared'); return ct.call(window, id); };
  const now = Date.now;
  Date.now = () => (bump('clock read'), now());
  window.__echoCounts = { calls, keys, layoutAt, get ticks() { return ticks; }, get ms() { return first ? performance.now() - first : 0; } };
  return 'installed';
}`;

/**
 * Installs the counter in the page's extension world (the content script must have run: the page is open and
 * ready); `detail` also counts queries by selector and where style reads come from. Throws when the page has no
 * content script (a control host) or the counter could not be installed.
 */
export async function installCounts(page: Page, ghost: string, detail = false): Promise<() => Promise<KeyCounts>> {
  const session = await cdp(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  const seen = (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context);
  session.on('Runtime.executionContextCreated', seen);
  await session.send('Runtime.enable');
  session.off('Runtime.executionContextCreated', seen);
  const world = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.isDefault === false);
  if (!world) throw new Error('no content-script world in the page');
  const evaluate = async (expression: string) => {
    const r = await session.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`counter: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as unknown;
  };
  if (detail) await evaluate('window.__detail = true');
  const installed = await evaluate(`(${INSTALL})(${JSON.stringify(ghost)})`);
  if (installed !== 'installed') throw new Error(`counter not installed: ${String(installed)}`);
  return async () => (await evaluate('JSON.parse(JSON.stringify(window.__echoCounts))')) as KeyCounts;
}

/** One line per bucket: each count per key pressed in it. */
export function countsLine(label: string, c: KeyCounts): string {
  const names: Record<Bucket, string> = { idle: 'nothing in flight', followed: 'a region followed', showing: 'a suggestion shown' };
  const one = (bucket: Bucket) => {
    const n = c.keys[bucket];
    const calls = Object.entries(c.calls[bucket]).sort((a, b) => b[1] - a[1]);
    const items = calls.map(([k, v]) => `${k} ${(v / Math.max(n, 1)).toFixed(2)}`).join(', ');
    return `${names[bucket]} (${n} keys): ${items || 'nothing'}`;
  };
  const at = Object.entries(c.layoutAt).sort((a, b) => b[1] - a[1]).slice(0, 8);
  const where = at.map(([k, v]) => `${v}× ${k}`).join('; ') || 'none';
  const perSecond = c.ms ? ((c.ticks * 1000) / c.ms).toFixed(1) : '0';
  const ticks = `interval ticks (round 13's idle watch): ${c.ticks} in ${(c.ms / 1000).toFixed(1)} s of typing (${perSecond} a second)`;
  return `${label}: ${one('idle')}\n    ${one('followed')}\n    ${one('showing')}\n    ${ticks}\n    layout reads, where (whole page): ${where}`;
}

/** The page's messages to the worker, the events in them, and those by kind. */
export interface PortCounts {
  posts: number;
  events: number;
  kinds: Record<string, number>;
}

/**
 * Counts the batches pages post to the service worker through the outbox port (src/capture/worker-port.ts) and
 * the events in them: each post is a cross-context message the page pays for (serialized and sent from its main
 * thread), which no counter in the content script's world can see (the port object is the page's). A second
 * `onConnect` listener in the worker, beside the extension's own; returns a reader of the counts since the last read.
 */
export async function installPortCounts(sw: Worker): Promise<() => Promise<PortCounts>> {
  await sw.evaluate((name) => {
    type Port = { name: string; onMessage: { addListener(f: (m: unknown) => void): void } };
    type Runtime = { onConnect: { addListener(f: (p: Port) => void): void } };
    type G = { __echoPosts?: PortCounts; chrome: { runtime: Runtime } };
    const g = globalThis as unknown as G;
    if (g.__echoPosts) return;
    const counts: PortCounts = (g.__echoPosts = { posts: 0, events: 0, kinds: {} });
    g.chrome.runtime.onConnect.addListener((port) => {
      if (port.name !== name) return;
      port.onMessage.addListener((m) => {
        counts.posts++;
        const events = (m as { events?: { kind?: string; how?: string; text?: string; reason?: string }[] }).events ?? [];
        counts.events += events.length;
        for (const e of events) {
          const k = `${String(e.kind)} ${JSON.stringify(e.how ?? e.reason ?? e.text?.slice(0, 16) ?? '')}`;
          counts.kinds[k] = (counts.kinds[k] ?? 0) + 1;
        }
      });
    });
  }, OUTBOX_PORT);
  return () =>
    sw.evaluate(() => {
      const g = globalThis as unknown as { __echoPosts: PortCounts };
      const counts = g.__echoPosts;
      const now = { ...counts };
      // Reset in place: the worker's listener holds this object.
      Object.assign(counts, { posts: 0, events: 0, kinds: {} });
      return now;
    });
}
