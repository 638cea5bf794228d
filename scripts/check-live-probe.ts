// What `npm run check:live` runs inside each chat page (bundled by scripts/check-live.ts into one script and
// evaluated in the page): the site's adapter looks at the page as the extension would — landmarks, turns, roles,
// code blocks, and what each control of the newest answer would be recorded as — and the page's skeleton with all
// text removed (src/capture/structure-report.ts). It reads the DOM only: no click, no request, no storage.
import { SITES } from '../src/core/sites';
import { CONTROL } from '../src/capture/sites/controls';
import type { SiteAdapter } from '../src/capture/sites/types';
import { structureReport, type StructureReport } from '../src/capture/structure-report';
import * as chatgpt from '../src/capture/sites/chatgpt';
import * as claude from '../src/capture/sites/claude';
import * as copilot from '../src/capture/sites/copilot';
import * as deepseek from '../src/capture/sites/deepseek';
import * as gemini from '../src/capture/sites/gemini';
import * as githubCopilot from '../src/capture/sites/github-copilot';
import * as grok from '../src/capture/sites/grok';
import * as mistral from '../src/capture/sites/mistral';
import * as perplexity from '../src/capture/sites/perplexity';

const modules: Record<string, unknown>[] = [chatgpt, claude, copilot, deepseek, gemini, githubCopilot, grok, mistral, perplexity];
const adapters = new Map<string, SiteAdapter<unknown>>();
for (const m of modules) {
  for (const v of Object.values(m)) {
    const id = (v as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && SITES.some((s) => s.id === id)) adapters.set(id, v as SiteAdapter<unknown>);
  }
}

export interface LiveProbe extends StructureReport {
  conversation: string | null;
  turns: { user: number; assistant: number; unread: number };
  codeBlocks: number;
  /** What each control of the newest answer would be recorded as (an action kind, or nothing). */
  answerControls: { control: string; action: string | null }[];
  degraded: string[];
}

export function probe(siteId: string): LiveProbe | null {
  const adapter = adapters.get(siteId);
  if (!adapter) return null;
  const state = adapter.createState?.();
  const report = structureReport(document, siteId, adapter.landmarks);
  const conversation = adapter.conversationId(new URL(location.href));
  const turns = { user: 0, assistant: 0, unread: 0 };
  let lastAnswer: Element | null = null;
  for (const el of document.querySelectorAll(adapter.turnSelector)) {
    const info = safe(() => adapter.readTurn(el, state));
    if (!info) turns.unread++;
    else if (info.role === 'user') turns.user++;
    else {
      turns.assistant++;
      lastAnswer = el;
    }
  }
  const codeBlocks = adapter.codeBlockSelector ? document.querySelectorAll(adapter.codeBlockSelector).length : 0;
  const answerControls = lastAnswer
    ? [...lastAnswer.querySelectorAll(CONTROL)].slice(0, 40).map((c) => ({
        control: report.skeleton.length ? describeControl(c) : c.tagName.toLowerCase(),
        action: safe(() => adapter.classifyClick(c, state)?.action ?? null),
      }))
    : [];
  const degraded = report.landmarks
    .filter((l) => l.found <= 0 && (l.when === 'always' || (conversation && l.when === 'in-conversation')))
    .map((l) => l.name);
  return { ...report, conversation: conversation ? '<id>' : null, turns, codeBlocks, answerControls, degraded };
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** A control as structure: its tag, test id and the icon classes it draws; never its label. */
function describeControl(c: Element): string {
  const testid = c.getAttribute('data-testid');
  const iconName = (i: Element) =>
    (i.getAttribute('class') ?? '').split(/\s+/).find((t) => /icon|lucide|octicon/.test(t)) ?? i.getAttribute('fonticon') ?? '';
  const icons = [...c.querySelectorAll('svg, i, mat-icon')].map(iconName).filter(Boolean);
  return `${c.tagName.toLowerCase()}${testid ? `[data-testid=${testid}]` : ''}${icons.length ? ` icon:${icons.join(',')}` : ''}`;
}
