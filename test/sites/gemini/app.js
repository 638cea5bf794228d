// Fixture of gemini.google.com's chat page (facts and sources: docs/sites/gemini.md). Awkward parts kept on purpose:
// - Angular custom elements: each turn is a `.conversation-container#<response hex>` holding `user-query` and
//   `model-response`; a turn just sent has no id yet and its element is re-created once the server names the
//   response (trackBy on the id), as Angular does for a changed key;
// - replies stream over an XMLHttpRequest (not fetch) in batchexecute framing, each chunk repeating the whole text;
//   the markdown is re-rendered from it every time; `.markdown-main-panel[aria-busy]` is true while streaming and
//   the footer gets `.complete` and the action bar only at the end;
// - every draft of a response shares the `message-content-id-r_…` element id; only `data-test-draft-id="rc_…"`
//   tells them apart. Redo adds a draft and replaces the answer in place; "Show drafts" lists the drafts as chips
//   that carry `data-test-draft-id` too, before the answer in document order;
// - code blocks are `code-block` elements whose header shows a display name ("Python") and a "Copy code" button;
// - action buttons are `gem-icon-button[data-test-id]` hosts around `button[aria-label]`;
// - /app becomes /app/<hex> once the first reply chunk names the conversation.
// `?drift=1` renames the turn elements and the id attributes (as a redesign would); `?noredo=1` drops the Redo
// button (a 2026 build shipped without it).
// The UI speaks the browser's language or `?hl=` (labels.json: English and Russian; test/sites/shared/locale.js):
// labels and tooltips change, data-test-id, mat-icon names and structure do not.
import { format, localise } from '/fixture-shared/locale.js';

const { lang, t } = await localise();

const params = new URLSearchParams(location.search);
const drift = params.has('drift');
const noRedo = params.has('noredo');
const T = drift
  ? { query: 'user-prompt', response: 'model-reply', draftAttr: 'data-draft-id', contentId: 'mc-' }
  : { query: 'user-query', response: 'model-response', draftAttr: 'data-test-draft-id', contentId: 'message-content-id-' };

const history_ = document.getElementById('chat-history');
const editor = document.querySelector('.ql-editor');
const sendContainer = document.querySelector('.send-button-container');
const sidebarList = document.querySelector('.conversations-list');
const AT = 'AJvLN6fixture:1700000000000';

let conversationId = null; // c_<hex>
let title = '';
/** { key, rid, prompt, candidates: [{ id, text }], chosen, streaming, showDrafts, rating, editing } */
let turns = [];
let active = null; // { xhr, turn }
let reqid = 100000 + Math.floor(Math.random() * 9000);
let pendingCount = 0;

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function inline(s) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>');
}

const DISPLAY = { python: 'Python', javascript: 'JavaScript', typescript: 'TypeScript', bash: 'Bash', json: 'JSON' };

function renderMarkdown(md) {
  const out = [];
  const lines = md.split('\n');
  let node = 0;
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
      const lang = fence[1] || '';
      const code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      i++;
      out.push(
        `<code-block data-path-to-node="${node++}"><div class="code-block">` +
          `<div class="code-block-decoration header-formatted gds-title-s"><span>${escapeHtml(DISPLAY[lang] ?? lang)}</span>` +
          `<div class="buttons"><button mat-icon-button aria-label="${t.copyCode}" class="copy-button"><mat-icon fonticon="content_copy" data-mat-icon-name="content_copy"></mat-icon></button></div></div>` +
          `<div class="formatted-code-block-internal-container"><div class="animated-opacity"><pre><code role="text" data-test-id="code-content" class="code-container formatted">${escapeHtml(code.join('\n'))}</code></pre></div></div>` +
          `</div></code-block>`,
      );
      continue;
    }
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const kind = /^\s*\d+\./.test(line) ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind} data-path-to-node="${node++}">`);
        list = kind;
      }
      out.push(`<li><p>${inline(item[1])}</p></li>`);
      i++;
      continue;
    }
    closeList();
    if (line.trim()) {
      const para = [line];
      i++;
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i]) && !/^\s*(?:[-*]|\d+\.)\s/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p data-path-to-node="${node++}">${inline(para.join(' '))}</p>`);
    } else i++;
  }
  closeList();
  return out.join('');
}

