// `echo-dataset stats`: counts and acceptance per bundle and over all of them, counted from the records
// themselves: every bundle is validated in full first (a corrupt bundle is an error, never a count), and bundles
// are de-duplicated like a merge (unit-stream.ts), so a participant's second export is not counted twice.
// Acceptance comes in both denominators: accepted / labelled answers, and accepted / shown answers (every answer
// counted: the Echo paper's acceptance rate). It uses the labels in the files (after an export's label filters)
// and the user's own label where they set one. Inline completions (editor documents) are counted apart, from
// their completion labels: suggestions shown, accepted whole / shown and partly accepted / shown, per site and
// language (docs/completions.md).
import { AcceptanceTally, describeAcceptance, type AcceptanceCounts, type AcceptanceStats } from '../core/export/acceptance';
import {
  CompletionAcceptanceTally,
  describeCompletionAcceptance,
  type CompletionAcceptanceStats,
  type CompletionFacts,
} from '../core/export/completion-acceptance';
import type { AnswerLabelKind } from '../core/labeller';
import { planBundles } from './bundle-plan';
import { streamUnits } from './unit-stream';

export interface BundleStats {
  bundle: string;
  participantId?: string;
  counts: Record<string, number>;
  acceptance?: AcceptanceStats;
  /** Inline completions, when the bundle holds completion labels. */
  completionAcceptance?: CompletionAcceptanceStats;
  /** Conversations a newer export of the same participant replaced (not counted here). */
  replaced: number;
}

export interface StatsResult {
  bundles: BundleStats[];
  total: { counts: Record<string, number>; acceptance: AcceptanceStats; completionAcceptance?: CompletionAcceptanceStats };
  dedup: {
    conversationsReplaced: number;
    recordsDropped: number;
    recordsRefused: number;
    sharedConversations: number;
    conversationsKeptFromOlder: number;
  };
  warnings: string[];
}

export async function bundleStats(paths: string[]): Promise<StatsResult> {
  const plan = await planBundles(paths, {}, 'warn');
  const tallies = new Map(plan.bundles.map((b) => [b.path, new AcceptanceTally()]));
  const answers = new Map(plan.bundles.map((b) => [b.path, 0]));
  const total = new AcceptanceTally();
  const completionTallies = new Map(plan.bundles.map((b) => [b.path, new CompletionAcceptanceTally()]));
  const completionTotal = new CompletionAcceptanceTally();
  const summary = await streamUnits(plan, {
    record(b, file, r) {
      if (file === 'events.jsonl' && r.kind === 'response') answers.set(b.path, answers.get(b.path)! + 1);
      if (file === 'completion-labels.jsonl') {
        completionTallies.get(b.path)!.add(r as unknown as CompletionFacts);
        completionTotal.add(r as unknown as CompletionFacts);
      }
      if (file !== 'labels.jsonl') return;
      const label = (r.userLabel ?? r.label) as AnswerLabelKind;
      tallies.get(b.path)!.add(r.model as string | undefined, r.answeredAt as string, label);
      total.add(r.model as string | undefined, r.answeredAt as string, label);
    },
  });
  const bundles: BundleStats[] = [];
  const counts: Record<string, number> = {};
  for (const path of paths) {
    const i = plan.bundles.findIndex((b) => b.path === path);
    const b = plan.bundles[i]!;
    const o = summary.outcomes[i]!;
    const completion = completionTallies.get(path)!.stats();
    const c: Record<string, number> = { conversations: o.conversations, answers: answers.get(path)! };
    if (completion.overall.shown) c.completions = completion.overall.shown;
    for (const [file, n] of Object.entries(o.kept)) if (file !== 'conversations.jsonl') c[file.replace(/\.jsonl$/, '')] = n;
    for (const [k, v] of Object.entries(c)) counts[k] = (counts[k] ?? 0) + v;
    bundles.push({
      bundle: path,
      ...(b.participantFrom === 'manifest' ? { participantId: b.participantId } : {}),
      counts: c,
      acceptance: tallies.get(path)!.stats(),
      ...(completion.overall.shown ? { completionAcceptance: completion } : {}),
      replaced: o.replaced,
    });
  }
  type Outcome = (typeof summary.outcomes)[number];
  const sum = (pick: (o: Outcome) => Record<string, number>) =>
    summary.outcomes.reduce((n, o) => n + Object.values(pick(o)).reduce((a, b) => a + b, 0), 0);
  return {
    bundles,
    total: {
      counts,
      acceptance: total.stats(),
      ...(completionTotal.stats().overall.shown ? { completionAcceptance: completionTotal.stats() } : {}),
    },
    dedup: {
      conversationsReplaced: summary.outcomes.reduce((n, o) => n + o.replaced, 0),
      recordsDropped: sum((o) => o.dropped),
      recordsRefused: sum((o) => o.orphans),
      sharedConversations: summary.sharedConversations,
      conversationsKeptFromOlder: summary.keptFromOlder,
    },
    warnings: plan.warnings,
  };
}

