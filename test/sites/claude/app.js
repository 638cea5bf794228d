// Fixture of claude.ai's chat page (facts and sources: docs/sites/claude.md). Awkward parts kept on purpose:
// - the transcript is a virtualised "rocksteady" list: only a window of ~20 rows is mounted, rows are recycled for
//   other messages while scrolling, earlier rows mount when scrolled up; rows carry data-index/data-rs-index,
//   data-perf-row (sender) and data-perf-row-streaming, and the row's first child says "Message i of n";
// - the page shows no message ids at all; each row holds an sr-only "You said: …" / "Claude responded: …" echo;
// - the assistant action bar (copy, thumbs, retry, version arrows with an "n / m" readout) and the user row's
//   controls exist in the DOM only while the row is hovered, and only after the reply finished;
// - buttons act only on a full pointer sequence (a lone element.click() is ignored);
// - retry and version switches replace the row's message in place at the same data-index; editing a prompt forks;
// - markdown is re-rendered from the whole text on every delta; the reply pauses mid-stream (tool use);
// - code blocks as on claude.ai in 2025-12 (test/real-pages/claude/blu-long-2025-12.html): a frame holding a floating
//   bar with the copy button (no test id, outside the <pre>), the language label div, then a div around the <pre>;
// - editing a prompt turns its bubble into an editor as since 2026-08: a textarea in the `UserMessage` frame with
//   two design-system buttons, no <form> and no submit button (Save is the one holding the primary span), sent by
//   Save or by Enter;
// - a prompt that asks to "think" gets an answer that thinks first: the thoughts fold into the first row of a grid
//   (always in the DOM, `.standard-markdown` chunks like the answer's), the answer is its second row (2026-02);
// - /new becomes /chat/<uuid> by pushState on the first send.
// `?drift=1` renames the landmark attributes (as a site redesign would), for the degraded-capture check.
// `?layout=2026-10` draws the design-system build (docs/sites/claude.md, "2026-10 design-system build"; [CVB], and
// a reduced live capture of 2026-10-07 in sho7650/obsidian-AI-exporter `test/fixtures/claude-hub-dom.ts`): the
// prompt in `[data-cds="UserMessage"][data-turn-key]` > `.cds-user-message-body` > `user-message`, its
// `MessageActions` (time; on hover copy and an edit pencil with no test id); the answer one
// `[data-testid="assistant-message"][data-cds="AssistantMessage"][data-turn-key="…-hub-reply"]` holding the sr-only
// echo, a column (`TurnStatus` row while thinking, `[data-transcript-engine-root] > [data-cds="Prose"] >
// [data-perf-reply-text]`) and, inside it, the `message-actions` toolbar, there once the answer finished (copy
// first, thumbs, retry, no test ids, and its `time`); a new answer's frame has neither `data-is-streaming` nor a
// body until text arrives; code blocks are `[data-not-prose] > div[role="group"]` named by language, with a copy
// button, a label div and `pre > code` (no language class). Synthetic here (no source shows them in this build):
// the version arrows and their test ids, the bar's icons (the 2025-12 ones), the editor (the 2026-08 one).
const layout2026 = new URLSearchParams(location.search).get('layout') === '2026-10';
// The UI speaks the browser's language (labels.json: English and Japanese; test/sites/shared/locale.js): labels,
// aria-labels and sr-only echoes change, test ids, icons and structure do not. The thumbs carry no test id and
// draw the real action bar's icons (saved 2025-12 pages; docs/sites/claude.md), so they are told apart by icon
// and place, as on the real page.
import { format, localise } from '/fixture-shared/locale.js';

const { t } = await localise();

const drift = new URLSearchParams(location.search).has('drift');
const A = drift
  ? { row: 'transcript-entry', perfRow: 'data-row-kind', user: 'human-message', response: 'font-claude-reply' }
  : { row: 'transcript-row', perfRow: 'data-perf-row', user: 'user-message', response: 'font-claude-response' };
