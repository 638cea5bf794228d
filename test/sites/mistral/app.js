// Fixture of chat.mistral.ai's conversation page (facts: docs/sites/mistral.md). Awkward parts kept on purpose:
// the first message creates the chat through tRPC and the URL becomes /chat/<id> before any message is shown; the
// answer part is re-rendered from scratch on every streamed patch; the action footer exists only while the pointer
// is over a finished answer (exporters need a mouseover to find it); the copy button of a code block carries the
// same "Copy to clipboard" label as the answer's; a retried answer replaces the message inside the same element
// (its data-message-id changes) with a synthetic "< 2/2 >" switcher; the composer's one button swaps between
// "Voice Mode" (idle), "Send question" (text typed) and a stop button while streaming; a prompt that asks to "think"
// gets an answer with a reasoning part before it, behind a "Thought for Ns" toggle drawn one span per letter.
// `?drift=1` plays a site update that renamed data-message-author-role (the drifted-markup check).
// The UI speaks the browser's language (labels.json: English and French — the French composer placeholder is the real
// one, docs/sites/mistral.md; test/sites/shared/locale.js): labels change, the footer's order, its toggle buttons
// (aria-pressed) and the composer button's icons (lucide-style classes, a guess) do not.
import { format, localise } from '/fixture-shared/locale.js';

const { t } = await localise();
const lucide = (name) => `<svg class="lucide lucide-${name}" width="20" height="20" aria-hidden="true"></svg>`;
/** A footer button: its label in the UI language, its icon the same in every language. */
const iconButton = (label, icon, extra = '') =>
  `<button type="button" aria-label="${label}" ${extra} class="size-8">${lucide(icon)}</button>`;
const JSON_HEADERS = { 'content-type': 'application/json' };

const thread = document.getElementById('thread');
const composer = document.getElementById('composer');
const form = document.getElementById('composer-form');
const button = document.getElementById('composer-button');
const drift = new URLSearchParams(location.search).has('drift');
const ROLE_ATTR = drift ? 'data-message-role' : 'data-message-author-role';

/** id -> { id, role, parent, children, text, status } ; the root's children are first user messages. */
const nodes = new Map([['root', { id: 'root', role: 'root', parent: null, children: [], text: '' }]]);
let chatId = null;
let currentLeaf = 'root';
let streaming = null; // { controller, messageId }
let hovered = null; // the message element under the pointer (its footer is rendered)

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function inline(s) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code class="rounded bg-muted px-1">$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function renderMarkdown(md) {
  const out = [];
  const lines = md.split('\n');
  let i = 0;
  while (i < lines.length) {
    const fence = /^```([\w+#.-]*)\s*$/.exec(lines[i]);
    if (fence) {
      const lang = fence[1] || 'text';
      const code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      i++;
      out.push(
        `<div data-testid="code-block" class="relative my-2 rounded-md border">` +
          `<div class="flex items-center justify-between px-3 py-1"><span class="text-xs">${escapeHtml(lang)}</span>` +
          `<button type="button" aria-label="${t.copyToClipboard}" class="size-7">${lucide('copy')}</button></div>` +
          `<pre class="overflow-x-auto p-3"><code class="language-${escapeHtml(lang)}">${escapeHtml(code.join('\n'))}</code></pre></div>`,
      );
      continue;
    }
    if (lines[i].trim()) {
      const para = [lines[i++]];
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p>${inline(para.join(' '))}</p>`);
    } else i++;
  }
  return out.join('');
}

function shownPath() {
  const path = [];
  for (let id = currentLeaf; id && id !== 'root'; id = nodes.get(id).parent) path.unshift(id);
  return path;
}

/**
 * A thinking answer (its prompt asks to "think"), drawn as another project's test fixture has Le Chat draw it
 * (docs/sites/mistral.md, Reasoning): the "Thought for Ns" toggle is a button outside the reasoning part, its label
 * one span per letter (the animation), and the reasoning part sits in a `role="region"`. The reasoning text is the
 * page's own (synthetic: the stream's reasoning shape is unverified).
 */
function reasoningHtml(node) {
  const prompt = nodes.get(node.parent);
  if (!prompt || !/\bthink\b/i.test(prompt.text)) return '';
  const letters = [...t.thoughtFor].map((c) => `<span>${escapeHtml(c)}</span>`).join('');
  return (
    `<button type="button" aria-expanded="false" aria-label="${t.thoughtFor}">${letters}</button>` +
    `<div role="region" hidden><div data-message-part-type="reasoning"><div class="markdown-container-style prose">` +
    `<p>${escapeHtml(`The user asks: ${prompt.text.slice(0, 60)}. I will reason, then answer.`)}</p></div></div></div>`
  );
}

