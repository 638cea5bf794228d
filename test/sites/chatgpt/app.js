// Fixture of chatgpt.com's conversation page (see docs/sites/chatgpt.md for the facts reproduced).
// Awkward parts kept on purpose: the answer's markdown is re-rendered from scratch on every streamed chunk (code
// blocks are torn down and rebuilt as they grow), regenerate and "< 2/2 >" replace the message inside the same
// turn element, the URL changes to /c/<id> only once the stream names the conversation, the action bar is added
// after streaming ends, and turn containers are <section>s (the 2026 markup) with data-testid turn numbers.
// The sidebar's chats open inside the page (the router pushes /c/<id>, fetches the conversation, then renders it
// into the same turn elements), as the real page does, rather than loading a new page.
// The UI speaks the browser's language (labels.json: English and German; test/sites/shared/locale.js): labels,
// aria-labels and sr-only headings change, test ids, the sprite icons (`<use href="…#ce3544">` copy, `#6d87e1`
// edit, as in the real 2026 pages) and structure do not.
import { format, localise } from '/fixture-shared/locale.js';

const { t } = await localise();
/** The real page draws its icons from one SVG sprite; the fragment names the glyph, whatever the language. */
const icon = (fragment) => `<svg width="20" height="20" aria-hidden="true" class="icon"><use href="/cdn/assets/sprites-core-fixture.svg#${fragment}" fill="currentColor"></use></svg>`;

const thread = document.getElementById('thread');
// ?drift=1 reproduces a site redesign that renamed the message attributes (what breaks scrapers in practice).
const drift = new URLSearchParams(location.search).has('drift');
const drifted = (html) => (drift ? html.replaceAll('data-message-id=', 'data-msg-uid=').replaceAll('data-message-author-role=', 'data-author=') : html);
const composer = document.getElementById('prompt-textarea');
const form = document.getElementById('composer-form');
const modelLabel = document.getElementById('model-label');

/** The tree as the page knows it: id -> { id, parent, children, role, text, model } */
const nodes = new Map();
let conversationId = null;
let rootId = 'client-root';
let currentLeaf = null;
let streaming = null; // { controller, turnEl, messageId }

nodes.set(rootId, { id: rootId, parent: null, children: [], role: 'root', text: '' });