const ROOT = '00000000-0000-4000-8000-000000000000';
const WINDOW = 20;
const STEP = 10;
const ESTIMATED_ROW_PX = 140;

const scroller = document.getElementById('scroller');
const rowsEl = document.getElementById('rows');
const sizerTop = document.getElementById('sizer-top');
const sizerBottom = document.getElementById('sizer-bottom');
const composer = document.getElementById('composer');
const sendButton = document.getElementById('send');

let org = null;
let conversationId = null;
/** uuid -> { uuid, parent, sender, text, children[], streaming, rating } */
const nodes = new Map();
nodes.set(ROOT, { uuid: ROOT, parent: null, sender: 'root', text: '', children: [] });
let currentLeaf = ROOT;
let streaming = null; // { controller, uuid }
let hovered = null; // data-index of the hovered row
let editing = null; // uuid of the human message being edited
let windowStart = 0;
let windowEnd = 0;
let stickToTail = true;
const pool = [];

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function inline(s) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code class="bg-text-200/5 border border-0.5 rounded-[0.4rem] px-1 py-px text-danger-000">$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** The thumbs' glyphs: their paths begin as the real ones do (saved claude.ai pages, 2025-12; MIT, see docs). */
const thumbIcon = (d) => `<div style="width: 16px; height: 16px;"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="${d}"/></svg></div>`;
const THUMBS_UP_ICON = thumbIcon('M9.56055 2C11.1381 2.00009 12.3211 3.4 12.1 5L11.6 8H15.5C16.9 8 18 9.1 17.8 10.5L17 16C16.8 17.2 15.8 18 14.6 18H4V9L8.5 2.5Z');
const THUMBS_DOWN_ICON = thumbIcon('M12.6699 3C14.2586 3 15.6 4.1 15.8 5.7L16 9H4.5C3.1 9 2 10.1 2.2 11.5L3 17H12V11L16 4Z');
const COPY_ICON = '<svg width="16" height="16" viewBox="0 0 256 256" aria-hidden="true"><path d="M200 32H72a8 8 0 0 0-8 8v24H40"/></svg>';

/** Markdown -> HTML like the real renderer: paragraphs, lists, fenced code (label before the pre's parent). */
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
    const line = lines[i];
    const fence = /^```([\w+#.-]*)\s*$/.exec(line);
    if (fence) {
      closeList();
      const lang = fence[1] || 'text';
      const code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      i++;
      if (layout2026) {
        out.push(
          `<div data-not-prose=""><div role="group" aria-label="${escapeHtml(lang)}" class="relative rounded-lg code-wrapper">` +
            `<button type="button" aria-label="${t.copy}" class="absolute right-2 top-2 code-copy">${COPY_ICON}</button>` +
            `<div class="text-text-500 font-small p-3.5 pb-0">${escapeHtml(lang)}</div>` +
            `<pre class="!my-0 !text-sm"><code style="white-space: pre;">${escapeHtml(code.join('\n'))}</code></pre></div></div>`,
        );
        continue;
      }
      out.push(
        `<div class="relative group/copy bg-bg-000/50 border-0.5 border-border-400 rounded-lg code-wrapper">` +
          `<div class="sticky opacity-0 group-hover/copy:opacity-100 top-2 py-2 h-12 w-0 float-right code-bar">` +
          `<div class="absolute right-0 h-8 px-2 items-center inline-flex z-10">` +
          `<button class="inline-flex items-center justify-center relative shrink-0 h-8 w-8 rounded-md code-copy" type="button" aria-label="Copy to clipboard" data-state="closed">${COPY_ICON}</button>` +
          `</div></div>` +
          `<div class="text-text-500 font-small p-3.5 pb-0 code-label">${escapeHtml(lang)}</div>` +
          `<div><pre class="code-block__code !my-0 !rounded-lg !text-sm !leading-relaxed">` +
          `<code class="language-${escapeHtml(lang)}" style="white-space: pre;">${escapeHtml(code.join('\n'))}</code></pre></div>` +
          `</div>`,
      );
      continue;
    }
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const kind = /^\s*\d+\./.test(line) ? 'ol' : 'ul';
      if (list !== kind) {
        closeList();
        out.push(`<${kind} class="[&:not(:last-child)_ul]:pb-1 space-y-1.5 pl-7">`);
        list = kind;
      }
      out.push(`<li class="whitespace-normal break-words">${inline(item[1])}</li>`);
      i++;
      continue;
    }
    closeList();
    if (line.trim()) {
      const para = [line];
      i++;
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i]) && !/^\s*(?:[-*]|\d+\.)\s/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p class="font-claude-response-body break-words whitespace-normal">${inline(para.join(' '))}</p>`);
    } else i++;
  }
  closeList();
  return `<div><div class="standard-markdown grid-cols-1 grid gap-4 [&_>_*]:min-w-0">${out.join('')}</div></div>`;
}

