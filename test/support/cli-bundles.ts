// Tests only: synthetic bundles on disk and the CLI run in-process, for the echo-dataset tests (src/cli/*.test.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { syntheticCompletionDocument } from './completion-events';
import { exportToBytes, syntheticConversation } from './synthetic-bundles';
import type { CaptureEvent } from '../../src/core/events';
import type { ExportContext } from '../../src/core/export/training-bundle';
import { run } from '../../src/cli/main';

export interface BundleSpec {
  participantId?: string;
  studyId?: string;
  /** Conversations [from, to) of the synthetic scenario list; their ids are `${prefix}-c<n>`. */
  conversations: [number, number];
  prefix?: string;
  /** Editor documents [from, to) with one inline-completion episode of every kind each (`${prefix}-doc-<n>`). */
  documents?: [number, number];
  site?: string;
  createdAt?: string;
  options?: Record<string, unknown>;
  context?: Partial<ExportContext>;
}

export function tempDir(name: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `echo-${name}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function writeBundle(path: string, spec: BundleSpec): Promise<string> {
  const [from, to] = spec.conversations;
  const prefix = spec.prefix ?? spec.participantId ?? 'p';
  const convs: CaptureEvent[][] = Array.from({ length: to - from }, (_, i) => syntheticConversation(prefix, from + i, { site: spec.site ?? 'chatgpt' }));
  const [docFrom, docTo] = spec.documents ?? [0, 0];
  for (let n = docFrom; n < docTo; n++) convs.push(syntheticCompletionDocument(prefix, n));
  const options = {
    ...(spec.participantId ? { participantId: spec.participantId } : {}),
    ...(spec.studyId ? { studyId: spec.studyId } : {}),
    ...spec.options,
  };
  writeFileSync(path, await exportToBytes(convs, options, { ...(spec.createdAt ? { createdAt: spec.createdAt } : {}), ...spec.context }));
  return path;
}

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string; error?: string }> {
  const out: string[] = [];
  const err: string[] = [];
  try {
    return { code: await run(argv, (s) => void out.push(s), (s) => void err.push(s)), out: out.join('\n'), err: err.join('\n') };
  } catch (e) {
    return { code: 1, out: out.join('\n'), err: err.join('\n'), error: (e as Error).message };
  }
}

/** Rewrites one file inside a bundle zip, keeping the manifest as it was unless the file is the manifest. */
export function tamper(path: string, out: string, file: string, change: (text: string) => string): string {
  const files = unzipSync(readFileSync(path));
  files[file] = strToU8(change(strFromU8(files[file]!)));
  writeFileSync(out, zipSync(files));
  return out;
}

/** Every JSONL record of a bundle zip's file. */
export function zipRecords(path: string, file: string): Record<string, any>[] {
  const files = unzipSync(readFileSync(path));
  return strFromU8(files[file] ?? new Uint8Array())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);
}