function messageHtml(node, isHovered) {
  if (node.role === 'user') {
    return (
      `<div class="flex flex-col items-end">` +
      `<div class="select-text whitespace-pre-wrap break-words">${escapeHtml(node.text)}</div></div>`
    );
  }
  const isStreaming = streaming?.messageId === node.id;
  const sibs = nodes.get(node.parent).children;
  const pos = sibs.indexOf(node.id) + 1;
  const nav =
    sibs.length > 1
      ? `<div class="flex items-center text-xs">` +
        `<button type="button" aria-label="${t.previousAnswer}" ${pos === 1 ? 'disabled' : ''}>‹</button>` +
        `<span class="tabular-nums">${format(t.readout, { n: pos, m: sibs.length })}</span>` +
        `<button type="button" aria-label="${t.nextAnswer}" ${pos === sibs.length ? 'disabled' : ''}>›</button></div>`
      : '';
  const footer =
    isHovered && !isStreaming
      ? `<footer class="flex items-center gap-1 text-muted">${nav}` +
        iconButton(t.retry, 'refresh-cw') +
        iconButton(t.like, 'thumbs-up', `aria-pressed="${node.rating === 'up'}"`) +
        iconButton(t.dislike, 'thumbs-down', `aria-pressed="${node.rating === 'down'}"`) +
        `${iconButton(t.copyToClipboard, 'copy')}</footer>`
      : '';
  return (
    `<div class="flex flex-col gap-2">` +
    reasoningHtml(node) +
    `<div data-testid="text-message-part" data-message-part-type="answer" class="prose markdown-container-style max-w-none">` +
    `${renderMarkdown(node.text)}</div>` +
    `</div>${footer}`
  );
}

/** Renders the shown branch, reusing message elements by position (React keys the list by index here). */
function renderThread() {
  const path = shownPath();
  const existing = [...thread.children];
  path.forEach((id, i) => {
    const node = nodes.get(id);
    let el = existing[i];
    if (!el) {
      el = document.createElement('div');
      el.className = 'group flex flex-col gap-1';
      thread.append(el);
    }
    if (el.getAttribute('data-message-id') !== id) el.setAttribute('data-message-id', id);
    if (el.getAttribute(ROLE_ATTR) !== node.role) el.setAttribute(ROLE_ATTR, node.role);
    const html = messageHtml(node, hovered === el);
    if (el.__html !== html) {
      el.innerHTML = html;
      el.__html = html;
    }
  });
  for (const el of existing.slice(path.length)) el.remove();
}

function updateButton() {
  if (streaming) {
    button.setAttribute('aria-label', t.stop);
    button.innerHTML = lucide('square');
  } else if (composer.textContent.trim()) {
    button.setAttribute('aria-label', t.send);
    button.innerHTML = lucide('arrow-up');
  } else {
    button.setAttribute('aria-label', t.voice);
    button.innerHTML = lucide('audio-lines');
  }
}

/** Reads the numbered-line stream: `15:{json}` frames, `8:null` ends it. */
async function readLines(response, onFrame) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 1);
      const m = /^(\w+):(.*)$/.exec(line);
      if (m && m[1] === '15') onFrame(JSON.parse(m[2]).json);
    }
  }
}

/** Streams an answer to `promptId` (null: the server names the prompt in its bootstrap frame). */
async function generate(body, promptId) {
  const controller = new AbortController();
  streaming = { controller, messageId: null };
  updateButton();
  let prompt = promptId;
  try {
    const init = { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body), signal: controller.signal };
    const response = await fetch('/api/chat', init);
    await readLines(response, (frame) => {
      if (frame.type === 'bootstrap' && !prompt) {
        const m = frame.messages[0];
        nodes.set(m.id, { id: m.id, role: 'user', parent: 'root', children: [], text: m.content });
        nodes.get('root').children.push(m.id);
        prompt = currentLeaf = m.id;
        renderThread();
      } else if (frame.type === 'message') {
        let node = nodes.get(frame.messageId);
        if (!node) {
          node = { id: frame.messageId, role: 'assistant', parent: prompt, children: [], text: '', status: 'STREAMING' };
          nodes.set(node.id, node);
          nodes.get(prompt).children.push(node.id);
          currentLeaf = node.id;
          streaming.messageId = node.id;
        }
        for (const patch of frame.patches) {
          if (patch.path === '/contentChunks/0') node.text = patch.value.text;
          else if (patch.path === '/contentChunks/0/text') node.text += patch.value;
          else if (patch.path === '/generationStatus') node.status = patch.value;
        }
        renderThread();
      }
    });
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    streaming = null;
    updateButton();
    renderThread();
  }
}