function iconButton(testId, label, icon, extra = '') {
  return `<gem-icon-button data-test-id="${testId}"><button mat-icon-button aria-label="${label}" ${extra}><mat-icon fonticon="${icon}" data-mat-icon-name="${icon}"></mat-icon></button></gem-icon-button>`;
}

function queryHtml(turn) {
  if (turn.editing) {
    return (
      `<div class="edit-box"><textarea aria-label="${t.editPrompt}">${escapeHtml(turn.prompt)}</textarea>` +
      `<button class="cancel-button" data-action="cancel-edit">${t.cancel}</button>` +
      `<button class="update-button" data-action="update">${t.update}</button></div>`
    );
  }
  const lines = turn.prompt.split('\n').map((l) => `<p class="query-text-line">${escapeHtml(l) || '<br>'}</p>`).join('');
  return (
    `<span class="user-query-container right-align-content"><user-query-content class="user-query-container">` +
    `<div class="user-query-container user-query-bubble-container"><div class="file-preview-container"></div>` +
    `<div class="query-content"><span class="user-query-bubble-with-background"><span class="horizontal-container">` +
    `<div role="heading" aria-level="2" class="query-text gds-body-l" dir="ltr">${lines}</div></span></span></div></div></user-query-content>` +
    `<div class="query-content-actions">${iconButton('prompt-copy-button', t.copyPrompt, 'content_copy')}${iconButton('prompt-edit-button', t.edit, 'edit')}</div></span>`
  );
}

function responseHtml(turn) {
  const candidate = turn.candidates.find((c) => c.id === turn.chosen);
  const rhex = turn.rid ? turn.rid : null;
  const drafts =
    turn.candidates.length > 1 && !turn.streaming
      ? `<button class="show-drafts-button" aria-label="${turn.showDrafts ? t.hideDrafts : t.showDrafts}" aria-expanded="${!!turn.showDrafts}">` +
        `${turn.showDrafts ? t.hideDrafts : t.showDrafts}</button>` +
        (turn.showDrafts
          ? `<div class="drafts-container" role="radiogroup">` +
            turn.candidates
              .map((c, i) => `<div class="draft" role="radio" tabindex="0" aria-checked="${c.id === turn.chosen}" ${T.draftAttr}="${c.id}"><span class="draft-label">${format(t.draft, { n: i + 1 })}</span><p class="draft-preview">${escapeHtml(c.text.slice(0, 60))}</p></div>`)
              .join('') +
            `</div>`
          : '')
      : '';
  // A thinking model's answer (its prompt asks to "think"), as the real page draws it collapsed: the thoughts block
  // holds only its "Show thinking" header button, beside the answer's content (test/real-pages/gemini).
  const thinks = /\bthink\b/i.test(turn.prompt ?? '');
  const thoughts = thinks
    ? `<div class="thoughts-container"><div class="thoughts-content"><div class="thoughts-wrapper"><model-thoughts data-test-id="model-thoughts">` +
      `<div class="model-thoughts"><div class="thoughts-header"><button mat-button data-test-id="thoughts-header-button" class="thoughts-header-button">` +
      `<span class="mdc-button__label"><div class="thoughts-header-button-content"><div class="thoughts-header-button-label"><span>${t.showThinking}</span></div>` +
      `<div class="thoughts-header-button-icons"></div></div></span></button></div></div></model-thoughts></div></div></div>`
    : '';
  const body = candidate
    ? `<div class="presented-response-container"><div class="response-container-content${thinks ? ' has-thoughts' : ''}" ${T.draftAttr}="${candidate.id}">` +
      `<div class="response-content">${thoughts}` +
      `<structured-content-container class="model-response-text"><message-content id="${T.contentId}${rhex}" class="model-response-text">` +
      `<div class="markdown markdown-main-panel" id="model-response-message-content${rhex}" aria-live="off" aria-busy="${!!turn.streaming}" dir="ltr">${renderMarkdown(candidate.text)}</div>` +
      `</message-content></structured-content-container></div></div></div>`
    : `<div class="presented-response-container"><div class="loading-indicator" role="progressbar" aria-label="${t.thinking}"></div></div>`;
  const actions =
    !turn.streaming && candidate
      ? `<message-actions><div class="actions-container-v2"><div class="buttons-container-v2">` +
        iconButton('thumb-up-button', t.goodResponse, 'thumb_up', `aria-pressed="${turn.rating === 'up'}"`) +
        iconButton('thumb-down-button', t.badResponse, 'thumb_down', `aria-pressed="${turn.rating === 'down'}"`) +
        (noRedo
          ? ''
          : `<gem-icon-button data-test-id="regenerate-button"><regenerate-button><button mat-icon-button aria-label="${t.redo}">` +
            `<mat-icon fonticon="refresh" data-mat-icon-name="refresh"></mat-icon></button></regenerate-button></gem-icon-button>`) +
        iconButton('copy-button', t.copy, 'content_copy') +
        `<tts-control>${iconButton('tts-button', t.listen, 'volume_up')}</tts-control>` +
        iconButton('more-menu-button', t.moreOptions, 'more_vert') +
        `</div></div></message-actions>`
      : '';
  return (
    `<div><response-container><div class="response-container">` +
    `<div class="response-container-header">${drafts}</div>${body}` +
    `<div class="response-footer gap${turn.streaming ? '' : ' complete'}"></div>` +
    `</div></response-container>${actions}</div>`
  );
}

