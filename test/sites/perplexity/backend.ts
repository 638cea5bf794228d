// Fixture backend for www.perplexity.ai (docs/sites/perplexity.md). One `POST /rest/sse/perplexity_ask` per entry
// (a follow-up is a new request on the same thread; a rewrite is one with `query_source: "retry"` that replaces the
// entry). The SSE carries `event: message` frames holding the WHOLE growing answer each time (replace, not append),
// status PENDING → COMPLETED with `final_sse_message`, then `event: end_of_stream` — after which the server keeps
// the response open, as the live site does, and the page aborts its own fetch. `POST /rest/sse/perplexity_terminate`
// stops an entry (the stream still ends COMPLETED, no stop flag). `GET /rest/thread/<slug>` loads a thread.
// Answers carry `[n]` citation markers like the real markdown; the page renders them as citation buttons.
// A query asking for a "research report" gets a Deep Research entry: a report (title and markdown) beside a short
// answer, as the 2026-02 saved page shows one.
// Synthetic (no public source): the feedback endpoint `POST /rest/entry/feedback`; the report's block in the JSON
// (`intended_usage: "research_report"`, `report_block: {title, markdown}`).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export interface PerplexityEntry {
  uuid: string;
  backend_uuid: string;
  frontend_uuid: string;
  context_uuid: string;
  query_str: string;
  /** The answer markdown shown now. */
  answer: string;
  /** A Deep Research report made with the answer (a research query), shown in a card beside it. */
  report?: { title: string; markdown: string };
  /** Every answer this entry had, oldest first (the live thread JSON only has the last; kept for tests). */
  versions: string[];
  display_model: string;
  status: 'PENDING' | 'COMPLETED';
  entry_created_datetime: string;
  entry_updated_datetime: string;
  feedback?: 'up' | 'down';
}

export interface PerplexityThread {
  slug: string;
  context_uuid: string;
  title: string;
  entries: PerplexityEntry[];
}

export type PerplexityBackend = SiteBackend & { threads: Map<string, PerplexityThread> };

const SOURCES = [
  { name: 'docs.python.org', url: 'https://docs.python.org/3/tutorial/datastructures.html' },
  { name: 'stackoverflow', url: 'https://stackoverflow.com/questions/3940128' },
];

/** A Deep Research report on the query: what the research found, with citation markers like the answer's. */
export function researchReport(query: string): { title: string; markdown: string } {
  const topic = query.replace(/^.*?\bon\b\s*/i, '').slice(0, 60) || query.slice(0, 60);
  return {
    title: `Report: ${topic}`,
    markdown: `The research looked at ${topic} from several sources[1].\n\nEach source agrees on the main points, and the report lists them in order of importance[2].`,
  };
}

/** The canned answer with the citation markers Perplexity's markdown carries. */
export function citedAnswer(query: string, variant: number): string {
  return `${cannedAnswer(query, variant)}\n\nSources agree on this[1][2].`;
}

function slugFor(query: string): string {
  const words = query.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `${words}-${randomUUID().replace(/-/g, '').slice(0, 22)}`;
}