async function send(text) {
  if (!chatId) {
    const response = await fetch('/api/trpc/message.newChat?batch=1', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trpc-source': 'nextjs-react' },
      body: JSON.stringify({
        0: {
          json: {
            content: [{ type: 'text', text }],
            files: [], features: [], integrations: [], libraries: [], productType: 'chat', projectId: null, incognito: false,
          },
        },
      }),
    });
    chatId = (await response.json())[0].result.data.json.chatId;
    history.pushState({}, '', `/chat/${chatId}${drift ? '?drift=1' : ''}`);
    await generate({ chatId, mode: 'start' }, null);
    return;
  }
  const id = crypto.randomUUID();
  const parent = currentLeaf;
  nodes.set(id, { id, role: 'user', parent, children: [], text });
  nodes.get(parent).children.push(id);
  currentLeaf = id;
  renderThread();
  await generate({ chatId, mode: 'append', messageId: id, parentId: parent, messageInput: [{ type: 'text', text }] }, id);
}

function leafUnder(id) {
  let node = nodes.get(id);
  while (node.children.length) node = nodes.get(node.children[node.children.length - 1]);
  return node.id;
}

async function loadChat(id) {
  const input = encodeURIComponent(JSON.stringify({ 0: { json: { chatId: id } } }));
  const response = await fetch(`/api/trpc/chat.byId?batch=1&input=${input}`);
  if (!response.ok) return;
  const chat = (await response.json())[0].result.data.json;
  chatId = chat.id;
  for (const m of chat.messages) {
    const parent = m.parentId ?? 'root';
    nodes.set(m.id, { id: m.id, role: m.role, parent, children: [], text: m.content, rating: m.rating });
    nodes.get(parent).children.push(m.id);
  }
  currentLeaf = leafUnder('root');
  document.title = `${chat.title} - Le Chat`;
  renderThread();
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access.
  }
}

thread.addEventListener('mouseover', (e) => {
  const el = e.target.closest('[data-message-id]');
  if (el !== hovered) {
    hovered = el;
    renderThread();
  }
});
thread.addEventListener('mouseleave', () => {
  hovered = null;
  renderThread();
});

thread.addEventListener('click', async (e) => {
  const btn = e.target.closest('button');
  const el = btn?.closest('[data-message-id]');
  const node = el && nodes.get(el.getAttribute('data-message-id'));
  if (!node) return;
  const label = btn.getAttribute('aria-label');
  const block = btn.closest('[data-testid="code-block"]');
  if (block && label === t.copyToClipboard) {
    await copyText(block.querySelector('code').textContent);
  } else if (label === t.copyToClipboard) {
    await copyText(node.text);
  } else if (label === t.like || label === t.dislike) {
    node.rating = label === t.like ? 'up' : 'down';
    renderThread();
    const body = JSON.stringify({ 0: { json: { messageId: node.id, rating: node.rating } } });
    await fetch('/api/trpc/message.feedback?batch=1', { method: 'POST', headers: JSON_HEADERS, body });
  } else if (label === t.retry && !streaming) {
    await generate({ chatId, mode: 'retry', messageId: node.id }, node.parent);
  } else if (label === t.previousAnswer || label === t.nextAnswer) {
    const sibs = nodes.get(node.parent).children;
    const next = sibs[sibs.indexOf(node.id) + (label === t.previousAnswer ? -1 : 1)];
    if (next) {
      currentLeaf = leafUnder(next);
      renderThread();
    }
  }
});

composer.addEventListener('input', updateButton);
composer.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    const text = composer.innerText.trim();
    if (!text || streaming) return;
    composer.textContent = '';
    updateButton();
    void send(text);
  }
});
form.addEventListener('submit', (e) => e.preventDefault());
button.addEventListener('click', () => {
  if (streaming) streaming.controller.abort();
  else composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
});

composer.setAttribute('aria-label', t.composer);
document.getElementById('new-chat').textContent = t.newChat;
updateButton();
const match = /^\/chat\/([\w-]+)/.exec(location.pathname);
if (match) void loadChat(match[1]);