function shownPath() {
  const path = [];
  for (let id = currentLeaf; id && id !== ROOT; id = nodes.get(id)?.parent) path.unshift(id);
  return path;
}

function siblings(uuid) {
  const node = nodes.get(uuid);
  return nodes.get(node.parent)?.children ?? [uuid];
}

function leafUnder(uuid) {
  let node = nodes.get(uuid);
  while (node.children.length) node = nodes.get(node.children[node.children.length - 1]);
  return node.uuid;
}

function versionNav(node, prefix) {
  const sibs = siblings(node.uuid);
  if (sibs.length < 2) return '';
  const pos = sibs.indexOf(node.uuid) + 1;
  return (
    `<div class="inline-flex items-center gap-1">` +
    `<button type="button" data-testid="${prefix}-previous-version" aria-label="${t.previousVersion}" ${pos === 1 ? 'disabled' : ''}>‹</button>` +
    `<span class="version self-center shrink-0 select-none text-text-500">${format(t.readout, { n: pos, m: sibs.length })}</span>` +
    `<button type="button" data-testid="${prefix}-next-version" aria-label="${t.nextVersion}" ${pos === sibs.length ? 'disabled' : ''}>›</button></div>`
  );
}

function firstSentence(text) {
  const t = text.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](\s|$)/.exec(t);
  return (m ? m[0] : t).trim();
}

