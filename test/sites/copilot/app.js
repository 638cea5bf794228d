// Fixture of copilot.microsoft.com's chat page (facts: docs/sites/copilot.md). Awkward parts kept on purpose: the
// chat runs over a WebSocket (fetch sees nothing), no message ids in the DOM, the answer's markdown re-rendered on
// every `appendText` frame, the action toolbar (Copy, Like, Dislike, Share, Regenerate — labels are guesses) added
// under an answer only once it has finished, a regeneration that replaces the answer in place with no way back to
// the old one, and the URL changing from / to /chats/<id> once the conversation is created. `?drift=1` renames the
// message containers' data-content values, as a redesign would.
// The UI speaks the browser's language (labels.json: English and French; test/sites/shared/locale.js): labels and
// tooltips change, the toolbar's order, its toggle buttons (aria-pressed) and the composer's test ids do not.
import { localise } from '/fixture-shared/locale.js';

const { t } = await localise();

const drift = new URLSearchParams(location.search).has('drift');
const USER = drift ? 'human-turn' : 'user-message';
const AI = drift ? 'copilot-turn' : 'ai-message';

const conversationEl = document.getElementById('conversation');
const input = document.getElementById('userInput');
const submit = document.getElementById('submit');

/** The messages shown, in order: { id, author: 'human'|'ai', text, streaming, rating } */
let messages = [];
let conversationId = null;
let streamingMsg = null;
let socket = null;
let socketReady = null;

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function inline(s) {
  return escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
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
      const lang = fence[1] || 'plaintext';
      out.push(
        `<div class="code-block relative rounded-xl"><div class="code-header flex items-center justify-between"><span class="capitalize">${escapeHtml(lang)}</span>` +
          `<button type="button" aria-label="${t.copyCode}" title="${t.copyCode}">${t.copyCodeText}</button></div>` +
          `<pre><code class="language-${escapeHtml(lang)}">${escapeHtml(code.join('\n'))}</code></pre></div>`,
      );
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

function messageHtml(msg) {
  if (msg.author === 'human') return `<div class="whitespace-pre-wrap break-words">${escapeHtml(msg.text)}</div>`;
  const toolbar = msg.streaming
    ? ''
    : `<div class="ai-actions flex gap-2">` +
      `<button type="button" aria-label="${t.copy}" title="${t.copy}">⧉</button>` +
      `<button type="button" aria-label="${t.like}" title="${t.like}" aria-pressed="${msg.rating === 'up'}">👍</button>` +
      `<button type="button" aria-label="${t.dislike}" title="${t.dislike}" aria-pressed="${msg.rating === 'down'}">👎</button>` +
      `<button type="button" aria-label="${t.share}" title="${t.share}">↗</button>` +
      `<button type="button" aria-label="${t.regenerate}" title="${t.regenerate}">↻</button></div>`;
  return (
    `<span class="sr-only">${t.copilotSaid}</span>` +
    `<div class="group/ai-message-item space-y-3 break-words${msg.streaming ? ' typing' : ''}">${renderMarkdown(msg.text)}</div>` +
    toolbar
  );
}

/** Elements are reused by position, as React does for the index-keyed message list. */
function render() {
  const els = [...conversationEl.children];
  messages.forEach((msg, i) => {
    let el = els[i];
    const kind = msg.author === 'human' ? USER : AI;
    if (!el) {
      el = document.createElement('div');
      conversationEl.append(el);
    }
    if (el.getAttribute('data-content') !== kind) {
      el.setAttribute('data-content', kind);
      el.className = msg.author === 'human' ? 'group/user-message relative flex justify-end' : 'group/ai-message relative';
      if (msg.author === 'ai') el.setAttribute('data-message-author', 'bot');
    }
    const html = messageHtml(msg);
    if (el.__html !== html) {
      el.innerHTML = html;
      el.__html = html;
    }
  });
  for (const el of els.slice(messages.length)) el.remove();
  conversationEl.scrollTop = conversationEl.scrollHeight;
}

function setStreamingUi(on) {
  submit.setAttribute('aria-label', on ? t.stop : t.submit);
  submit.setAttribute('data-testid', on ? 'stop-button' : 'submit-button');
  submit.textContent = on ? '■' : '↑';
}

function connect() {
  if (socketReady) return socketReady;
  socketReady = new Promise((resolve) => {
    socket = new WebSocket(`wss://${location.host}/c/api/chat?api-version=2&clientSessionId=${crypto.randomUUID()}`);
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify({ event: 'setOptions', supportedFeatures: ['partial-generated-images'], supportedCards: ['weather', 'local', 'image'], ads: null }));
      resolve(socket);
    });
    socket.addEventListener('message', (e) => onFrame(JSON.parse(e.data)));
    socket.addEventListener('close', () => (socketReady = null));
  });
  return socketReady;
}

