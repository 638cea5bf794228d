// Fixture of www.perplexity.ai's thread page (facts: docs/sites/perplexity.md). Awkward parts kept on purpose:
// containers carry only Tailwind utility classes (the answer's one stable handle is `id="markdown-content-<n>"`);
// every SSE `message` frame holds the whole answer so far and the answer is re-rendered from it; after
// `end_of_stream` the page aborts its own fetch; inline citations are buttons inside the prose; the URL becomes
// /search/<slug> once the first frame names the thread; the action bar (Rewrite, thumbs, Copy) appears only after
// the answer finished; Rewrite replaces the answer of the same entry in place, with no way back to the old one.
// `?layout=2026-09` draws the layout a 2026-08/09 rollout brought (docs/sites/perplexity.md): no
// `markdown-content-<n>` id and no `group/query` heading any more; the query is rendered in a `group/user-bubble`
// under its own `data-renderer="lm"` node, the answer is a bare `.prose[data-renderer="lm"]`, and the controls draw
// the `#pplx-icon-…` sprites of the 2026 saved pages, with no test ids.
// A Deep Research entry (a query asking for a "research report") shows its report as the 2026-02 saved page does
// (test/real-pages/perplexity/sho-deep-research-2026-02.html): a raised card in the entry, between the query and
// the answer's element, outside it: a telescope sprite and the title, Export / Share / Copy contents / full-screen
// controls, the report as wide prose (`.prose.max-w-none`). The answer is the short text after it.
// `?drift=1` plays a site update that renamed both answer handles (the id and the renderer attribute).
// The UI speaks the browser's language (labels.json: English and Korean, the fixture's own translations;
// test/sites/shared/locale.js): labels and the Rewrite text change, test ids, tabler icons and the bar's order do
// not. The thumbs draw no icon class here (only aria-pressed and their place), so that rule is exercised.
import { localise } from '/fixture-shared/locale.js';

const { t } = await localise();
const tabler = (name, d) =>
  `<svg class="tabler-icon tabler-icon-${name}" width="16" height="16" viewBox="0 0 24 24"><path d="${d}"/></svg>`;
const JSON_HEADERS = { 'content-type': 'application/json' };

const thread = document.getElementById('thread');
const input = document.getElementById('ask-input');
const submit = document.getElementById('submit');
// The stop button is mounted while an answer streams and unmounted after (not merely hidden).
const stop = document.createElement('button');
stop.type = 'button';
stop.className = 'size-8 rounded-full';
stop.setAttribute('aria-label', t.stop);
stop.innerHTML = tabler('player-stop-filled', 'M17 4h-10a3 3 0 0 0 -3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3 -3v-10a3 3 0 0 0 -3 -3z');
const params = new URLSearchParams(location.search);
const drift = params.has('drift');
const layout2026 = params.get('layout') === '2026-09';
const keep = drift ? '?drift=1' : layout2026 ? '?layout=2026-09' : '';
const ANSWER_ID = drift ? 'response-body-' : 'markdown-content-';
const RENDERER = drift ? 'data-md-renderer' : 'data-renderer';
/** A control's icon as the 2026 pages draw it: a sprite reference. */
const sprite = (name) => `<svg role="img" class="inline-flex fill-current shrink-0" width="16" height="16"><use xlink:href="#pplx-icon-${name}"></use></svg>`;

/** Entries of the thread: { uuid, backend_uuid, query, answer, sources, model, streaming, feedback } */
const entries = [];
let contextUuid = crypto.randomUUID();
let slug = null;
let streaming = null; // { controller, entry }

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function inline(s, sources) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[(\d+)\]/g, (_, n) => {
      const src = sources[Number(n) - 1];
      const name = escapeHtml(src ? src.name : n);
      const chip = `<button type="button" class="cursor-pointer inline underline" data-citation="${n}">${name}</button>`;
      return `<span class="citation inline">${chip}</span>`;
    });
}