function rowHtml(node, index, total) {
  const isHovered = hovered === index;
  const label = `<div aria-label="${format(t.messageOf, { n: index + 1, m: total })}" class="group relative">`;
  if (layout2026 && !(node.sender === 'human' && editing === node.uuid)) return label + rowHtml2026(node, isHovered) + '</div>';
  if (node.sender === 'human') {
    if (editing === node.uuid) {
      return (
        label +
        `<div data-cds="UserMessage" class="edit-box"><textarea aria-label="${t.editMessage}">${escapeHtml(node.text)}</textarea>` +
        `<div class="row-footer"><button type="button"><span class="bg-bg-000 text-text-100">${t.cancel}</span></button>` +
        `<button type="button"><span class="bg-fill-primary text-oncolor-100">${t.save}</span></button></div></div></div>`
      );
    }
    const controls = isHovered
      ? versionNav(node, 'user-message') +
        `<button type="button" data-testid="user-message-retry" aria-label="${t.retry}">↻</button>` +
        `<button type="button" data-testid="user-message-edit" aria-label="${t.edit}">✎</button>` +
        `<button type="button" data-testid="user-message-copy" aria-label="${t.copy}">⧉</button>`
      : '';
    return (
      label +
      `<div class="human-bubble inline-flex">` +
      `<h2 class="sr-only" data-find-omitted="">${t.youSaid} ${escapeHtml(node.text)}</h2>` +
      `<div class="flex flex-row gap-2"><div class="font-large !font-user-message grid grid-cols-1 gap-2 py-0.5 break-words" data-testid="${A.user}">` +
      `<p class="whitespace-pre-wrap break-words">${escapeHtml(node.text)}</p></div></div></div>` +
      `<div class="row-footer"><time data-cds="RelativeTime" datetime="${node.created ?? ''}">${t.justNow}</time>${controls}</div></div>`
    );
  }
  const isStreaming = !!node.streaming;
  const bar =
    isHovered && !isStreaming
      ? `<div role="group" aria-label="${t.messageActions}" class="flex items-stretch justify-between">` +
        versionNav(node, 'action-bar') +
        `<button type="button" data-testid="action-bar-copy" aria-label="${t.copy}"><svg data-testid="action-bar-copy" width="16" height="16" aria-hidden="true"></svg>⧉</button>` +
        `<button type="button" data-testid="action-bar-read-aloud" aria-label="${t.readAloud}">🔊</button>` +
        `<button type="button" aria-label="${t.thumbsUp}" aria-pressed="${node.rating === 'up'}">${THUMBS_UP_ICON}</button>` +
        `<button type="button" aria-label="${t.thumbsDown}" aria-pressed="${node.rating === 'down'}">${THUMBS_DOWN_ICON}</button>` +
        `<button type="button" data-testid="action-bar-retry" aria-label="${t.retry}">↻</button></div>`
      : '';
  const echo = node.text ? `<h2 class="sr-only" data-find-omitted="">${t.claudeResponded} ${escapeHtml(firstSentence(node.text))}</h2>` : '';
  return (
    label +
    `<div data-is-streaming="${isStreaming}" class="group relative pb-3" style="opacity: 1; transform: none;">` +
    `<div class="${A.response} relative leading-[1.65rem] [&_pre>div]:bg-bg-000/50">` +
    echo +
    (node.thinking ? thinkingGrid(node) : renderMarkdown(node.text)) +
    `</div></div><div class="row-footer">${bar}</div></div>`
  );
}

/** The prompt's pencil as the 2026-02 saved page draws it (docs/sites/claude.md, Edit prompt): no test id. */
const EDIT_ICON = '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M9.72821 2.87934C10.0318 2.5 11 2.5 11.5 3L17 8.5L8 17.5H2.5V12Z"/></svg>';
const RETRY_ICON = '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M10.3857 2.50977C14.3486 2.7 17.5 6 17.5 10A7.5 7.5 0 1 1 4 5.5"/></svg>';