let replacing = null; // index of the answer being regenerated
function onFrame(frame) {
  if (frame.event === 'received') {
    const pending = messages.findLast((m) => m.author === 'human' && !m.id);
    if (pending) pending.id = frame.messageId;
  } else if (frame.event === 'startMessage') {
    streamingMsg = { id: frame.messageId, author: 'ai', text: '', streaming: true };
    if (replacing !== null) messages[replacing] = streamingMsg;
    else messages.push(streamingMsg);
    replacing = null;
    render();
  } else if (frame.event === 'appendText' && streamingMsg?.id === frame.messageId) {
    streamingMsg.text += frame.text;
    render();
  } else if (frame.event === 'done' && streamingMsg?.id === frame.messageId) {
    streamingMsg.streaming = false;
    streamingMsg = null;
    setStreamingUi(false);
    render();
  }
}

async function send(text) {
  const ws = await connect();
  if (!conversationId) {
    const created = await fetch('/c/api/conversations', { method: 'POST' }).then((r) => r.json());
    conversationId = created.id;
    history.pushState({}, '', `/chats/${conversationId}`);
  }
  messages.push({ id: null, author: 'human', text });
  render();
  setStreamingUi(true);
  ws.send(JSON.stringify({ event: 'send', conversationId, content: [{ type: 'text', text }], mode: 'chat', context: {} }));
}

async function regenerate(index) {
  const ws = await connect();
  replacing = index;
  setStreamingUi(true);
  ws.send(JSON.stringify({ event: 'regenerate', conversationId, messageId: messages[index].id, mode: 'chat' }));
}

async function loadConversation(id) {
  const response = await fetch(`/c/api/conversations/${id}/history?api-version=2`);
  if (!response.ok) return;
  conversationId = id;
  const { results } = await response.json();
  messages = results.map((m) => ({ id: m.id, author: m.author, text: m.content.map((c) => c.text).join('') }));
  render();
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access.
  }
}

conversationEl.addEventListener('click', async (e) => {
  const button = e.target.closest('button');
  if (!button) return;
  const el = button.closest(`[data-content="${AI}"]`);
  const index = [...conversationEl.children].indexOf(el);
  const msg = messages[index];
  if (!msg) return;
  const label = button.getAttribute('aria-label');
  if (label === t.copyCode) {
    await copyText(button.closest('.code-block').querySelector('code').textContent);
    button.textContent = t.copied;
  } else if (label === t.copy) {
    await copyText(msg.text);
  } else if (label === t.like || label === t.dislike) {
    msg.rating = label === t.like ? 'up' : 'down';
    render();
  } else if (label === t.regenerate && !streamingMsg) {
    await regenerate(index);
  }
});

submit.addEventListener('click', () => {
  if (streamingMsg) {
    socket?.send(JSON.stringify({ event: 'stop', conversationId }));
    return;
  }
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void send(text);
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    submit.click();
  }
});
document.getElementById('new-chat').addEventListener('click', (e) => {
  e.preventDefault();
  location.href = '/';
});

input.setAttribute('placeholder', t.composer);
input.setAttribute('aria-label', t.composer);
submit.setAttribute('aria-label', t.submit);
document.getElementById('new-chat').setAttribute('aria-label', t.newChat);
document.getElementById('new-chat').textContent = t.newChatText;
void connect();
const match = /^\/chats\/([\w-]+)/.exec(location.pathname);
if (match) void loadConversation(match[1]);
