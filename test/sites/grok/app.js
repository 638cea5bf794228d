// Fixture of grok.com's conversation page (facts: docs/sites/grok.md). Awkward parts kept on purpose: Tailwind
// utility classes only (no test ids on actions), each message wrapped in `[id="response-<responseId>"]`, the
// answer's markdown re-rendered on every streamed token, action buttons added only after streaming and shown on
// hover, regenerations replace the answer inside the same row with a `< n/m >` switcher, code blocks whose copy
// button sits outside the <pre>, and the URL changing to /c/<id> once the stream names the conversation.
// `?drift=1` renames the response wrappers, as a site redesign would.
// The UI speaks the browser's language (labels.json: English and Spanish, the fixture's own translations;
// test/sites/shared/locale.js): labels change, the lucide icons, the action row's order and its toggles do not.
import { format, localise } from '/fixture-shared/locale.js';

const { t } = await localise();
const lucide = (name) => `<svg class="lucide lucide-${name}" aria-hidden="true"></svg>`;
/** An icon button of the action rows: its label in the UI language, its icon the same in every language. */
const iconButton = (label, icon, extra = '') =>
  `<button class="h-8 w-8 rounded-full" type="button" aria-label="${label}" ${extra}>${lucide(icon)}</button>`;

const thread = document.getElementById('thread');
const composer = document.querySelector('.tiptap.ProseMirror');
const form = document.querySelector('form');
const submit = document.getElementById('submit');
const PREFIX = new URLSearchParams(location.search).has('drift') ? 'message-' : 'response-';

/** responseId -> { id, parent, role, text, children } */
const nodes = new Map();
const ROOT = 'root';
nodes.set(ROOT, { id: ROOT, parent: null, role: 'root', text: '', children: [] });
let conversationId = null;
let leaf = ROOT;
let streaming = null; // { controller, id }

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function inline(s) {
  return escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function codeBlock(lang, code) {
  const lines = code.map((l) => `<span class="line">${escapeHtml(l)}</span>`).join('\n');
  return (
    `<div class="not-prose"><div class="relative not-prose @container/code-block [&amp;_div+div]:!mt-0 mt-3 mb-3 @md:-mx-4 @md:-mr-4">` +
    `<div class="flex flex-row px-4 py-2 h-10 items-center rounded-t-xl bg-surface-l2 border border-border-l1">` +
    `<span class="font-mono text-xs">${escapeHtml(lang)}</span></div>` +
    `<div class="sticky w-full right-2 z-10 top-24 print:hidden"><div class="absolute bottom-1 right-1 flex flex-row gap-0.5">` +
    `<div class="flex flex-row gap-0.5" style="opacity: 1;">` +
    `<button class="inline-flex items-center justify-center h-8 rounded-xl px-3 text-xs" type="button" aria-label="${t.copy}">` +
    `<svg class="lucide lucide-copy" width="14" height="14" aria-hidden="true"></svg><span>${t.copy}</span></button>` +
    `</div></div></div>` +
    `<div class="shiki not-prose relative bg-surface-l1 rounded-b-xl"><pre class="shiki" tabindex="0"><code>${lines}</code></pre></div>` +
    `</div></div>`
  );
}

/** Minimal markdown -> HTML: paragraphs, lists, fenced code (Grok renders code blocks with shiki). */
function renderMarkdown(md) {
  const out = [];
  const lines = md.split('\n');
  let i = 0;
  let list = null;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  while (i < lines.length) {
    const fence = /^```([\w+#.-]*)\s*$/.exec(lines[i]);
    if (fence) {
      closeList();
      const code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      i++;
      out.push(codeBlock(fence[1] || 'text', code));
      continue;
    }
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(lines[i]);
    if (item) {
      const kind = /^\s*\d+\./.test(lines[i]) ? 'ol' : 'ul';
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
    if (lines[i].trim()) {
      const para = [lines[i++]];
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i]) && !/^\s*(?:[-*]|\d+\.)\s/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p dir="auto" class="break-words" style="white-space: pre-wrap;">${inline(para.join(' '))}</p>`);
    } else i++;
  }
  closeList();
  return out.join('');
}

function path() {
  const p = [];
  for (let id = leaf; id && id !== ROOT; id = nodes.get(id).parent) p.unshift(id);
  return p;
}