export function perplexityBackend(options: { chunkDelayMs?: number; chunkSize?: number } = {}): PerplexityBackend {
  const threads = new Map<string, PerplexityThread>();
  const terminated = new Set<string>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 8;

  const entryJson = (thread: PerplexityThread, e: PerplexityEntry, text: string, status: string, final: boolean) => ({
    uuid: e.uuid,
    backend_uuid: e.backend_uuid,
    frontend_uuid: e.frontend_uuid,
    context_uuid: e.context_uuid,
    thread_url_slug: thread.slug,
    query_str: e.query_str,
    display_model: e.display_model,
    user_selected_model: e.display_model,
    mode: 'CONCISE',
    status,
    text_completed: final,
    final_sse_message: final,
    message_mode: final ? 'FULL' : 'STREAMING',
    blocks: [
      { intended_usage: 'web_results', web_result_block: { web_results: SOURCES } },
      ...(e.report ? [{ intended_usage: 'research_report', report_block: e.report }] : []),
      { intended_usage: 'ask_text', markdown_block: { answer: text, chunks: [text], progress: final ? 'DONE' : 'IN_PROGRESS' } },
    ],
  });

  async function ask(
    req: IncomingMessage,
    res: ServerResponse,
    body: { params: Record<string, unknown>; query_str: string },
  ): Promise<void> {
    const p = body.params;
    const contextUuid = String(p.frontend_context_uuid);
    let thread = [...threads.values()].find((t) => t.context_uuid === contextUuid);
    if (!thread) {
      thread = { slug: slugFor(body.query_str), context_uuid: contextUuid, title: body.query_str.slice(0, 60), entries: [] };
      threads.set(thread.slug, thread);
    }
    const now = new Date().toISOString();
    let entry = p.query_source === 'retry' ? thread.entries.find((e) => e.backend_uuid === p.last_backend_uuid) : undefined;
    if (entry) {
      entry.backend_uuid = randomUUID();
      entry.frontend_uuid = String(p.frontend_uuid);
      entry.entry_updated_datetime = now;
      delete entry.feedback;
    } else {
      const uuid = randomUUID();
      entry = { uuid, backend_uuid: uuid, frontend_uuid: String(p.frontend_uuid), context_uuid: contextUuid, query_str: body.query_str, answer: '', versions: [], display_model: 'turbo', status: 'PENDING', entry_created_datetime: now, entry_updated_datetime: now };
      if (/research report/i.test(body.query_str)) entry.report = researchReport(body.query_str);
      thread.entries.push(entry);
    }
    const full = citedAnswer(entry.query_str, entry.versions.length + 1);
    entry.status = 'PENDING';
    entry.versions.push('');
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\r\ndata: ${JSON.stringify(data)}\r\n\r\n`);
    let closed = false;
    req.on('close', () => (closed = true));
    send('message', entryJson(thread, entry, '', 'PENDING', false));
    let shown = '';
    for (let i = 0; i < full.length && !closed && !terminated.has(entry.uuid); i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      shown = full.slice(0, i + chunkSize);
      send('message', entryJson(thread, entry, shown, 'PENDING', false));
    }
    terminated.delete(entry.uuid);
    entry.answer = shown;
    entry.versions[entry.versions.length - 1] = shown;
    entry.status = 'COMPLETED';
    if (closed) return;
    send('message', entryJson(thread, entry, shown, 'COMPLETED', true));
    send('end_of_stream', {});
    // The live server does not close the stream: the page cancels it. Give up after a while like a proxy would.
    const giveUp = setTimeout(() => res.end(), 60_000);
    req.on('close', () => clearTimeout(giveUp));
  }

  return {
    threads,
    async handle(req, res, url, body) {
      if (req.method === 'POST' && url.pathname === '/rest/sse/perplexity_ask') {
        await ask(req, res, JSON.parse(body || '{}'));
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/rest/sse/perplexity_terminate') {
        terminated.add(String((JSON.parse(body || '{}') as { entry_uuid?: string }).entry_uuid));
        json(res, { status: 'success' });
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/rest/entry/feedback') {
        const b = JSON.parse(body || '{}') as { backend_uuid: string; rating: 'up' | 'down' };
        for (const t of threads.values()) for (const e of t.entries) if (e.backend_uuid === b.backend_uuid) e.feedback = b.rating;
        json(res, { status: 'success' });
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/rest/thread/mark_viewed') {
        json(res, { status: 'success' });
        return true;
      }
      const m = /^\/rest\/thread\/([\w.-]+)$/.exec(url.pathname);
      if (req.method === 'GET' && m && m[1] !== 'list_recent') {
        const thread = threads.get(m[1]!);
        if (!thread) json(res, { status: 'failed', error_code: 'THREAD_NOT_FOUND' }, 404);
        else
          json(res, {
            status: 'success',
            thread_metadata: { title: thread.title, created_at: thread.entries[0]?.entry_created_datetime },
            cursors: {},
            entries: thread.entries.map((e) => ({
              ...entryJson(thread, e, e.answer, e.status, true),
              attachments: [],
              entry_created_datetime: e.entry_created_datetime,
              entry_updated_datetime: e.entry_updated_datetime,
            })),
          });
        return true;
      }
      return false;
    },
  };
}

function json(res: ServerResponse, data: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
}
