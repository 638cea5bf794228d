// Fixture of GitHub Copilot Chat's immersive page, github.com/copilot (facts: docs/sites/github-copilot.md).
// Awkward parts kept on purpose: CSS-module class names whose hashes change on every load, no message ids in the
// DOM (the ids live only in the API's tree), the API on another origin with its own token, markdown re-rendered
// on every streamed delta, a Retry that streams a sibling answer into the same message slot with a "< 2 / 2 >"
// switcher, code blocks with a header holding the copy button, a send button that turns into a stop button, and
// the URL changing from /copilot to /copilot/c/<threadId> once the thread exists. `?drift=1` renames the chat
// message module, as a redesign would.
// The UI speaks the browser's language (labels.json: English and Brazilian Portuguese, the fixture's own
// translations; test/sites/shared/locale.js): labels, the screen-reader headings and the "n de m" readout change;
// the octicons, CSS modules and the action bar's order do not.
import { format, localise } from '/fixture-shared/locale.js';

const { t } = await localise();
const octicon = (name) => `<svg class="octicon octicon-${name}" aria-hidden="true"></svg>`;
const ICON_BUTTON = 'type="button" data-component="IconButton"';

const embedded = JSON.parse(document.querySelector('script[data-target="react-app.embeddedData"]').textContent).payload;
const API = embedded.apiURL;
const drift = new URLSearchParams(location.search).has('drift');
const hash = () => Math.random().toString(36).slice(2, 7);
const H = {};
/** A CSS-module class name: `Module-module__name--<hash>` with a hash fixed for this page load. */
const cx = (module, name) => `${module}-module__${name}--${(H[`${module}.${name}`] ??= hash())}`;
const MSG = drift ? 'ChatTurn' : 'ChatMessage';
const CONTAINER = drift ? 'turn-container' : 'message-container';

localStorage.setItem('COPILOT_AUTH_TOKEN', JSON.stringify({ value: 'fixture-token', expiresAt: Date.now() + 3600_000 }));
const headers = {
  authorization: 'GitHub-Bearer fixture-token',
  'copilot-integration-id': 'copilot-chat',
  'x-github-api-version': embedded.apiVersion,
  'content-type': 'application/json',
};

const app = document.getElementById('copilot-app');
app.innerHTML =
  `<div class="${cx('ConversationView', 'container')}">` +
  `<div class="${cx('ImmersiveChat', 'messageContent')}" id="messages"></div>` +
  `<form class="ChatInput ${cx('ChatInput', 'form')}">` +
  `<textarea id="copilot-chat-textarea" aria-label="${t.askCopilot}" placeholder="${t.askCopilot}" rows="1"></textarea>` +
  `<button type="button" class="${cx('ModelPicker', 'menuButton')}" aria-haspopup="true"><span>GPT-4.1</span></button>` +
  `<button id="send" type="submit" data-component="IconButton" aria-label="${t.sendNow}">${octicon('paper-airplane')}➤</button>` +
  `</form></div>`;
const list = document.getElementById('messages');
const textarea = document.getElementById('copilot-chat-textarea');
const form = app.querySelector('form');
const sendButton = document.getElementById('send');

/** id -> { id, parent, role, text, children } ; "root" is the tree root. */
const nodes = new Map([['root', { id: 'root', parent: null, role: 'root', text: '', children: [] }]]);
let threadId = null;
let leaf = 'root';
let streaming = null; // { controller, id }

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function inline(s) {
  return escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function codeBlock(lang, code) {
  return (
    `<div class="${cx('CodeBlock', 'container')}">` +
    `<div class="${cx('CodeBlock', 'header')}"><span class="${cx('CodeBlock', 'languageName')}">${escapeHtml(lang)}</span>` +
    `<button ${ICON_BUTTON} class="prc-Button-ButtonBase-c50BI prc-Button-IconButton-szpyj" aria-label="${t.copyCode}">` +
    `${octicon('copy')}</button></div>` +
    `<pre class="${cx('CodeBlock', 'pre')}"><code class="language-${escapeHtml(lang)}">${escapeHtml(code.join('\n'))}</code></pre></div>`
  );
}

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
      out.push(`<p>${inline(para.join(' '))}</p>`);
    } else i++;
  }
  closeList();
  return out.join('');
}