function rowHtml(node, isStreaming) {
  if (node.role === 'user') {
    return (
      `<div id="${PREFIX}${node.id}" class="flex flex-col items-end">` +
      `<div class="message-bubble relative rounded-3xl text-primary min-h-7 prose dark:prose-invert break-words bg-surface-l2 ` +
      `border border-border-l1 max-w-[100%] sm:max-w-[90%] px-4 py-2.5 rounded-br-lg">` +
      `<span class="whitespace-pre-wrap">${escapeHtml(node.text)}</span></div>` +
      `<div class="action-buttons flex flex-row items-center gap-0.5">${iconButton(t.edit, 'pencil-line')}</div>` +
      `</div>`
    );
  }
  const sibs = nodes.get(node.parent).children;
  const pos = sibs.indexOf(node.id) + 1;
  const nav =
    sibs.length > 1
      ? `<div class="variant-nav flex items-center">${iconButton(t.previous, 'chevron-left', pos === 1 ? 'disabled' : '')}` +
        `<span class="text-sm tabular-nums">${format(t.readout, { n: pos, m: sibs.length })}</span>` +
        `${iconButton(t.next, 'chevron-right', pos === sibs.length ? 'disabled' : '')}</div>`
      : '';
  const actions = isStreaming
    ? ''
    : `<div class="action-buttons last-response flex flex-row items-center gap-0.5"><div class="flex items-center gap-[2px]">` +
      iconButton(t.regenerate, 'refresh-cw') +
      iconButton(t.copy, 'copy') +
      iconButton(t.share, 'share') +
      // Thumbs drawn without a lucide class in this fixture: only their place (two toggles) tells them apart.
      `<button class="h-8 w-8 rounded-full" type="button" aria-label="${t.like}" aria-pressed="${node.rating === 'up'}">👍</button>` +
      `<button class="h-8 w-8 rounded-full" type="button" aria-label="${t.dislike}" aria-pressed="${node.rating === 'down'}">👎</button>` +
      `</div>${nav}</div>`;
  return (
    `<div id="${PREFIX}${node.id}" class="flex flex-col items-start">` +
    `<div class="message-bubble relative rounded-3xl text-primary min-h-7 prose dark:prose-invert break-words w-full max-w-none">` +
    `<div class="relative response-content-markdown markdown [&amp;_a:not(.not-prose)]:text-current` +
    `${isStreaming ? ' streaming-cursor' : ''}">${renderMarkdown(node.text)}</div></div>` +
    actions +
    `</div>`
  );
}

/** Rows are reused by position (React keys the list by index); only changed rows are re-rendered. */
function render() {
  const ids = path();
  const rows = [...thread.children];
  ids.forEach((id, i) => {
    const node = nodes.get(id);
    let row = rows[i];
    if (!row) {
      row = document.createElement('div');
      thread.append(row);
    }
    const side = node.role === 'user' ? 'items-end' : 'items-start';
    const cls = `relative group flex flex-col justify-center w-full max-w-3xl md:px-4 pb-2 ${side}`;
    if (row.className !== cls) row.className = cls;
    const html = rowHtml(node, streaming?.id === id);
    if (row.__html !== html) {
      row.innerHTML = html;
      row.__html = html;
    }
  });
  for (const row of rows.slice(ids.length)) row.remove();
}

function setStreamingUi(on) {
  submit.setAttribute('aria-label', on ? t.stop : t.submit);
  submit.innerHTML = lucide(on ? 'square' : 'arrow-up');
  submit.type = on ? 'button' : 'submit';
}

async function readNdjson(response, onLine) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, cut).trim();
      buffer = buffer.slice(cut + 1);
      if (line) onLine(JSON.parse(line));
    }
  }
}

async function generate(url, body, userParent) {
  const controller = new AbortController();
  streaming = { controller, id: null };
  setStreamingUi(true);
  let answer = null;
  let user = null;
  try {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: controller.signal };
    const response = await fetch(url, init);
    await readNdjson(response, ({ result }) => {
      if (result?.conversation && !conversationId) {
        conversationId = result.conversation.conversationId;
        history.pushState({}, '', `/c/${conversationId}`);
      }
      const r = result?.response;
      if (!r) return;
      if (r.userResponse) {
        user = { id: r.userResponse.responseId, parent: userParent, role: 'user', text: r.userResponse.message, children: [] };
        nodes.set(user.id, user);
        nodes.get(userParent).children.push(user.id);
        leaf = user.id;
        render();
      } else if (typeof r.token === 'string') {
        if (!answer) {
          const parent = user?.id ?? body.parentResponseId;
          answer = { id: r.responseId, parent, role: 'assistant', text: '', children: [] };
          nodes.set(answer.id, answer);
          nodes.get(parent).children.push(answer.id);
          leaf = answer.id;
          streaming.id = answer.id;
        }
        answer.text += r.token;
        render();
      } else if (r.modelResponse && answer) {
        answer.text = r.modelResponse.message;
      }
    });
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    streaming = null;
    setStreamingUi(false);
    render();
  }
}

