// `echo-dataset stats`: counts and acceptance (accepted / labelled answers) per bundle and over all of them, from
// the manifests (their stats were computed from the labels at export time).
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
      const sum = byDay.get(key) ?? { day: d.day, model: d.model, answers: 0, labelled: 0, accepted: 0, rejected: 0, refined: 0, rate: null };
      for (const f of ['answers', 'labelled', 'accepted', 'rejected', 'refined'] as const) sum[f] += d[f];
      byDay.set(key, sum);
    }
  }
  return { bundles, total: { counts, acceptance: AcceptanceTally.fromDays([...byDay.values()]) } };
}

export function formatStats(result: Awaited<ReturnType<typeof bundleStats>>): string {
  const lines: string[] = [];
  const keys = ['conversations', 'answers', 'labels', 'sft', 'preference', 'kto'];
  lines.push(['bundle', 'participant', ...keys, 'acceptance'].join('\t'));
  for (const b of result.bundles) {
    const rate = b.acceptance?.overall.rate;
    lines.push([b.bundle, b.participantId ?? '-', ...keys.map((k) => String(b.counts[k] ?? '-')), rate == null ? '-' : `${(rate * 100).toFixed(1)}%`].join('\t'));
  }
  lines.push('', `total: ${keys.map((k) => `${k} ${result.total.counts[k] ?? 0}`).join(', ')}`);
  lines.push(describeAcceptance(result.total.acceptance, 10));
  lines.push('', 'day\tmodel\tlabelled\taccepted\trate');
  for (const d of result.total.acceptance.byDay) lines.push([d.day, d.model, d.labelled, d.accepted, d.rate === null ? '-' : `${(d.rate * 100).toFixed(1)}%`].join('\t'));
  return lines.join('\n');
}
