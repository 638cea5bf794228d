// Fixture of chat.deepseek.com's chat page (facts: docs/sites/deepseek.md). Awkward parts kept on purpose: hashed
// class names everywhere except the design-system ones (`ds-*`, `md-code-block`); no message ids in the DOM; the
// action buttons are icon-only `div[role=button]`s without labels or test ids, in a row that is a SIBLING of the
// message and that exists only once the answer finished; the "DeepThink" chain is a separate `.ds-markdown` inside
// the same message; the answer is re-rendered on every streamed patch; the stream comes over XMLHttpRequest after a
// PoW challenge; the send button swaps its icon to a rounded square while streaming (that is the stop button);
// a regenerated answer replaces the old one in the same list item, with a `‹ 2 / 2 ›` switcher (synthetic markup)
// in the action row. `?drift=1` plays a site update that renamed the `ds-message` class.
// The UI speaks the browser's language (labels.json: English and Chinese, the real site's first language;
// test/sites/shared/locale.js): button texts and the composer's placeholder change, the icons and structure do not.
import { format, localise } from '/fixture-shared/locale.js';

const { t } = await localise();

const list = document.getElementById('message-list');
const input = document.getElementById('chat-input');
const sendButton = document.getElementById('send-button');
const thinkToggle = document.getElementById('deepthink');
const drift = new URLSearchParams(location.search).has('drift');
const MESSAGE_CLASS = drift ? 'ds-chat-bubble' : 'ds-message';

const PATH = {
  send: 'M8.3125 0.981587C8.66767 1.0545 8.97902 1.20558 9.2627 1.43374L15.0002 6.0496C15.4308 6.39596 15.4991 7.02551 15.1527 7.45605',
  stop: 'M2 4.88C2 3.68009 2 3.08013 2.30557 2.65954C2.40426 2.52371 2.52371 2.40426 2.65954 2.30557C3.08013 2 3.68009 2 4.88 2H11.12',
  copy: 'M6.14926 4.02039C7.11194 4.02039 7.8798 4.02023 8.49594 4.07605C9.12125 4.13276 9.65789 4.25194 10.1328 4.53218',
  regenerate: 'M7.92142 0.85451C8.24676 0.85451 8.52013 1.01439 8.68193 1.25684L9.67061 2.63898C9.91826 2.98497 9.83843 3.46541',
  like: 'M4.88645 15.1055H2.7088C1.71098 15.1055 0.902343 14.2969 0.902343 13.2991V8.0836C0.902343 7.08578 1.71098 6.27715',
  dislike: 'M11.1136 0.894531H13.2912C14.289 0.894531 15.0977 1.70317 15.0977 2.70099V7.91653C15.0977 8.91435 14.289 9.72298',
  share: 'M8.5 1.5L13 6L8.5 10.5M13 6H5.5C3.29086 6 1.5 7.79086 1.5 10V14.5',
  edit: 'M9.94076 1.34942C10.6962 0.593939 11.9201 0.593939 12.6756 1.34942L14.6506 3.32443C15.406 4.07991 15.406 5.30379',
  prev: 'M10.5 3L5.5 8L10.5 13',
  next: 'M5.5 3L10.5 8L5.5 13',
};

/** id -> { id, parent, children, role, think, text, status, feedback }; ids are the server's integers. */
const nodes = new Map([[0, { id: 0, parent: null, children: [], role: 'root' }]]);
let sessionId = null;
let currentLeaf = 0;
let streaming = null; // { xhr, messageId }
let thinking = false;

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function inline(s) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong><span>$1</span></strong>');
}

/** Prism-like tokens: the code's text is unchanged, split over spans. */
function highlight(code) {
  return escapeHtml(code)
    .replace(/\b(def|return|for|in|list)\b/g, '<span class="token keyword">$1</span>')
    .replace(/(&quot;&quot;&quot;.*?&quot;&quot;&quot;)/g, '<span class="token string">$1</span>');
}

function icon(path) {
  return `<svg width="16" height="16" viewBox="0 0 16 16" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="${path}" fill="currentColor"></path></svg>`;
}