export function formatStats(result: StatsResult): string {
  const lines: string[] = [];
  const keys = ['conversations', 'answers', 'labels', 'sft', 'preference', 'kto'];
  const pct = (r: number | null | undefined) => (r == null ? '-' : `${(r * 100).toFixed(1)}%`);
  const shown = (c: AcceptanceCounts | undefined) => (c?.answers ? c.accepted / c.answers : null);
  lines.push(['bundle', 'participant', ...keys, 'accepted/labelled', 'accepted/shown'].join('\t'));
  for (const b of result.bundles) {
    lines.push([b.bundle, b.participantId ?? '-', ...keys.map((k) => String(b.counts[k] ?? '-')), pct(b.acceptance?.overall.rate), pct(shown(b.acceptance?.overall))].join('\t'));
  }
  lines.push('', `total: ${keys.map((k) => `${k} ${result.total.counts[k] ?? 0}`).join(', ')}`);
  const d = result.dedup;
  lines.push(
    `de-duplicated: ${d.conversationsReplaced} conversations replaced by a newer export of the same participant (${d.recordsDropped} records not counted), ` +
      `${d.recordsRefused} records without their conversation refused, ${d.sharedConversations} conversation ids under several participants`,
  );
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  lines.push(describeAcceptance(result.total.acceptance, 10));
  lines.push('accepted/labelled: accepted of the answers labelled accepted, rejected or refined; accepted/shown: accepted of every answer shown (the Echo paper\'s rate)');
  lines.push('', 'model\tshown\tlabelled\taccepted\taccepted/labelled\taccepted/shown');
  for (const [m, c] of Object.entries(result.total.acceptance.byModel)) lines.push([m, c.answers, c.labelled, c.accepted, pct(c.rate), pct(shown(c))].join('\t'));
  lines.push('', 'day\tmodel\tshown\tlabelled\taccepted\taccepted/labelled\taccepted/shown');
  for (const day of result.total.acceptance.byDay) lines.push([day.day, day.model, day.answers, day.labelled, day.accepted, pct(day.rate), pct(shown(day))].join('\t'));
  const completions = result.total.completionAcceptance;
  if (completions) lines.push('', ...formatCompletionStats(result, completions));
  return lines.join('\n');
}

/** Inline completions: per bundle, then per site, language and day (accepted / shown, partly accepted apart). */
function formatCompletionStats(result: StatsResult, total: CompletionAcceptanceStats): string[] {
  const pct = (r: number | null | undefined) => (r == null ? '-' : `${(r * 100).toFixed(1)}%`);
  const head = ['shown', 'accepted', 'partly', 'dismissed', 'kept', 'refined', 'undone', 'accepted/shown', 'partly/shown'];
  type Counts = CompletionAcceptanceStats['overall'];
  const cells = (c: Counts) => [c.shown, c.accepted, c.partial, c.dismissed, c.kept, c.refined, c.undone, pct(c.rate), pct(c.partialRate)];
  const lines = [describeCompletionAcceptance(total, 10)!, `definition: ${total.definition}`, ''];
  lines.push(['bundle', 'participant', ...head].join('\t'));
  for (const b of result.bundles) if (b.completionAcceptance) lines.push([b.bundle, b.participantId ?? '-', ...cells(b.completionAcceptance.overall)].join('\t'));
  lines.push('', ['site', ...head].join('\t'));
  for (const [site, c] of Object.entries(total.bySite)) lines.push([site, ...cells(c)].join('\t'));
  lines.push('', ['language', ...head].join('\t'));
  for (const [language, c] of Object.entries(total.byLanguage)) lines.push([language, ...cells(c)].join('\t'));
  lines.push('', ['day', 'site', 'language', ...head].join('\t'));
  for (const d of total.byDay) lines.push([d.day, d.site, d.language, ...cells(d)].join('\t'));
  return lines;
}
