// Real-page conformance: every saved page in test/real-pages/ (published by other projects, turns counted by hand)
// is served at its host and conversation path and opened with the extension. Each counted turn must be stored
// once, with its text, as history; answers keep their prompt as parent; attachments and artifacts the page shows
// are recorded with their message; and the popup shows the health the page warrants. The report lists turns
// captured / counted per page, the untouched split (never looked at while changing capture code) on its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent, PromptEvent, ResponseEvent } from '../../src/core/events';
import { siteName } from '../../src/core/sites';
import { loadRealPages, pageUrl, type RealPage, realPageSites } from '../real-pages/pages';
import { startFixtures } from '../sites/server';
import { launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor } from './harness';

const pages = loadRealPages();
let l: Launched;

beforeAll(async () => {
  const sites = realPageSites(pages);
  l = await launch({ fixtures: { fixtures: await startFixtures(sites), sites } });
});

interface PageResult {
  page: RealPage;
  captured: number;
  /** Artifacts the page shows beside an answer (pages.json) stored with it. */
  artifacts: number;
  extra: number;
  health: string;
  problems: string[];
}
const results: PageResult[] = [];

afterAll(async () => {
  await l?.close();
  await l?.fixtures.close();
  const report = conformanceReport(results);
  console.log(report);
  const dir = resolve(import.meta.dirname, '../../.cache');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'real-pages-report.md'), report);
});

/** What a person reads: whitespace runs as one space, without the markdown marks capture adds around code. */
const plain = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();

function conversationIdOf(page: RealPage): string {
  return decodeURIComponent(page.path.split('/').filter(Boolean).pop()!);
}

function messages(events: CaptureEvent[], page: RealPage): (PromptEvent | ResponseEvent)[] {
  const id = conversationIdOf(page).toLowerCase();
  return events.filter(
    (e): e is PromptEvent | ResponseEvent =>
      (e.kind === 'prompt' || e.kind === 'response') && e.site === page.site && e.conversationId.toLowerCase() === id,
  );
}

/** What a stored message shows: its text, and for an answer the artifacts it made (a canvas card in the turn). */
function shown(e: PromptEvent | ResponseEvent): string {
  const artifacts = e.kind === 'response' ? (e.artifacts ?? []).map((a) => a.text) : [];
  return plain([e.text, ...artifacts].join(' '));
}

/** Each counted turn, in order, against the stored messages: the first unused one of its role showing its text. */
function match(page: RealPage, stored: (PromptEvent | ResponseEvent)[]): (PromptEvent | ResponseEvent | undefined)[] {
  const used = new Set<string>();
  return page.turns.map((turn) => {
    const kind = turn.role === 'user' ? 'prompt' : 'response';
    const found = stored.find((e) => e.kind === kind && !used.has(e.id) && shown(e).includes(plain(turn.text)));
    if (found) used.add(found.id);
    return found;
  });
}

/** The artifact is stored with the answer it belongs to: its title, and the text the page shows in it. */
function artifactRecorded(art: NonNullable<RealPage['artifacts']>[number], matched: ReturnType<typeof match>): boolean {
  const e = matched[art.after];
  const artifacts = e?.kind === 'response' ? (e.artifacts ?? []) : [];
  return artifacts.some((a) => a.title === art.title && plain(a.text).includes(plain(art.text)));
}