/** Renders turns keyed by response id (pending turns by a temporary key): a changed key re-creates the element. */
function render() {
  const keep = new Set(turns.map((t) => t.key));
  for (const el of [...history_.children]) if (!keep.has(el.__key)) el.remove();
  let previous = null;
  for (const turn of turns) {
    let el = [...history_.children].find((c) => c.__key === turn.key);
    if (!el) {
      el = document.createElement('div');
      el.__key = turn.key;
      el.className = 'conversation-container message-actions-hover-boundary';
      if (turn.rid) el.id = turn.rid.replace(/^r_/, '');
      el.append(document.createElement(T.query), document.createElement(T.response));
    }
    const [query, response] = el.children;
    const q = queryHtml(turn);
    if (query.__html !== q) {
      query.innerHTML = q;
      query.__html = q;
    }
    const r = responseHtml(turn);
    if (response.__html !== r) {
      response.innerHTML = r;
      response.__html = r;
    }
    const want = previous ? previous.nextSibling : history_.firstChild;
    if (want !== el) history_.insertBefore(el, want);
    previous = el;
  }
  history_.scrollTop = history_.scrollHeight;
}

function renderComposerButton() {
  if (active) {
    sendContainer.innerHTML = `<button class="send-button stop" aria-label="${t.stopResponse}"><mat-icon fonticon="stop" data-mat-icon-name="stop"></mat-icon></button>`;
  } else if (editor.textContent.trim()) {
    sendContainer.innerHTML = `<button class="send-button submit" aria-label="${t.sendMessage}"><mat-icon fonticon="send" data-mat-icon-name="send"></mat-icon></button>`;
  } else {
    sendContainer.innerHTML = `<button class="speech_dictation_mic_button" aria-label="${t.microphone}"><mat-icon fonticon="mic" data-mat-icon-name="mic"></mat-icon></button>`;
  }
}

function renderSidebar() {
  if (!conversationId) return;
  const hexId = conversationId.slice(2);
  sidebarList.innerHTML = `<gem-nav-list-item data-test-id="conversation"><a href="/app/${hexId}" aria-current="page"><span class="title-text">${escapeHtml(title)}</span></a></gem-nav-list-item>`;
  document.title = title ? `${title} - Gemini` : 'Gemini';
}

