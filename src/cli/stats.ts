// `echo-dataset stats`: counts and acceptance per bundle and over all of them, from the manifests (their stats
// were computed from the labels at export time), in both denominators: accepted / labelled answers, and accepted /
// shown answers (every answer counted: the Echo paper's acceptance rate).
import { AcceptanceTally, describeAcceptance, type AcceptanceCounts, type AcceptanceStats } from '../core/export/acceptance';
import type { Manifest } from '../core/export/file-schemas';
import { readManifest } from './validate';
import { ZipReader } from './zip-reader';

export interface BundleStats {
  bundle: string;
  participantId?: string;
  counts: Record<string, number>;
  acceptance?: AcceptanceStats;
}

export async function bundleStats(paths: string[]): Promise<{ bundles: BundleStats[]; total: { counts: Record<string, number>; acceptance: AcceptanceStats } }> {
  const bundles: BundleStats[] = [];
  const counts: Record<string, number> = {};
  const byDay = new Map<string, AcceptanceCounts & { day: string; model: string }>();
  for (const path of paths) {
    const zip = await ZipReader.open(path);
    let manifest: Manifest;
    try {
      manifest = await readManifest(zip);
    } finally {
      await zip.close();
    }
    bundles.push({ bundle: path, ...(manifest.participantId ? { participantId: manifest.participantId } : {}), counts: manifest.counts, ...(manifest.stats ? { acceptance: manifest.stats.acceptance } : {}) });
    for (const [k, v] of Object.entries(manifest.counts)) counts[k] = (counts[k] ?? 0) + v;
    for (const d of manifest.stats?.acceptance.byDay ?? []) {
      const key = `${d.day}\u0000${d.model}`;
      const sum = byDay.get(key) ?? { day: d.day, model: d.model, answers: 0, labelled: 0, accepted: 0, rejected: 0, refined: 0, rate: null, shownRate: null };
      for (const f of ['answers', 'labelled', 'accepted', 'rejected', 'refined'] as const) sum[f] += d[f];
      byDay.set(key, sum);
    }
  }
  return { bundles, total: { counts, acceptance: AcceptanceTally.fromDays([...byDay.values()]) } };
}

export function formatStats(result: Awaited<ReturnType<typeof bundleStats>>): string {
  const lines: string[] = [];
  const keys = ['conversations', 'answers', 'labels', 'sft', 'preference', 'kto'];
  const pct = (r: number | null | undefined) => (r == null ? '-' : `${(r * 100).toFixed(1)}%`);
  const shown = (c: AcceptanceCounts | undefined) => (c?.answers ? c.accepted / c.answers : null);
  lines.push(['bundle', 'participant', ...keys, 'accepted/labelled', 'accepted/shown'].join('\t'));
  for (const b of result.bundles) {
    lines.push([b.bundle, b.participantId ?? '-', ...keys.map((k) => String(b.counts[k] ?? '-')), pct(b.acceptance?.overall.rate), pct(shown(b.acceptance?.overall))].join('\t'));
  }
  lines.push('', `total: ${keys.map((k) => `${k} ${result.total.counts[k] ?? 0}`).join(', ')}`);
  lines.push(describeAcceptance(result.total.acceptance, 10));
  lines.push('accepted/labelled: accepted of the answers labelled accepted, rejected or refined; accepted/shown: accepted of every answer shown (the Echo paper\'s rate)');
  lines.push('', 'model\tshown\tlabelled\taccepted\taccepted/labelled\taccepted/shown');
  for (const [m, c] of Object.entries(result.total.acceptance.byModel)) lines.push([m, c.answers, c.labelled, c.accepted, pct(c.rate), pct(shown(c))].join('\t'));
  lines.push('', 'day\tmodel\tshown\tlabelled\taccepted\taccepted/labelled\taccepted/shown');
  for (const d of result.total.acceptance.byDay) lines.push([d.day, d.model, d.answers, d.labelled, d.accepted, pct(d.rate), pct(shown(d))].join('\t'));
  return lines.join('\n');
}