function problemsOf(page: RealPage, stored: (PromptEvent | ResponseEvent)[], matched: ReturnType<typeof match>): string[] {
  const problems: string[] = [];
  page.turns.forEach((turn, i) => {
    const e = matched[i];
    if (!e) return problems.push(`turn ${i + 1} (${turn.role}) not stored with its text`);
    if (e.origin !== 'history') problems.push(`turn ${i + 1} stored as ${e.origin}`);
    for (const want of turn.attachments ?? []) {
      const got = e.kind === 'prompt' ? (e.attachments ?? []) : [];
      if (!got.some((a) => a.kind === want.kind && (!want.name || a.name === want.name))) {
        problems.push(`turn ${i + 1} lacks its ${want.kind} attachment ${want.name ?? ''}`.trim());
      }
    }
    if (e.kind === 'response') {
      let before = i - 1;
      while (before >= 0 && page.turns[before]!.role !== 'user') before--;
      const unreadableBetween = (page.unreadable ?? []).some((u) => u.after >= before && u.after < i);
      const prompt = before >= 0 ? matched[before] : undefined;
      if (prompt && !unreadableBetween && before === i - 1 && e.parentId !== prompt.messageId) {
        problems.push(`turn ${i + 1}'s parent is ${e.parentId ?? 'missing'}, not its prompt`);
      }
    }
  });
  for (const art of page.artifacts ?? []) {
    if (!artifactRecorded(art, matched)) problems.push(`artifact "${art.title}" not recorded with turn ${art.after + 1}`);
  }
  const extra = stored.filter((e) => !matched.includes(e));
  for (const e of extra) problems.push(`extra ${e.kind} stored: "${plain(e.text).slice(0, 60)}"`);
  return problems;
}

function expectedHealth(page: RealPage): string {
  const name = siteName(page.site);
  return page.composer ? `${name}: capturing` : `${name}: capture degraded (missing composer)`;
}

describe('real saved pages', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: every counted turn is stored once, with its text, as history', async (_, page) => {
    const tab = await l.context.newPage();
    await tab.goto(pageUrl(page));
    const all = () => storedEvents(l).then((es) => messages(es, page));
    // The page is static: the turns are there at once, and each is recorded as soon as it is read.
    const stored = await waitFor(all, (s) => match(page, s).every(Boolean), `the turns of ${page.file}`, 15_000).catch(() => all());
    const popup = await openPopup(l, await tabIdOf(l, `${pageUrl(page)}*`));
    const want = expectedHealth(page);
    let health = '';
    await expect
      .poll(async () => (health = (await popup.getByTestId('site-status').textContent()) ?? ''), { timeout: 10_000 })
      .toBe(want)
      .catch(() => undefined);
    const matched = match(page, stored);
    const problems = problemsOf(page, stored, matched);
    if (health !== want) problems.push(`popup says "${health}", expected "${want}"`);
    const captured = matched.filter(Boolean).length;
    const artifacts = (page.artifacts ?? []).filter((a) => artifactRecorded(a, matched)).length;
    results.push({ page, captured, artifacts, extra: stored.length - captured, health, problems });
    await popup.close();
    await tab.close();
    // A problem recorded as known (pages.json, with why) is expected until fixed; any other, or a fixed one, fails.
    expect(problems).toEqual((page.knownProblems ?? []).map((k) => k.problem));
  });
});

function conformanceReport(rows: PageResult[]): string {
  const lines = ['# Real-page conformance', ''];
  for (const split of ['tuned', 'untouched'] as const) {
    const of = rows.filter((r) => r.page.split === split);
    const captured = of.reduce((n, r) => n + r.captured, 0);
    const counted = of.reduce((n, r) => n + r.page.turns.length, 0);
    const artifacts = of.reduce((n, r) => n + r.artifacts, 0);
    const shown = of.reduce((n, r) => n + (r.page.artifacts?.length ?? 0), 0);
    lines.push(`## ${split} (${of.length} pages): ${captured} / ${counted} turns, ${artifacts} / ${shown} artifacts`, '');
    lines.push('| page | turns captured / counted | artifacts recorded / shown | extra | health | problems |', '|---|---|---|---|---|---|');
    for (const r of of) {
      const known = new Set((r.page.knownProblems ?? []).map((k) => k.problem));
      const problems = r.problems.map((p) => (known.has(p) ? `${p} (known, not fixed)` : p)).join('; ') || '—';
      lines.push(`| ${r.page.file} | ${r.captured} / ${r.page.turns.length} | ${r.artifacts} / ${r.page.artifacts?.length ?? 0} | ${r.extra} | ${r.health} | ${problems} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