function uuid() {
  return crypto.randomUUID();
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function inline(s) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** Minimal markdown -> HTML, like the real page's renderer: paragraphs, lists, fenced code with a header. */
function renderMarkdown(md, streamingNow) {
  const out = [];
  const lines = md.split('\n');
  let i = 0;
  let list = null;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  while (i < lines.length) {
    const line = lines[i];
    const fence = /^```([\w+#.-]*)\s*$/.exec(line);
    if (fence) {
      closeList();
      const lang = fence[1] || 'plaintext';
      const code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      i++;
      out.push(
        `<pre class="overflow-visible!"><div class="contain-inline-size rounded-2xl relative bg-token-sidebar-surface-primary">` +
          `<div class="flex items-center text-token-text-secondary px-4 py-2 text-xs font-sans justify-between h-9 select-none">${escapeHtml(lang)}</div>` +
          `<div class="sticky top-9"><div class="absolute end-0 bottom-0 flex h-9 items-center pe-2"><button class="flex gap-1 items-center select-none py-1" aria-label="${t.copy}">${icon('ce3544')}${t.copyCode}</button></div></div>` +
          `<div class="overflow-y-auto p-4" dir="ltr"><code class="whitespace-pre! language-${escapeHtml(lang)}">${escapeHtml(code.join('\n'))}</code></div>` +
          `</div></pre>`,
      );
      continue;
    }
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const kind = /^\s*\d+\./.test(line) ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline(item[1])}</li>`);
      i++;
      continue;
    }
    closeList();
    if (line.trim()) {
      const para = [line];
      i++;
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i]) && !/^\s*(?:[-*]|\d+\.)\s/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p>${inline(para.join(' '))}</p>`);
    } else i++;
  }
  closeList();
  return `<div class="markdown prose dark:prose-invert w-full break-words light${streamingNow ? ' result-streaming' : ''}">${out.join('')}</div>`;
}

/** The branch shown: from the root along `currentLeaf`'s ancestors. */
function shownPath() {
  const path = [];
  for (let id = currentLeaf; id && id !== rootId; id = nodes.get(id)?.parent) path.unshift(id);
  return path;
}

function siblings(id) {
  const node = nodes.get(id);
  return node?.parent ? nodes.get(node.parent).children : [id];
}

function turnHtml(node, index, isStreaming) {
  const sibs = siblings(node.id);
  const pos = sibs.indexOf(node.id) + 1;
  const nav =
    sibs.length > 1
      ? `<div class="flex items-center justify-center tabular-nums">` +
        `<button aria-label="${node.role === 'user' ? t.previousMessage : t.previousResponse}" ${pos === 1 ? 'disabled' : ''}>&lsaquo;</button>` +
        `<div class="px-0.5 text-sm font-semibold tabular-nums">${format(t.readout, { n: pos, m: sibs.length })}</div>` +
        `<button aria-label="${node.role === 'user' ? t.nextMessage : t.nextResponse}" ${pos === sibs.length ? 'disabled' : ''}>&rsaquo;</button></div>`
      : '';
  if (node.role === 'user') {
    return (
      `<h5 class="sr-only">${t.youSaid}</h5>` +
      `<div data-message-author-role="user" data-message-id="${node.id}" dir="auto" class="min-h-8 text-message">` +
      `<div class="user-message-bubble-color rounded-3xl px-5 py-2.5"><div class="whitespace-pre-wrap">${escapeHtml(node.text)}</div></div></div>` +
      `<div class="flex justify-end gap-1">${nav}<button aria-label="${t.editMessage}" class="edit">${icon('6d87e1')}</button></div>`
    );
  }
  const actions = isStreaming
    ? ''
    : `<div class="flex min-h-[46px] justify-start" aria-label="${t.responseActions}" role="group">${nav}` +
      `<button data-testid="copy-turn-action-button" aria-label="${t.copy}">${icon('ce3544')}</button>` +
      `<button data-testid="good-response-turn-action-button" aria-label="${t.goodResponse}" aria-pressed="${node.rating === 'up'}">👍</button>` +
      `<button data-testid="bad-response-turn-action-button" aria-label="${t.badResponse}" aria-pressed="${node.rating === 'down'}">👎</button>` +
      `<button data-testid="regenerate-turn-action-button" aria-label="${t.tryAgain}">↻</button></div>`;
  return (
    `<h6 class="sr-only">${t.chatgptSaid}</h6>` +
    `<div data-message-author-role="assistant" data-message-id="${node.id}" data-message-model-slug="${escapeHtml(node.model || 'gpt-4o')}" dir="auto" class="min-h-8 text-message">` +
    renderMarkdown(node.text, isStreaming) +
    `</div>${actions}`
  );
}

/** Long chats are virtualised: only the last WINDOW turns are mounted; scrolling to the top mounts more. */
const WINDOW = 20;
let windowSize = WINDOW;

/**
 * Renders the shown branch. Turn elements are keyed by turn index (like React with key=index): a turn's element
 * stays while its index is mounted, and a different variant or branch is rendered into the same element.
 */
function renderThread() {
  const path = shownPath();
  const start = Math.max(0, path.length - windowSize);
  const mounted = new Map([...thread.querySelectorAll('[data-testid^="conversation-turn-"]')].map((el) => [el.getAttribute('data-testid'), el]));
  let previous = null;
  path.forEach((id, i) => {
    const key = `conversation-turn-${i + 1}`;
    let el = mounted.get(key);
    if (i < start) {
      if (el) el.remove();
      return;
    }
    const node = nodes.get(id);
    if (!el) {
      el = document.createElement('section');
      el.className = 'w-full text-token-text-primary';
      el.setAttribute('dir', 'auto');
      el.setAttribute('data-testid', key);
      if (previous) previous.after(el);
      else thread.prepend(el);
    }
    mounted.delete(key);
    if (el.getAttribute('data-turn') !== node.role) el.setAttribute('data-turn', node.role);
    const html = drifted(turnHtml(node, i, streaming?.messageId === id));
    if (el.__html !== html) {
      el.innerHTML = html;
      el.__html = html;
    }
    previous = el;
  });
  for (const el of mounted.values()) el.remove();
}

thread.addEventListener('scroll', () => {
  if (thread.scrollTop < 40 && shownPath().length > windowSize) {
    const before = thread.scrollHeight;
    windowSize += WINDOW;
    renderThread();
    thread.scrollTop += thread.scrollHeight - before;
  }
});

function setStreamingUi(on) {
  document.getElementById('send-button').hidden = on;
  document.getElementById('stop-button').hidden = !on;
  // The real composer swaps the buttons; tests look for the stop button's presence.
  if (on) document.getElementById('stop-button').setAttribute('data-testid', 'stop-button');
  else document.getElementById('stop-button').removeAttribute('data-testid');
}

async function readStream(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = raw.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      if (data && data !== '[DONE]') onEvent(JSON.parse(data));
    }
  }
}

async function generate(body) {
  const controller = new AbortController();
  streaming = { controller, messageId: null };
  setStreamingUi(true);
  let answer = null;
  try {
    const response = await fetch('/backend-api/conversation', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    await readStream(response, (event) => {
      if (event.conversation_id && !conversationId) {
        conversationId = event.conversation_id;
        history.pushState({}, '', `/c/${conversationId}`);
      }
      if (event.o === 'add' && event.v?.message) {
        const m = event.v.message;
        answer = { id: m.id, parent: body.action === 'variant' ? body.parent_message_id : currentLeaf, children: [], role: 'assistant', text: '', model: m.metadata?.model_slug };
        nodes.set(answer.id, answer);
        nodes.get(answer.parent).children.push(answer.id);
        currentLeaf = answer.id;
        streaming.messageId = answer.id;
        renderThread();
      } else if (answer && typeof event.v === 'string') {
        answer.text += event.v;
        // Re-render the whole answer on every chunk, as the real page does.
        renderThread();
      }
    });
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    streaming = null;
    setStreamingUi(false);
    renderThread();
  }
  void refreshHistory();
}

/** Sends a prompt; with `parentOverride` it is an edited prompt: a new sibling branch of the original. */
async function send(text, parentOverride) {
  const id = uuid();
  const parent = parentOverride ?? currentLeaf ?? rootId;
  nodes.set(id, { id, parent, children: [], role: 'user', text });
  nodes.get(parent).children.push(id);
  currentLeaf = id;
  renderThread();
  await generate({
    action: 'next',
    messages: [{ id, author: { role: 'user' }, content: { content_type: 'text', parts: [text] } }],
    conversation_id: conversationId ?? undefined,
    parent_message_id: parent === rootId ? undefined : parent,
    model: 'gpt-4o',
  });
}

/** The newest leaf under a node: where the branch continues when the user switches to it. */
function leafUnder(id) {
  let node = nodes.get(id);
  while (node.children.length) node = nodes.get(node.children[node.children.length - 1]);
  return node.id;
}

async function loadConversation(id) {
  const response = await fetch(`/backend-api/conversation/${id}`);
  if (!response.ok) return;
  const data = await response.json();
  // Another chat was opened meanwhile: this one is no longer wanted.
  if (!location.pathname.endsWith(`/c/${id}`)) return;
  nodes.clear();
  windowSize = WINDOW;
  conversationId = data.conversation_id;
  for (const n of Object.values(data.mapping)) {
    if (!n.parent) {
      rootId = n.id;
      nodes.set(n.id, { id: n.id, parent: null, children: [...n.children], role: 'root', text: '' });
      continue;
    }
    nodes.set(n.id, {
      id: n.id,
      parent: n.parent,
      children: [...n.children],
      role: n.message.author.role,
      text: n.message.content.parts.join('\n'),
      model: n.message.metadata?.model_slug,
    });
  }
  currentLeaf = data.current_node;
  document.title = data.title;
  renderThread();
  thread.scrollTop = thread.scrollHeight;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access; the real page shows a toast either way.
  }
}

thread.addEventListener('click', async (e) => {
  const button = e.target.closest('button');
  if (!button) return;
  const turn = button.closest('[data-testid^="conversation-turn-"]');
  const messageEl = turn?.querySelector('[data-message-id], [data-msg-uid]');
  const node = messageEl && nodes.get(messageEl.getAttribute('data-message-id') ?? messageEl.getAttribute('data-msg-uid'));
  if (!node) return;
  const label = button.getAttribute('aria-label');
  const testid = button.getAttribute('data-testid');
  if (button.dataset.edit === 'cancel') {
    turn.__html = null;
    renderThread();
  } else if (button.dataset.edit === 'send') {
    const text = turn.querySelector('textarea').value.trim();
    if (text && !streaming) void send(text, node.parent);
  } else if (label === t.editMessage) {
    // The real page swaps the bubble for an inline editor inside the same turn; the message element stays.
    const bubble = turn.querySelector('[data-message-author-role="user"], [data-author="user"]');
    bubble.innerHTML =
      `<div class="edit-box"><textarea aria-label="${t.editMessageText}" rows="3"></textarea>` +
      `<div class="edit-actions"><button data-edit="cancel" class="btn-secondary">${t.cancel}</button><button data-edit="send" class="btn-primary">${t.send}</button></div></div>`;
    const area = bubble.querySelector('textarea');
    area.value = node.text;
    area.focus();
  } else if (button.closest('pre')) {
    await copyText(button.closest('pre').querySelector('code').textContent);
    button.textContent = t.copied;
  } else if (testid === 'copy-turn-action-button') {
    await copyText(node.text);
  } else if (testid === 'good-response-turn-action-button' || testid === 'bad-response-turn-action-button') {
    node.rating = testid.startsWith('good') ? 'up' : 'down';
    renderThread();
    await fetch('/backend-api/conversation/message_feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation_id: conversationId, message_id: node.id, rating: node.rating === 'up' ? 'thumbsUp' : 'thumbsDown' }),
    });
  } else if (testid === 'regenerate-turn-action-button') {
    // The old answer stays until the new one arrives, then is replaced inside the same turn element.
    await generate({ action: 'variant', conversation_id: conversationId, parent_message_id: node.parent, model: 'gpt-4o' });
  } else if ([t.previousResponse, t.nextResponse, t.previousMessage, t.nextMessage].includes(label)) {
    const sibs = siblings(node.id);
    const next = sibs[sibs.indexOf(node.id) + (label === t.previousResponse || label === t.previousMessage ? -1 : 1)];
    if (next) {
      currentLeaf = leafUnder(next);
      renderThread();
    }
  }
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = composer.innerText.trim();
  if (!text || streaming) return;
  composer.textContent = '';
  void send(text);
});

composer.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    form.requestSubmit();
  }
});

document.getElementById('stop-button').addEventListener('click', () => streaming?.controller.abort());

document.getElementById('new-chat').addEventListener('click', (e) => {
  e.preventDefault();
  location.href = '/';
});

/** The history list, as the real sidebar fetches it. */
async function refreshHistory() {
  const response = await fetch('/backend-api/conversations?offset=0&limit=28&order=updated');
  if (!response.ok) return;
  const { items } = await response.json();
  document.getElementById('history').innerHTML = items
    .map((c) => `<li><a href="/c/${escapeHtml(c.id)}" data-history-id="${escapeHtml(c.id)}">${escapeHtml(c.title)}</a></li>`)
    .join('');
}

document.getElementById('history').addEventListener('click', (e) => {
  const link = e.target.closest('a[data-history-id]');
  if (!link) return;
  e.preventDefault();
  const id = link.getAttribute('data-history-id');
  if (id === conversationId) return;
  // The router: the URL first, then the conversation is fetched and rendered into the same turn elements.
  streaming?.controller.abort();
  history.pushState({}, '', `/c/${id}`);
  void loadConversation(id);
});

modelLabel.textContent = 'ChatGPT 4o';
composer.setAttribute('aria-label', t.composer);
document.getElementById('send-button').setAttribute('aria-label', t.sendPrompt);
document.getElementById('stop-button').setAttribute('aria-label', t.stopStreaming);
document.getElementById('new-chat').textContent = t.newChat;
document.querySelector('.history-heading').textContent = t.chats;
void refreshHistory();
const match = /^\/c\/([\w-]+)/.exec(location.pathname);
if (match) void loadConversation(match[1]);