/** A row of the 2026-10 design-system build (see the header). */
function rowHtml2026(node, isHovered) {
  // isHovered: the prompt's MessageActions mounts its controls on hover (`data-deferred` in the capture).
  const key = node.uuid.slice(0, 8);
  const time = `<time data-cds="RelativeTime" datetime="${node.created ?? ''}">${t.justNow}</time>`;
  if (node.sender === 'human') {
    const controls = isHovered
      ? versionNav(node, 'user-message') +
        `<button type="button" aria-label="${t.edit}">${EDIT_ICON}</button>` +
        `<button type="button" aria-label="${t.copy}">${COPY_ICON}</button>`
      : '';
    return (
      `<h2 class="sr-only select-none" data-find-omitted="">${t.youSaid} ${escapeHtml(node.text)}</h2>` +
      `<div data-user-scope="" class="group group/message-row min-w-0"><div data-cds="UserMessage" data-turn-key="${key}">` +
      `<div class="cds-user-message-body"><div data-testid="${A.user}" class="relative grid min-w-0 grid-cols-1 gap-2">` +
      `<div class="contents"><p class="whitespace-pre-wrap break-words">${escapeHtml(node.text)}</p></div></div></div>` +
      `<div data-cds="MessageActions" data-size="xs">${time}${controls}</div></div></div>`
    );
  }
  const isStreaming = !!node.streaming;
  // Right after a send the frame has neither a streaming flag nor a body; only the stop button says an answer comes.
  const fresh = isStreaming && !node.text && !node.thinking;
  const status = node.thinking
    ? `<div data-cds="TurnStatus" data-state="${node.text ? 'done' : 'pending'}" class="group/status flex w-full min-w-0 flex-col">` +
      `<div data-cds-row="" title="${t.thoughtProcess}"><bdi>${t.thoughtProcess}</bdi>` +
      `<button type="button" data-cds-row-toggle="" aria-expanded="false"></button></div>` +
      `<span class="sr-only" role="status">${t.thoughtProcess}</span></div>`
    : '';
  const body = node.text
    ? `<div data-transcript-engine-root="" class="contents"><div data-cds="Prose" data-size="sm" class="prose">` +
      renderMarkdown(node.text).replace('class="standard-markdown', 'data-perf-reply-text="" class="standard-markdown') +
      `</div></div>`
    : '';
  // The toolbar stays once the answer finished (the 2026-10-07 capture shows it, with its time, unhovered).
  const bar = !isStreaming
    ? `<div data-cds="MessageActions" role="toolbar" aria-label="${t.messageActions}" data-testid="message-actions">` +
        `<button type="button" aria-label="${t.copy}">${COPY_ICON}</button>` +
        versionNav(node, 'action-bar') +
        `<button type="button" aria-label="${t.thumbsUp}" aria-pressed="${node.rating === 'up'}">${THUMBS_UP_ICON}</button>` +
        `<button type="button" aria-label="${t.thumbsDown}" aria-pressed="${node.rating === 'down'}">${THUMBS_DOWN_ICON}</button>` +
        `<button type="button" aria-label="${t.retry}">${RETRY_ICON}</button>${time}</div>`
      : '';
  const echo = node.text ? `<h2 class="sr-only select-none" data-find-omitted="">${t.claudeResponded} ${escapeHtml(firstSentence(node.text))}</h2>` : '';
  return (
    `<div data-reply-scope="" class="group group/message-row min-w-0">` +
    `<div data-cds="AssistantMessage" data-testid="assistant-message" data-turn-key="${key}-hub-reply"` +
    `${fresh ? '' : ` data-is-streaming="${isStreaming}"`} class="group/message-row relative flex w-full min-w-0 flex-col">` +
    `${echo}<div class="flex min-w-0 flex-col gap-5">${status}${body}</div><div class="print:mt-xs">${bar}</div></div></div>`
  );
}

/**
 * An answer that thought first, as claude.ai drew it in 2026-02 (docs/sites/claude.md, Reasoning): a grid whose
 * first row holds the thoughts, folded by `grid-rows-[0fr_1fr]` yet always in the DOM, in `.standard-markdown`
 * chunks like the answer's own; the answer is the second row.
 */
function thinkingGrid(node) {
  const chunks = node.thinking
    .split(/(?<=\.)\s+/)
    .map((c) => `<div class="standard-markdown"><p>${escapeHtml(c)}</p></div>`)
    .join('');
  return (
    `<div class="grid grid-rows-[0fr_1fr] transition-[grid-template-rows]"><div class="row-start-1"><div class="overflow-hidden min-h-0">` +
    `<div class="group/thinking border rounded-lg"><div><button type="button" class="group/status" aria-expanded="false">${t.thoughtProcess}</button>` +
    `<div><div><div class="grid">${chunks}</div></div></div></div></div></div></div>` +
    `<div class="row-start-2">${renderMarkdown(node.text)}</div></div>`
  );
}