function path() {
  const p = [];
  for (let id = leaf; id && id !== 'root'; id = nodes.get(id).parent) p.unshift(id);
  return p;
}

function messageHtml(node, latest, isStreaming) {
  if (node.role === 'user') {
    return (
      `<h3 class="sr-only">${t.youSaid}</h3>` +
      `<div class="${cx('UserMessage', 'container')} ${cx(MSG, 'userMessage')}">${escapeHtml(node.text)}</div>`
    );
  }
  const sibs = nodes.get(node.parent).children;
  const pos = sibs.indexOf(node.id) + 1;
  const nav =
    sibs.length > 1
      ? `<div class="BranchNav ${cx('BranchNavigation', 'container')}">` +
        `<button ${ICON_BUTTON} aria-label="${t.previousResponse}" ${pos === 1 ? 'disabled' : ''}>${octicon('chevron-left')}</button>` +
        `<span class="${cx('BranchNavigation', 'count')}">${format(t.readout, { n: pos, m: sibs.length })}</span>` +
        `<button ${ICON_BUTTON} aria-label="${t.nextResponse}" ${pos === sibs.length ? 'disabled' : ''}>` +
        `${octicon('chevron-right')}</button>` +
        `</div>`
      : '';
  const actions = isStreaming
    ? ''
    : `<div class="${cx(MSG, 'actions')}">` +
      `<button ${ICON_BUTTON} class="prc-Button-ButtonBase-c50BI prc-Button-IconButton-szpyj" aria-label="${t.copy}">` +
      `${octicon('copy')}</button>` +
      `<button ${ICON_BUTTON} class="prc-Button-ButtonBase-c50BI feedback-action" aria-label="${t.goodResponse}" ` +
      `aria-pressed="${node.rating === 'up'}">${octicon('thumbsup')}</button>` +
      `<button ${ICON_BUTTON} class="prc-Button-ButtonBase-c50BI feedback-action" aria-label="${t.badResponse}" ` +
      `aria-pressed="${node.rating === 'down'}">${octicon('thumbsdown')}</button>` +
      (latest
        ? `<div><div class="${cx('ModelPicker', 'messageRetryButtonGroup')}">` +
          `<button ${ICON_BUTTON} aria-label="${t.retry}">${octicon('sync')}</button></div></div>`
        : '') +
      nav +
      `</div>`;
  return (
    `<h3 class="sr-only">${t.copilotSaid}</h3>` +
    `<div class="${cx(MSG, 'content')}">` +
    `<div class="markdown-body ${cx('MarkdownRenderer', 'container')}" data-copilot-markdown="true">` +
    `${renderMarkdown(node.text)}</div></div>` +
    actions
  );
}

/** Message slots are reused by position, as React does for the index-keyed list; only changed ones re-render. */
function render() {
  const ids = path();
  const slots = [...list.children];
  ids.forEach((id, i) => {
    const node = nodes.get(id);
    let el = slots[i];
    if (!el) {
      el = document.createElement('div');
      list.append(el);
    }
    const latest = i === ids.length - 1;
    const role = node.role === 'user' ? cx(MSG, 'user') : cx(MSG, 'ai');
    const cls = `${CONTAINER} ${cx(MSG, 'chatMessage')} ${role}${latest ? ' ' + cx(MSG, 'latest') : ''}`;
    if (el.className !== cls) el.className = cls;
    const html = messageHtml(node, latest, streaming?.id === id);
    if (el.__html !== html) {
      el.innerHTML = html;
      el.__html = html;
    }
  });
  for (const el of slots.slice(ids.length)) el.remove();
}

function setStreamingUi(on) {
  sendButton.setAttribute('aria-label', on ? t.stop : t.sendNow);
  sendButton.innerHTML = on ? `${octicon('square-fill')}■` : `${octicon('paper-airplane')}➤`;
  if (on) sendButton.setAttribute('data-loading', 'true');
  else sendButton.removeAttribute('data-loading');
  sendButton.type = on ? 'button' : 'submit';
}