function send(text) {
  if (!conversationId) {
    const body = { temporary: false, modelName: 'grok-4', message: text, fileAttachments: [], imageAttachments: [] };
    void generate('/rest/app-chat/conversations/new', { ...body, disableSearch: false, returnImageBytes: false, isReasoning: false }, ROOT);
  } else {
    const body = { message: text, modelName: 'grok-4', parentResponseId: leaf, disableSearch: false, isReasoning: false };
    void generate(`/rest/app-chat/conversations/${conversationId}/responses`, body, leaf);
  }
}

async function loadConversation(id) {
  const tree = await fetch(`/rest/app-chat/conversations/${id}/response-node?includeThreads=true`);
  if (!tree.ok) return;
  conversationId = id;
  const { responseNodes } = await tree.json();
  const body = JSON.stringify({ responseIds: responseNodes.map((n) => n.responseId) });
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
  const loaded = await fetch(`/rest/app-chat/conversations/${id}/load-responses`, init);
  const { responses } = await loaded.json();
  let newest = null;
  for (const r of responses) {
    const role = r.sender === 'human' ? 'user' : 'assistant';
    nodes.set(r.responseId, { id: r.responseId, parent: r.parentResponseId ?? ROOT, role, text: r.message, children: [] });
    if (!newest || r.createTime > newest.createTime) newest = r;
  }
  for (const r of responses) nodes.get(r.parentResponseId ?? ROOT).children.push(r.responseId);
  leaf = newest?.responseId ?? ROOT;
  render();
}

function leafUnder(id) {
  let node = nodes.get(id);
  while (node.children.length) node = nodes.get(node.children[node.children.length - 1]);
  return node.id;
}

thread.addEventListener('click', async (e) => {
  const button = e.target.closest('button');
  if (!button) return;
  const wrapper = button.closest(`[id^="${PREFIX}"]`);
  const node = wrapper && nodes.get(wrapper.id.slice(PREFIX.length));
  if (!node) return;
  const label = button.getAttribute('aria-label');
  const block = button.closest('[class~="@container/code-block"]');
  if (block && label === t.copy) {
    await copyText(block.querySelector('pre code').textContent);
    button.querySelector('span').textContent = t.copied;
  } else if (label === t.copy) {
    await copyText(node.text);
  } else if (label === t.like || label === t.dislike) {
    node.rating = label === t.like ? 'up' : 'down';
    render();
  } else if (label === t.regenerate && !streaming) {
    const user = nodes.get(node.parent);
    const body = { message: user.text, modelName: 'grok-4', parentResponseId: user.id, isRegenRequest: true };
    await generate(`/rest/app-chat/conversations/${conversationId}/responses`, body, user.id);
  } else if (label === t.previous || label === t.next) {
    const sibs = nodes.get(node.parent).children;
    const next = sibs[sibs.indexOf(node.id) + (label === t.previous ? -1 : 1)];
    if (next) {
      leaf = leafUnder(next);
      render();
    }
  }
});

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access.
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = composer.innerText.trim();
  if (!text || streaming) return;
  composer.innerHTML = '<p></p>';
  send(text);
});
submit.addEventListener('click', (e) => {
  if (streaming) {
    e.preventDefault();
    streaming.controller.abort();
  }
});
composer.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    form.requestSubmit();
  }
});
document.getElementById('new-chat').addEventListener('click', (e) => {
  e.preventDefault();
  location.href = '/';
});

composer.setAttribute('aria-label', t.composer);
composer.querySelector('p')?.setAttribute('data-placeholder', t.placeholder);
document.getElementById('new-chat').textContent = t.newChat;
setStreamingUi(false);
const match = /^\/c\/([\w-]+)/.exec(location.pathname);
if (match) void loadConversation(match[1]);