function renderMarkdown(md, sources) {
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
        `<pre class="not-prose w-full rounded"><div class="codeWrapper">` +
          `<div class="codeHeader"><span>${escapeHtml(lang)}</span>` +
          `<button type="button" aria-label="${t.copyCode}" data-testid="copy-code-button">⧉</button></div>` +
          `<code class="language-${escapeHtml(lang)}" style="white-space: pre">${escapeHtml(code.join('\n'))}</code></div></pre>`,
      );
      continue;
    }
    if (lines[i].trim()) {
      const para = [lines[i++]];
      while (i < lines.length && lines[i].trim() && !/^```/.test(lines[i])) para.push(lines[i++]);
      out.push(`<p class="my-0">${inline(para.join(' '), sources)}</p>`);
    } else i++;
  }
  return out.join('');
}

/** A Deep Research report card, beside (before) the answer's element. */
function reportHtml(entry) {
  const { title, markdown } = entry.report;
  const iconButton = (label, icon) => `<button type="button" aria-label="${label}" class="inline-flex rounded-full aspect-square">${sprite(icon)}</button>`;
  return (
    `<div class="flex flex-col gap-3"><div class="border-borderMain bg-base overflow-hidden border border-subtlest bg-raised rounded-lg">` +
    `<div class="border-subtlest flex items-center justify-between border-b px-3 py-2">` +
    `<div class="flex items-center gap-1.5 min-w-0">${sprite('telescope')}<span class="text-textMain truncate text-sm font-medium">${escapeHtml(title)}</span></div>` +
    `<div class="flex items-center gap-1 shrink-0 ml-2"><div class="w-fit"><button type="button" aria-haspopup="menu" class="flex w-full px-3 rounded-lg">` +
    `<div class="flex min-w-0 flex-1 items-center"><span class="text-box-trim-both truncate pr-1 min-w-0">${t.export}</span></div>${sprite('chevron-down')}</button></div>` +
    iconButton(t.share, 'share-3') +
    iconButton(t.copyContents, 'copy') +
    iconButton(t.fullScreen, 'arrows-diagonal') +
    `</div></div><div class="relative"><div class="overflow-hidden px-4 py-3 prose dark:prose-invert max-w-none text-sm">` +
    `<div class="prose dark:prose-invert inline leading-relaxed break-words min-w-0"><h1>${escapeHtml(title)}</h1>` +
    `${renderMarkdown(markdown, entry.sources)}</div></div></div></div></div>`
  );
}

function entryHtml(entry, index) {
  const sources = entry.sources
    .map((s) => `<a href="${escapeHtml(s.url)}" target="_blank" rel="noopener">${escapeHtml(s.name)}</a>`)
    .join('');
  const actions = entry.streaming
    ? ''
    : `<div class="actions flex items-center justify-between">` +
      `<div class="flex gap-1"><button type="button" aria-label="${t.share}">⇪</button>` +
      `<button type="button" class="flex items-center gap-1">${tabler('repeat', 'M4 12v-3a3 3 0 0 1 3 -3h13')}` +
      `<span>${t.rewrite}</span></button></div>` +
      `<div class="flex gap-1"><button type="button" aria-label="${t.helpful}" aria-pressed="${entry.feedback === 'up'}">👍</button>` +
      `<button type="button" aria-label="${t.notHelpful}" aria-pressed="${entry.feedback === 'down'}">👎</button>` +
      `<button type="button" aria-label="${t.copy}">${tabler('copy', 'M7 7m0 2.667a2.667 2.667 0 0 1 2.667 -2.667h8.666')}</button>` +
      `<button type="button" aria-label="${t.more}">⋯</button></div></div>`;
  if (layout2026) return entryHtml2026(entry, sources);
  return (
    `<div class="group/title relative">` +
    `<h1 class="group/query font-display text-pretty break-words">` +
    `<span class="select-text"><span data-lexical-text="true">${escapeHtml(entry.query)}</span></span></h1>` +
    `<div class="query-tools flex gap-1">` +
    `<button type="button" data-testid="copy-query-button" aria-label="${t.copyQuery}">⧉</button></div></div>` +
    `<div class="sources">${sources}</div>` +
    (entry.report ? reportHtml(entry) : '') +
    `<div id="${ANSWER_ID}${index}" class="relative default font-sans text-base">` +
    `<div class="prose dark:prose-invert inline leading-normal break-words min-w-0" ${RENDERER}="lm">` +
    `${renderMarkdown(entry.answer, entry.sources)}</div></div>` +
    actions
  );
}

/** An entry in the 2026-09 layout: the query bubble with its hover tools, the answer prose, the sprite action bar. */
function entryHtml2026(entry, sources) {
  const actions = entry.streaming
    ? ''
    : `<div class="actions flex items-center justify-between">` +
      `<div class="flex gap-1"><button type="button" aria-label="${t.share}">${sprite('share-3')}</button>` +
      `<button type="button" aria-label="${t.rewrite}" aria-haspopup="menu">${sprite('repeat')}</button></div>` +
      `<div class="flex gap-1"><button type="button" aria-label="${t.helpful}">${sprite('thumb-up')}</button>` +
      `<button type="button" aria-label="${t.notHelpful}">${sprite('thumb-down')}</button>` +
      `<button type="button" aria-label="${t.copy}">${sprite('copy')}</button>` +
      `<button type="button" aria-label="${t.more}">${sprite('dots')}</button></div></div>`;
  return (
    `<div class="group relative flex items-end gap-0.5"><div class="group/user-bubble flex min-w-0 items-center justify-end gap-2">` +
    `<div class="query-tools flex gap-1"><button type="button" aria-label="${t.copyQuery}">${sprite('copy')}</button></div>` +
    `<div class="min-w-0 max-w-[600px] bg-subtle px-4 py-3 whitespace-pre-wrap break-words rounded-2xl">` +
    `<div class="flex min-w-0 max-w-full flex-col items-start"><div class="min-w-0 max-w-full max-h-[144px] overflow-hidden">` +
    `<div><div data-renderer="lm"><p class="my-2">${escapeHtml(entry.query)}</p></div></div></div></div></div></div></div>` +
    `<div class="sources">${sources}</div>` +
    `<div class="relative font-sans text-base"><div class="min-w-0 break-words">` +
    `<div class="prose dark:prose-invert inline leading-relaxed break-words min-w-0" data-renderer="lm">` +
    `${renderMarkdown(entry.answer, entry.sources)}</div></div></div>` +
    actions
  );
}

function render() {
  const existing = [...thread.children];
  entries.forEach((entry, i) => {
    let el = existing[i];
    if (!el) {
      el = document.createElement('div');
      el.className = 'entry pb-md border-b';
      thread.append(el);
    }
    const html = entryHtml(entry, i);
    if (el.__html !== html) {
      el.innerHTML = html;
      el.__html = html;
    }
  });
  for (const el of existing.slice(entries.length)) el.remove();
  if (streaming && !stop.isConnected) submit.replaceWith(stop);
  else if (!streaming && stop.isConnected) stop.replaceWith(submit);
}

async function readSse(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
    let cut;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const raw = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(raw)?.[1] ?? 'message';
      const data = raw.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      onEvent(event, data ? JSON.parse(data) : null);
    }
  }
}

async function ask(entry, querySource, lastBackendUuid) {
  const controller = new AbortController();
  streaming = { controller, entry };
  entry.streaming = true;
  render();
  try {
    const response = await fetch('/rest/sse/perplexity_ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        params: {
          frontend_uuid: crypto.randomUUID(),
          frontend_context_uuid: contextUuid,
          ...(lastBackendUuid ? { last_backend_uuid: lastBackendUuid } : {}),
          query_source: querySource,
          mode: 'concise',
          model_preference: 'turbo',
          version: '2.18',
          language: 'en-US',
          is_incognito: false,
        },
        query_str: entry.query,
      }),
      signal: controller.signal,
    });
    await readSse(response, (event, data) => {
      if (event === 'end_of_stream') {
        // The server leaves the stream open: the page cancels its own request.
        controller.abort();
        return;
      }
      if (event !== 'message' || !data) return;
      entry.uuid = data.uuid;
      entry.backend_uuid = data.backend_uuid;
      entry.model = data.display_model;
      const web = data.blocks.find((b) => b.intended_usage === 'web_results');
      const text = data.blocks.find((b) => b.intended_usage === 'ask_text');
      const report = data.blocks.find((b) => b.intended_usage === 'research_report');
      if (web) entry.sources = web.web_result_block.web_results;
      if (text) entry.answer = text.markdown_block.answer;
      if (report) entry.report = report.report_block;
      if (!slug && data.thread_url_slug) {
        slug = data.thread_url_slug;
        history.pushState({}, '', `/search/${slug}${keep}`);
      }
      render();
    });
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    entry.streaming = false;
    streaming = null;
    render();
  }
}

function send(query) {
  const entry = { query, answer: '', sources: [], streaming: true };
  const last = entries[entries.length - 1];
  entries.push(entry);
  void ask(entry, last ? 'followup' : 'home', last?.backend_uuid);
}

async function loadThread(s) {
  const response = await fetch(`/rest/thread/${s}?version=2.18&source=default`);
  if (!response.ok) return;
  const data = await response.json();
  slug = s;
  for (const e of data.entries) {
    contextUuid = e.context_uuid;
    const web = e.blocks.find((b) => b.intended_usage === 'web_results');
    const text = e.blocks.find((b) => b.intended_usage === 'ask_text');
    const report = e.blocks.find((b) => b.intended_usage === 'research_report');
    entries.push({
      report: report?.report_block,
      uuid: e.uuid,
      backend_uuid: e.backend_uuid,
      query: e.query_str,
      answer: text?.markdown_block.answer ?? '',
      sources: web?.web_result_block.web_results ?? [],
      model: e.display_model,
      streaming: false,
    });
  }
  document.title = `${data.thread_metadata.title} | Perplexity`;
  render();
  void fetch('/rest/thread/mark_viewed', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ context_uuid: contextUuid }) });
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Headless browsers may refuse clipboard access.
  }
}

thread.addEventListener('click', async (e) => {
  const button = e.target.closest('button');
  const el = button?.closest('.entry');
  if (!el) return;
  const entry = entries[[...thread.children].indexOf(el)];
  const label = button.getAttribute('aria-label');
  if (button.getAttribute('data-testid') === 'copy-code-button') {
    await copyText(button.closest('pre').querySelector('code').textContent);
  } else if (button.getAttribute('data-testid') === 'copy-query-button' || label === t.copyQuery) {
    await copyText(entry.query);
  } else if (label === t.copyContents) {
    await copyText(entry.report.markdown);
  } else if (label === t.copy) {
    await copyText(entry.answer);
  } else if (label === t.helpful || label === t.notHelpful) {
    entry.feedback = label === t.helpful ? 'up' : 'down';
    render();
    const body = JSON.stringify({ backend_uuid: entry.backend_uuid, rating: entry.feedback });
    await fetch('/rest/entry/feedback', { method: 'POST', headers: JSON_HEADERS, body });
  } else if ((button.textContent.trim() === t.rewrite || label === t.rewrite) && !streaming) {
    const previous = entry.backend_uuid;
    entry.answer = '';
    delete entry.feedback;
    await ask(entry, 'retry', previous);
  }
});

input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    submit.click();
  }
});
submit.addEventListener('click', () => {
  const text = input.innerText.trim();
  if (!text || streaming) return;
  input.textContent = '';
  send(text);
});
stop.addEventListener('click', () => {
  if (!streaming) return;
  void fetch('/rest/sse/perplexity_terminate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      entry_uuid: streaming.entry.uuid,
      context_uuid: contextUuid,
      model_preference: 'turbo',
      terminate_requested_at_ms: Date.now(),
    }),
  });
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && streaming) stop.click();
});

input.setAttribute('aria-label', t.askAnything);
submit.setAttribute('aria-label', t.submit);
document.getElementById('new-thread').textContent = t.newThread;
const match = /^\/search\/([\w.-]+)/.exec(location.pathname);
if (match) void loadThread(match[1]);