async function readSse(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const data = buffer.slice(0, cut).split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      buffer = buffer.slice(cut + 2);
      if (data) onEvent(JSON.parse(data));
    }
  }
}

/** Streams an answer into the slot: `prompt` is the user node, or null when retrying under `retryOf`'s prompt. */
async function generate(body, onUser) {
  const controller = new AbortController();
  const answerId = crypto.randomUUID();
  streaming = { controller, id: null };
  setStreamingUi(true);
  let answer = null;
  try {
    const response = await fetch(`${API}/github/chat/threads/${threadId}/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        intent: 'conversation',
        references: [],
        context: [],
        currentURL: location.href,
        streaming: true,
        confirmations: [],
        customInstructions: [],
        model: 'gpt-4.1',
        mode: 'immersive',
        responseMessageID: answerId,
        tools: [],
        mediaContent: [],
        ...body,
      }),
      signal: controller.signal,
    });
    await readSse(response, (event) => {
      if (event.type === 'message') {
        const prompt = onUser(event.message);
        answer = { id: answerId, parent: prompt, role: 'assistant', text: '', children: [] };
        nodes.set(answer.id, answer);
        nodes.get(prompt).children.push(answer.id);
        leaf = answer.id;
        streaming.id = answer.id;
        render();
      } else if (event.type === 'content' && answer) {
        answer.text += event.body;
        render();
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

async function send(text) {
  if (!threadId) {
    const created = await fetch(`${API}/github/chat/threads`, { method: 'POST', headers, body: '{}' }).then((r) => r.json());
    threadId = created.thread.id;
    history.pushState({}, '', `/copilot/c/${threadId}`);
  }
  const parent = leaf;
  await generate({ content: text, parentMessageID: parent }, (m) => {
    nodes.set(m.id, { id: m.id, parent, role: 'user', text: m.content, children: [] });
    nodes.get(parent).children.push(m.id);
    leaf = m.id;
    return m.id;
  });
}

async function loadThread(id) {
  const response = await fetch(`${API}/github/chat/threads/${id}/messages`, { headers });
  if (!response.ok) return;
  threadId = id;
  const { messages } = await response.json();
  for (const m of messages) nodes.set(m.id, { id: m.id, parent: m.parentMessageID, role: m.role, text: m.content, children: [] });
  for (const m of messages) nodes.get(m.parentMessageID)?.children.push(m.id);
  leaf = messages.length ? messages[messages.length - 1].id : 'root';
  render();
}

function leafUnder(id) {
  let node = nodes.get(id);
  while (node.children.length) node = nodes.get(node.children[node.children.length - 1]);
  return node.id;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access.
  }
}

list.addEventListener('click', async (e) => {
  const button = e.target.closest('button');
  if (!button) return;
  const slot = button.closest(`.${CONTAINER}`);
  const node = nodes.get(path()[[...list.children].indexOf(slot)]);
  if (!node) return;
  const label = button.getAttribute('aria-label');
  if (label === t.copyCode) {
    await copyText(button.closest('[class*="CodeBlock-module__container"]').querySelector('code').textContent);
  } else if (label === t.copy) {
    await copyText(node.text);
  } else if (label === t.goodResponse || label === t.badResponse) {
    node.rating = label === t.goodResponse ? 'up' : 'down';
    render();
  } else if (label === t.retry && !streaming) {
    const prompt = node.parent;
    await generate({ content: nodes.get(prompt).text, parentMessageID: prompt, retry: true }, () => prompt);
  } else if (label === t.previousResponse || label === t.nextResponse) {
    const sibs = nodes.get(node.parent).children;
    const next = sibs[sibs.indexOf(node.id) + (label === t.previousResponse ? -1 : 1)];
    if (next) {
      leaf = leafUnder(next);
      render();
    }
  }
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = textarea.value.trim();
  if (!text || streaming) return;
  textarea.value = '';
  void send(text);
});
sendButton.addEventListener('click', (e) => {
  if (streaming) {
    e.preventDefault();
    streaming.controller.abort();
  }
});
textarea.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    form.requestSubmit();
  }
});

const match = /^\/copilot\/c\/([\w-]+)/.exec(location.pathname);
if (match) void loadThread(match[1]);