function setRowAttributes(el, node, index, total) {
  const set = (name, value) => {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  set('data-testid', A.row);
  set('data-index', String(index));
  set('data-rs-index', String(index));
  set(A.perfRow, node.sender);
  set('data-perf-row-streaming', String(!!node.streaming));
  set('data-perf-row-from-tail', String(total - 1 - index));
}

/** Mounts rows [windowStart, windowEnd) of the shown branch, recycling row elements like the real list. */
function render() {
  const path = shownPath();
  const total = path.length;
  if (stickToTail || windowEnd > total) {
    windowEnd = total;
    windowStart = Math.max(0, total - WINDOW);
  }
  const mounted = new Map();
  for (const el of [...rowsEl.children]) {
    const index = Number(el.getAttribute('data-index'));
    if (index >= windowStart && index < windowEnd && !mounted.has(index)) mounted.set(index, el);
    else {
      el.remove();
      pool.push(el);
    }
  }
  let previous = null;
  for (let index = windowStart; index < windowEnd; index++) {
    const node = nodes.get(path[index]);
    let el = mounted.get(index);
    if (!el) {
      el = pool.pop() ?? createRow();
      el.__html = null;
    }
    setRowAttributes(el, node, index, total);
    const html = rowHtml(node, index, total);
    if (el.__html !== html) {
      el.innerHTML = html;
      el.__html = html;
    }
    const want = previous ? previous.nextSibling : rowsEl.firstChild;
    if (want !== el) rowsEl.insertBefore(el, want);
    previous = el;
  }
  sizerTop.style.height = `${windowStart * ESTIMATED_ROW_PX}px`;
  sizerBottom.style.height = `${(total - windowEnd) * ESTIMATED_ROW_PX}px`;
  if (stickToTail) scroller.scrollTop = scroller.scrollHeight;
}

function createRow() {
  const el = document.createElement('div');
  el.className = 'mb-1 mt-1';
  el.addEventListener('mouseenter', () => {
    hovered = Number(el.getAttribute('data-index'));
    render();
  });
  el.addEventListener('mouseleave', () => {
    if (hovered === Number(el.getAttribute('data-index'))) hovered = null;
    render();
  });
  return el;
}

/** Scrolling near either end of the mounted rows shifts the window, keeping the first visible row in place. */
scroller.addEventListener('scroll', () => {
  const total = shownPath().length;
  stickToTail = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4;
  const firstRow = rowsEl.firstElementChild;
  const before = firstRow?.getBoundingClientRect().top;
  if (windowStart > 0 && scroller.scrollTop < sizerTop.offsetHeight + 400) {
    const anchor = firstRow;
    const anchorTop = before;
    windowStart = Math.max(0, windowStart - STEP);
    windowEnd = Math.min(total, windowStart + WINDOW);
    render();
    if (anchor?.isConnected) scroller.scrollTop += anchor.getBoundingClientRect().top - anchorTop;
  } else if (windowEnd < total && scroller.scrollTop + scroller.clientHeight > sizerBottom.offsetTop - 400) {
    windowEnd = Math.min(total, windowEnd + STEP);
    windowStart = Math.max(0, windowEnd - WINDOW);
    const anchor = rowsEl.lastElementChild;
    const anchorTop = anchor?.getBoundingClientRect().top;
    render();
    if (anchor?.isConnected) scroller.scrollTop += anchor.getBoundingClientRect().top - anchorTop;
  }
});

function setStreamingUi(on) {
  if (on) {
    sendButton.setAttribute('data-testid', 'chat-input-stop');
    sendButton.setAttribute('aria-label', t.stopResponse);
    sendButton.textContent = '■';
  } else {
    sendButton.removeAttribute('data-testid');
    sendButton.setAttribute('aria-label', t.sendMessage);
    sendButton.textContent = '↑';
  }
}

function setTitle(name) {
  document.title = name ? `${name} - Claude` : 'Claude';
  document.getElementById('chat-title').textContent = name || '';
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
      const raw = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(raw)?.[1];
      const data = /^data: (.*)$/m.exec(raw)?.[1];
      if (event && data) onEvent(event, JSON.parse(data));
    }
  }
}