function iconButton(path, disabled = false) {
  return (
    `<div role="button" tabindex="0" class="ds-button ds-button--iconLabelTertiary ds-button--icon ds-button--xs ds-button--icon-relative-l db183363${disabled ? ' ds-button--disabled' : ''}"${disabled ? ' aria-disabled="true"' : ''}>` +
    `<div class="ds-button__background"></div><div class="ds-button__icon"><span style="transition: none; transform: rotate(0deg);">${icon(path)}</span></div></div>`
  );
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
        `<div class="md-code-block md-code-block-light"><div class="md-code-block-banner-wrap"><div class="md-code-block-banner">` +
          `<div class="d813de27">${escapeHtml(lang)}</div><div class="efa13877">` +
          `<div role="button" class="ds-button ds-button--secondary ds-button--borderless ds-button--rect ds-button--m"><div class="ds-button__icon">${icon(PATH.copy)}</div><span>${t.copy}</span></div>` +
          `<div role="button" class="ds-button ds-button--secondary ds-button--borderless ds-button--rect ds-button--m"><span>${t.download}</span></div>` +
          `</div></div></div><pre>${highlight(code.join('\n'))}</pre></div>`,
      );
      continue;
    }
    if (lines[i].trim()) {
      const para = [lines[i++]];
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p class="ds-markdown-paragraph"><span>${inline(para.join(' '))}</span></p>`);
    } else i++;
  }
  return `<div class="ds-markdown ds-markdown--block" style="--ds-md-zoom: 1.143;">${out.join('')}</div>`;
}

function switcher(node) {
  const sibs = nodes.get(node.parent).children;
  if (sibs.length < 2) return '';
  const pos = sibs.indexOf(node.id) + 1;
  return `<div class="_4ba1cbb">${iconButton(PATH.prev, pos === 1)}<div class="_83b3d49">${format(t.readout, { n: pos, m: sibs.length })}</div>${iconButton(PATH.next, pos === sibs.length)}</div>`;
}

function rowHtml(node) {
  if (node.role === 'user') {
    return (
      `<div class="d29f3d7d ${MESSAGE_CLASS} _63c77b1"><div class="fbb737a4">${escapeHtml(node.text)}</div></div>` +
      `<div class="ds-flex _0a3d93b">${switcher(node)}<div class="ds-flex _965abe9 _54866f7">${iconButton(PATH.copy)}${iconButton(PATH.edit)}</div></div>`
    );
  }
  const isStreaming = streaming?.messageId === node.id;
  const think = node.think
    ? `<div class="_74c0879"><div class="_58a6d71">${isStreaming && !node.text ? t.thinking : t.thought}</div><div class="e1675d8b ds-think-content">${renderMarkdown(node.think)}</div></div>`
    : '';
  const actions = isStreaming
    ? ''
    : `<div class="ds-flex _0a3d93b">${switcher(node)}<div class="ds-flex _965abe9 _54866f7">` +
      `${iconButton(PATH.copy)}${iconButton(PATH.regenerate)}${iconButton(PATH.like)}${iconButton(PATH.dislike)}${iconButton(PATH.share)}</div></div>`;
  return `<div class="${MESSAGE_CLASS} _63c77b1">${think}<div class="ds-assistant-message-main-content">${renderMarkdown(node.text)}</div></div>${actions}`;
}

function shownPath() {
  const path = [];
  for (let id = currentLeaf; id && id !== 0; id = nodes.get(id).parent) path.unshift(id);
  return path;
}

/** The virtual list renders rows keyed by position; React reuses a row when its message changes. */
function render() {
  const path = shownPath();
  const rows = [...list.children];
  path.forEach((id, i) => {
    const node = nodes.get(id);
    let row = rows[i];
    if (!row) {
      row = document.createElement('div');
      row.setAttribute('data-virtual-list-item-key', String(i + 1));
      list.append(row);
    }
    const cls = node.role === 'user' ? '_9663006' : `_4f9bf79 d7dc56a8${streaming?.messageId === id ? '' : ' _43c05b5'}`;
    if (row.className !== cls) row.className = cls;
    const html = rowHtml(node);
    if (row.__html !== html) {
      row.innerHTML = html;
      row.__html = html;
    }
  });
  for (const row of rows.slice(path.length)) row.remove();
  sendButton.querySelector('path').setAttribute('d', streaming ? PATH.stop : PATH.send);
  sendButton.setAttribute('aria-disabled', String(!streaming && !input.value.trim()));
}

async function api(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer fixture-token', 'x-client-platform': 'web' }, body: JSON.stringify(body) });
  return (await response.json()).data.biz_data;
}

/** Streams over XMLHttpRequest, as the live page does, applying the patch lines to the answer node. */
async function streamAnswer(path, body, userNode) {
  const challenge = await api('/api/v0/chat/create_pow_challenge', { target_path: path });
  const xhr = new XMLHttpRequest();
  streaming = { xhr, messageId: null };
  render();
  let answer = null;
  let seen = 0;
  let buffer = '';
  let lastPath = '';
  const onBlock = (raw) => {
    const event = /^event: (.*)$/m.exec(raw)?.[1];
    const dataLine = raw.split('\n').find((l) => l.startsWith('data: '));
    if (!dataLine) return;
    const data = JSON.parse(dataLine.slice(6));
    if (event === 'ready') {
      if (userNode) {
        nodes.delete(userNode.id);
        const parent = nodes.get(userNode.parent);
        parent.children[parent.children.indexOf(userNode.id)] = data.request_message_id;
        userNode.id = data.request_message_id;
        nodes.set(userNode.id, userNode);
      }
      const promptId = data.request_message_id;
      answer = { id: data.response_message_id, parent: promptId, children: [], role: 'assistant', think: '', text: '', status: 'WIP' };
      nodes.set(answer.id, answer);
      nodes.get(promptId).children.push(answer.id);
      currentLeaf = answer.id;
      streaming.messageId = answer.id;
    } else if (event || !answer) {
      return; // update_session, close
    } else if (data.v && typeof data.v === 'object' && !Array.isArray(data.v) && data.v.response) {
      for (const f of data.v.response.fragments) answer.fragments = [...(answer.fragments ?? []), { ...f }];
    } else if (data.p === 'response/fragments' && data.o === 'APPEND') {
      answer.fragments = [...(answer.fragments ?? []), ...data.v.map((f) => ({ ...f }))];
      lastPath = '';
    } else if (data.p === 'response' && data.o === 'BATCH') {
      lastPath = '';
    } else if (data.p === 'response/status') {
      answer.status = data.v;
    } else if (typeof data.v === 'string' && (data.p ?? lastPath) === 'response/fragments/-1/content') {
      answer.fragments.at(-1).content += data.v;
      lastPath = 'response/fragments/-1/content';
    }
    if (answer.fragments) {
      answer.think = answer.fragments.filter((f) => f.type === 'THINK' || f.type === 'THINKING').map((f) => f.content).join('');
      answer.text = answer.fragments.filter((f) => f.type === 'RESPONSE').map((f) => f.content).join('');
    }
    render();
  };
  await new Promise((resolve) => {
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('x-ds-pow-response', btoa(JSON.stringify({ ...challenge.challenge, answer: 1 })));
    xhr.onprogress = () => {
      buffer += xhr.responseText.slice(seen);
      seen = xhr.responseText.length;
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        onBlock(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
      }
    };
    xhr.onloadend = () => {
      xhr.onprogress();
      resolve();
    };
    xhr.send(JSON.stringify(body));
  });
  streaming = null;
  render();
}

async function send(text) {
  if (!sessionId) {
    sessionId = (await api('/api/v0/chat_session/create', { character_id: null })).id;
    history.pushState({}, '', `/a/chat/s/${sessionId}${drift ? '?drift=1' : ''}`);
  }
  const parent = currentLeaf;
  const userNode = { id: `pending-${Date.now()}`, parent, children: [], role: 'user', text };
  nodes.set(userNode.id, userNode);
  nodes.get(parent).children.push(userNode.id);
  currentLeaf = userNode.id;
  render();
  await streamAnswer(
    '/api/v0/chat/completion',
    { chat_session_id: sessionId, parent_message_id: parent || null, model_type: 'default', prompt: text, ref_file_ids: [], thinking_enabled: thinking, search_enabled: false, preempt: false },
    userNode,
  );
}

function leafUnder(id) {
  let node = nodes.get(id);
  while (node.children.length) node = nodes.get(node.children[node.children.length - 1]);
  return node.id;
}

async function loadSession(id) {
  const response = await fetch(`/api/v0/chat/history_messages?chat_session_id=${id}`, { headers: { authorization: 'Bearer fixture-token' } });
  const data = (await response.json()).data.biz_data;
  if (!data) return;
  sessionId = id;
  for (const m of data.chat_messages) {
    const text = m.fragments.filter((f) => f.type === 'RESPONSE').map((f) => f.content).join('');
    const think = m.fragments.filter((f) => f.type === 'THINK').map((f) => f.content).join('');
    nodes.set(m.message_id, { id: m.message_id, parent: m.parent_id ?? 0, children: [], role: m.role === 'USER' ? 'user' : 'assistant', text, think, status: m.status, feedback: m.feedback });
    nodes.get(m.parent_id ?? 0).children.push(m.message_id);
  }
  currentLeaf = data.chat_session.current_message_id ?? 0;
  document.title = `${data.chat_session.title} - DeepSeek`;
  render();
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access.
  }
}

list.addEventListener('click', async (e) => {
  const button = e.target.closest('[role="button"]');
  const row = button?.closest('[data-virtual-list-item-key]');
  if (!row || button.classList.contains('ds-button--disabled')) return;
  const node = nodes.get(shownPath()[Number(row.getAttribute('data-virtual-list-item-key')) - 1]);
  const d = button.querySelector('path')?.getAttribute('d');
  const block = button.closest('.md-code-block');
  if (block) {
    if (button.textContent.trim() === t.copy) await copyText(block.querySelector('pre').textContent);
  } else if (d === PATH.copy) {
    await copyText(node.text);
  } else if (d === PATH.like || d === PATH.dislike) {
    node.feedback = d === PATH.like ? 'LIKE' : 'DISLIKE';
    await api('/api/v0/chat/message_feedback', { chat_session_id: sessionId, message_id: node.id, feedback: { type: node.feedback } });
  } else if (d === PATH.regenerate && !streaming) {
    await streamAnswer('/api/v0/chat/regenerate', { chat_session_id: sessionId, parent_message_id: node.parent, child_message_id: node.id, model_type: 'default', thinking_enabled: thinking, search_enabled: false }, null);
  } else if (d === PATH.prev || d === PATH.next) {
    const sibs = nodes.get(node.parent).children;
    const next = sibs[sibs.indexOf(node.id) + (d === PATH.prev ? -1 : 1)];
    if (next !== undefined) {
      currentLeaf = leafUnder(next);
      render();
    }
  }
});

input.addEventListener('input', render);
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    sendButton.click();
  }
});
sendButton.addEventListener('click', () => {
  if (streaming) {
    if (streaming.messageId) void api('/api/v0/chat/stop_stream', { chat_session_id: sessionId, message_id: streaming.messageId });
    return;
  }
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void send(text);
});
thinkToggle.addEventListener('click', () => {
  thinking = !thinking;
  thinkToggle.setAttribute('aria-checked', String(thinking));
  thinkToggle.classList.toggle('ds-toggle-button--selected', thinking);
});

const match = /^\/a\/chat\/s\/([\w-]+)/.exec(location.pathname);
if (match) void loadSession(match[1]);
render();

input.setAttribute('placeholder', t.composer);
document.getElementById('new-chat').textContent = t.newChat;
thinkToggle.querySelector('span').textContent = t.deepThink;
thinkToggle.nextElementSibling.querySelector('span').textContent = t.search;
