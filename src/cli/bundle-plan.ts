// Which bundles a merge (or stats) reads, in which order, and whether they belong together: every manifest is
// read and checked first (cheap), each bundle gets its participant id, and the bundles are ordered newest export
// first, so a participant's later export claims its conversations before an earlier one is read. Bundles of
// several studies, or several bundles of one participant, are refused unless the researcher says they belong
// together: an `entered` participant code typed by two people, or a stray bundle from another study, would
// otherwise mix data silently.
import { basename } from 'node:path';
import type { Manifest } from '../core/export/file-schemas';
import { openBundle } from './bundle-reader';
import { readManifest } from './validate';

export interface PlannedBundle {
  path: string;
  manifest: Manifest;
  participantId: string;
  /** Where the id came from: the manifest, or (exports made outside a study) the bundle's file name. */
  participantFrom: 'manifest' | 'file name';
  studyId: string | null;
  /** When its events were exported: for a relabelled bundle the original's time, so a relabel never beats a later export. */
  exportedAt: string;
}

export interface PlanPolicy {
  allowMixedStudies?: boolean;
  allowDuplicateParticipants?: boolean;
}

export interface Plan {
  /** Newest export first (then newest relabel first). */
  bundles: PlannedBundle[];
  studies: (string | null)[];
  /** Participants with more than one bundle, with their bundles newest first. */
  duplicates: Map<string, PlannedBundle[]>;
  warnings: string[];
}

/** A merge that mixes what the researcher did not say belongs together. */
export class PolicyError extends Error {}

export async function planBundles(paths: string[], policy: PlanPolicy, mode: 'refuse' | 'warn'): Promise<Plan> {
  const bundles: PlannedBundle[] = [];
  for (const path of paths) {
    const reader = await openBundle(path);
    try {
      const manifest = await readManifest(reader);
      const relabelledFrom = manifest.relabelledFrom as { createdAt?: unknown } | undefined;
      bundles.push({
        path,
        manifest,
        participantId: manifest.participantId ?? basename(path).replace(/\.zip$/i, ''),
        participantFrom: manifest.participantId ? 'manifest' : 'file name',
        studyId: manifest.studyId ?? null,
        exportedAt: typeof relabelledFrom?.createdAt === 'string' ? relabelledFrom.createdAt : manifest.createdAt,
      });
    } finally {
      await reader.close();
    }
  }
  bundles.sort(
    (a, b) =>
      b.exportedAt.localeCompare(a.exportedAt) || b.manifest.createdAt.localeCompare(a.manifest.createdAt) || a.path.localeCompare(b.path),
  );

  const warnings: string[] = [];
  const studies = [...new Set(bundles.map((b) => b.studyId))];
  if (studies.length > 1) {
    const list = studies.map((s) => `${s ?? '(no study)'}: ${bundles.filter((b) => b.studyId === s).length} bundles`).join(', ');
    const message = `bundles of ${studies.length} studies (${list})`;
    if (mode === 'refuse' && !policy.allowMixedStudies) throw new PolicyError(`${message}; merge each study on its own, or pass --allow-mixed-studies to keep them side by side (partitioned by study)`);
    warnings.push(message);
  }
  const duplicates = new Map<string, PlannedBundle[]>();
  for (const b of bundles) duplicates.set(b.participantId, [...(duplicates.get(b.participantId) ?? []), b]);
  for (const [id, list] of duplicates) if (list.length < 2) duplicates.delete(id);
  if (duplicates.size) {
    const first = [...duplicates][0]!;
    const message = `${duplicates.size} participant${duplicates.size > 1 ? 's have' : ' has'} more than one bundle (e.g. ${first[0]}: ${first[1].map((b) => basename(b.path)).join(', ')})`;
    if (mode === 'refuse' && !policy.allowDuplicateParticipants) {
      throw new PolicyError(
        `${message}; if these are exports of the same person, pass --allow-duplicate-participants (each conversation then comes from the newest export that has it); if two people share an id, give them distinct ids first`,
      );
    }
    warnings.push(`${message}: each conversation comes from the newest export that has it`);
  }
  const named = bundles.filter((b) => b.participantFrom === 'file name');
  if (named.length) warnings.push(`${named.length} bundle${named.length > 1 ? 's have' : ' has'} no participantId (exported outside a study): the file name stands for it (e.g. ${basename(named[0]!.path)})`);
  return { bundles, studies, duplicates, warnings };
}