/** Reads `)]}'` + `<length>\n<json>\n` frames; returns the parsed frames after the first `skip`. */
function frames(text) {
  const out = [];
  let at = text.indexOf('\n\n');
  if (at < 0) return out;
  at += 2;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    const length = Number(text.slice(at, nl));
    const end = nl + 1 + length;
    if (!Number.isFinite(length) || text.length < end) break;
    out.push(JSON.parse(text.slice(nl + 1, end)));
    at = end + 1;
  }
  return out;
}

/** One StreamGenerate exchange over XHR; `onReply(inner)` per wrb.fr chunk; resolves when the XHR ends. */
function streamGenerate(prompt, context, redoOf, onReply) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const inner = [[prompt, 0, null, null, null, null, 0], ['en'], context, redoOf ? [redoOf] : null, null, null, [1], 0, [], null, null, 1];
    xhr.open('POST', `/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?bl=boq_assistant-bard-web-server_20260115.07_p1&f.sid=-6152739902164725473&hl=${lang}&_reqid=${(reqid += 100000)}&rt=c`);
    xhr.setRequestHeader('content-type', 'application/x-www-form-urlencoded;charset=UTF-8');
    let seen = 0;
    const read = () => {
      const all = frames(xhr.responseText);
      for (const f of all.slice(seen)) {
        const wrb = f.find?.((e) => e[0] === 'wrb.fr');
        if (wrb && typeof wrb[2] === 'string') onReply(JSON.parse(wrb[2]));
      }
      seen = all.length;
    };
    xhr.onprogress = read;
    xhr.onloadend = () => {
      read();
      resolve();
    };
    active = { xhr };
    xhr.send(`f.req=${encodeURIComponent(JSON.stringify([null, JSON.stringify(inner)]))}&at=${encodeURIComponent(AT)}&`);
  });
}

async function generate(turn, prompt, context, redoOf) {
  turn.streaming = true;
  renderComposerButton();
  render();
  const run = streamGenerate(prompt, context, redoOf, (inner) => {
    const [cid, rid] = inner[1];
    const [rcid, [text]] = inner[4][0];
    if (!conversationId) {
      conversationId = cid;
      title = prompt.slice(0, 40);
      history.pushState({}, '', `/app/${cid.slice(2)}`);
      renderSidebar();
    }
    if (!turn.rid) {
      turn.rid = rid;
      turn.key = rid;
    }
    let candidate = turn.candidates.find((c) => c.id === rcid);
    if (!candidate) {
      candidate = { id: rcid, text: '' };
      turn.candidates.push(candidate);
    }
    candidate.text = text;
    turn.chosen = rcid;
    render();
  });
  active.turn = turn;
  renderComposerButton();
  await run;
  active = null;
  turn.streaming = false;
  renderComposerButton();
  render();
}

function contextBefore(index) {
  const prev = turns[index - 1];
  return [conversationId ?? '', prev?.rid ?? '', prev?.chosen ?? ''];
}

async function send(prompt) {
  const turn = { key: `pending-${++pendingCount}`, rid: null, prompt, candidates: [], chosen: null, streaming: true };
  turns.push(turn);
  await generate(turn, prompt, contextBefore(turns.length - 1), null);
}