const api = (path) => `/api/organizations/${org}/chat_conversations/${conversationId}${path}`;
const common = () => ({ timezone: 'UTC', locale: 'en-US', rendering_mode: 'messages', attachments: [], files: [], sync_sources: [] });

/** Streams a reply into `answer` (already shown, streaming) from `/completion` or `/retry_completion`. */
async function streamInto(answer, path, body) {
  const controller = new AbortController();
  streaming = { controller, uuid: answer.uuid };
  setStreamingUi(true);
  try {
    const response = await fetch(api(path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    await readSse(response, (event, data) => {
      if (event === 'content_block_delta' && data.delta?.type === 'text_delta') {
        answer.text += data.delta.text;
        render();
      } else if (event === 'content_block_delta' && data.delta?.type === 'thinking_delta') {
        answer.thinking = (answer.thinking ?? '') + data.delta.thinking;
        render();
      } else if (event === 'message_stop') {
        answer.streaming = false;
      }
    });
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    answer.streaming = false;
    streaming = null;
    setStreamingUi(false);
    render();
  }
}

function addNode(parent, sender, text, uuid = crypto.randomUUID()) {
  const node = { uuid, parent, sender, text, children: [], streaming: false, created: new Date().toISOString() };
  nodes.set(uuid, node);
  nodes.get(parent).children.push(uuid);
  return node;
}

/** Sends `text` as a new human message under `parent` (the leaf, or the parent of an edited prompt). */
async function send(text, parent) {
  const human = addNode(parent, 'human', text);
  const answer = addNode(human.uuid, 'assistant', '');
  answer.streaming = true;
  currentLeaf = answer.uuid;
  stickToTail = true;
  render();
  let create = null;
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    await fetch(`/api/organizations/${org}/chat_conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ uuid: conversationId, name: '' }) });
    history.pushState({}, '', `/chat/${conversationId}`);
    create = { name: '', include_conversation_preferences: true };
    setTitle(text.slice(0, 40));
  }
  await streamInto(answer, '/completion', {
    prompt: text,
    parent_message_uuid: parent,
    model: 'claude-sonnet-4-5-20250929',
    turn_message_uuids: { human_message_uuid: human.uuid, assistant_message_uuid: answer.uuid },
    ...(create ? { create_conversation_params: create } : {}),
    ...common(),
  });
}

async function retry(answerNode) {
  const answer = addNode(answerNode.parent, 'assistant', '');
  answer.streaming = true;
  currentLeaf = answer.uuid;
  render();
  await streamInto(answer, '/retry_completion', { parent_message_uuid: answerNode.parent, turn_message_uuids: { assistant_message_uuid: answer.uuid }, ...common() });
}

async function loadConversation(id) {
  const response = await fetch(`/api/organizations/${org}/chat_conversations/${id}?tree=True&rendering_mode=messages&render_all_tools=true`);
  if (!response.ok) return;
  const data = await response.json();
  conversationId = data.uuid;
  for (const m of data.chat_messages) {
    const thinking = (m.content ?? []).find((c) => c.type === 'thinking')?.thinking;
    const node = { uuid: m.uuid, parent: m.parent_message_uuid, sender: m.sender, text: m.text, thinking, children: [] };
    nodes.set(m.uuid, { ...node, streaming: false, created: m.created_at });
  }
  for (const m of data.chat_messages) nodes.get(m.parent_message_uuid)?.children.push(m.uuid);
  currentLeaf = data.current_leaf_message_uuid;
  setTitle(data.name);
  stickToTail = true;
  render();
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access; the real page shows a toast either way.
  }
}

// The real buttons are driven by pointer events: a synthetic element.click() without them does nothing.
let pressed = null;
document.addEventListener('pointerdown', (e) => (pressed = e.target instanceof Element ? e.target.closest('button') : null), true);

rowsEl.addEventListener('click', async (e) => {
  const button = e.target.closest('button');
  if (!button || button !== pressed) return;
  pressed = null;
  const row = button.closest('[data-index]');
  const node = row && nodes.get(shownPath()[Number(row.getAttribute('data-index'))]);
  if (!node) return;
  let testid = button.getAttribute('data-testid') ?? '';
  const label = button.getAttribute('aria-label');
  // The 2026-10 controls carry no test ids: the fixture tells its own buttons by their labels.
  if (layout2026 && !testid) {
    const human = node.sender === 'human';
    if (label === t.copy && !button.closest('.code-wrapper')) testid = human ? 'user-message-copy' : 'action-bar-copy';
    else if (label === t.edit && human) testid = 'user-message-edit';
    else if (label === t.retry && !human) testid = 'action-bar-retry';
  }
  if (button.closest('.code-wrapper')) {
    await copyText(button.closest('.code-wrapper').querySelector('code').textContent);
  } else if (testid === 'action-bar-copy' || testid === 'user-message-copy') {
    await copyText(node.text);
  } else if (label === t.thumbsUp || label === t.thumbsDown) {
    node.rating = label === t.thumbsUp ? 'up' : 'down';
    render();
    await fetch(api(`/chat_messages/${node.uuid}/chat_feedback`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: node.rating === 'up' ? 'upvote' : 'flag/other', reason: '' }) });
  } else if (testid === 'action-bar-retry' && !streaming) {
    await retry(node);
  } else if (testid === 'user-message-retry' && !streaming) {
    const answerUuid = shownPath()[Number(row.getAttribute('data-index')) + 1];
    if (answerUuid) await retry(nodes.get(answerUuid));
  } else if (/-(previous|next)-version$/.test(testid)) {
    const sibs = siblings(node.uuid);
    const next = sibs[sibs.indexOf(node.uuid) + (testid.endsWith('previous-version') ? -1 : 1)];
    if (next) {
      currentLeaf = leafUnder(next);
      render();
      await fetch(api('/current_leaf_message_uuid'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ current_leaf_message_uuid: currentLeaf }) });
    }
  } else if (testid === 'user-message-edit') {
    editing = node.uuid;
    render();
  } else if (button.closest('.edit-box')) {
    // The editor's design-system buttons: Save is the primary one; the other cancels.
    if (button.querySelector(':scope > span.bg-fill-primary')) await sendEdit(row);
    else {
      editing = null;
      render();
    }
  }
});

// Save (the primary button), or Enter in the textarea, sends the edited prompt as a new sibling (a new branch).
async function sendEdit(row) {
  const node = nodes.get(shownPath()[Number(row.getAttribute('data-index'))]);
  if (!node || streaming) return;
  const text = row.querySelector('textarea').value.trim();
  editing = null;
  if (text) await send(text, node.parent);
  else render();
}
rowsEl.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || e.shiftKey || !(e.target instanceof HTMLTextAreaElement)) return;
  e.preventDefault();
  const row = e.target.closest('[data-index]');
  if (row) void sendEdit(row);
});

function submit() {
  const text = composer.innerText.trim();
  if (!text || streaming || !org) return;
  composer.textContent = '';
  void send(text, currentLeaf);
}

composer.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    submit();
  }
});

sendButton.addEventListener('click', () => {
  if (streaming) {
    streaming.controller.abort();
    void fetch(api('/stop_response'), { method: 'POST' });
  } else submit();
});

async function start() {
  const orgs = await (await fetch('/api/organizations')).json();
  org = orgs[0].uuid;
  if (location.pathname === '/') history.replaceState({}, '', '/new' + location.search);
  const match = /^\/chat\/([\w-]+)/.exec(location.pathname);
  if (match) await loadConversation(match[1]);
  else setTitle('');
}

composer.setAttribute('aria-label', t.composer);
document.getElementById('new-chat').setAttribute('aria-label', t.newChat);
document.getElementById('new-chat').textContent = t.newChat;
void start();