async function loadConversation(hexId) {
  const body = `f.req=${encodeURIComponent(JSON.stringify([[['hNvQHb', JSON.stringify([`c_${hexId}`, 10, null, 1, [0], [4], null, 1]), null, 'generic']]]))}&at=${encodeURIComponent(AT)}&`;
  const response = await fetch(`/_/BardChatUi/data/batchexecute?rpcids=hNvQHb&source-path=%2Fapp%2F${hexId}&bl=boq_assistant-bard-web-server_20260115.07_p1&hl=${lang}&_reqid=${(reqid += 100000)}&rt=c`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body,
  });
  const wrb = frames(await response.text())[0]?.find((e) => e[0] === 'wrb.fr');
  if (!wrb || typeof wrb[2] !== 'string') return;
  const data = JSON.parse(wrb[2]);
  conversationId = `c_${hexId}`;
  turns = data[0].map((t) => ({
    key: t[0][1],
    rid: t[0][1],
    prompt: t[2][0][0],
    candidates: t[3][0].map(([id, [text]]) => ({ id, text })),
    chosen: t[3][1],
    streaming: false,
  }));
  title = turns[0]?.prompt.slice(0, 40) ?? '';
  renderSidebar();
  render();
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access; the real page shows a snackbar either way.
  }
}

history_.addEventListener('click', async (e) => {
  const container = e.target.closest('.conversation-container');
  const turn = turns.find((t) => t.key === container?.__key);
  if (!turn) return;
  const chip = e.target.closest('.draft[role="radio"]');
  if (chip) {
    turn.chosen = chip.getAttribute(T.draftAttr);
    turn.showDrafts = false;
    render();
    return;
  }
  const button = e.target.closest('button');
  if (!button) return;
  const testId = button.closest('[data-test-id]')?.getAttribute('data-test-id');
  const chosen = turn.candidates.find((c) => c.id === turn.chosen);
  if (button.closest('code-block')) {
    await copyText(button.closest('code-block').querySelector('code').textContent);
  } else if (button.classList.contains('show-drafts-button')) {
    turn.showDrafts = !turn.showDrafts;
    render();
  } else if (testId === 'copy-button' && chosen) {
    await copyText(chosen.text);
  } else if (testId === 'prompt-copy-button') {
    await copyText(turn.prompt);
  } else if (testId === 'thumb-up-button' || testId === 'thumb-down-button') {
    turn.rating = testId === 'thumb-up-button' ? 'up' : 'down';
    render();
  } else if (testId === 'regenerate-button' && !active) {
    const index = turns.indexOf(turn);
    await generate(turn, turn.prompt, contextBefore(index), turn.rid);
  } else if (testId === 'prompt-edit-button') {
    turn.editing = true;
    render();
  } else if (button.dataset.action === 'cancel-edit') {
    turn.editing = false;
    render();
  } else if (button.dataset.action === 'update' && !active) {
    const text = container.querySelector('textarea').value.trim();
    turn.editing = false;
    if (!text) return render();
    // Editing replaces the turn (and everything after it) in place.
    turns = turns.slice(0, turns.indexOf(turn));
    await send(text);
  }
});

function submit() {
  const text = editor.innerText.trim();
  if (!text || active) return;
  editor.textContent = '';
  void send(text);
}

editor.addEventListener('input', renderComposerButton);
editor.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    submit();
  }
});

sendContainer.addEventListener('click', (e) => {
  const button = e.target.closest('button');
  if (!button) return;
  if (button.classList.contains('stop') && active) {
    active.xhr.abort();
    void fetch(`/_/BardChatUi/data/batchexecute?rpcids=NkpXw&bl=boq_assistant-bard-web-server_20260115.07_p1&hl=${lang}&_reqid=${(reqid += 100000)}&rt=c`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: `f.req=${encodeURIComponent(JSON.stringify([[['NkpXw', JSON.stringify([conversationId]), null, 'generic']]]))}&at=${encodeURIComponent(AT)}&`,
    });
  } else if (button.classList.contains('submit')) submit();
});

editor.setAttribute('aria-label', t.composer);
editor.setAttribute('data-placeholder', t.placeholder);
document.getElementById('new-chat').setAttribute('aria-label', t.newChat);
document.getElementById('new-chat').textContent = t.newChat;
renderComposerButton();
if (location.pathname === '/') history.replaceState({}, '', '/app' + location.search);
const match = /^\/(?:u\/\d+\/)?app\/([0-9a-f]{16})/.exec(location.pathname);
if (match) void loadConversation(match[1]);
