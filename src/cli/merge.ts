// `echo-dataset merge`: many participants' bundles -> one dataset directory. Conversations are merged as whole
// units per participant (unit-stream.ts): the newest export holding a conversation supplies its events, record,
// labels and samples; equal conversation ids of different participants never collide. Every bundle is validated
// in full while it streams through; kept records are staged on disk and written by DuckDB (under a memory
// limit) as a Hive-partitioned Parquet dataset (merge-parquet.ts), and the trainer files (OpenAI, ShareGPT,
// LLaMA-Factory) are rendered from the merged samples as JSONL. Editor documents' completion labels and samples
// (FIM, prompt/completion, preference) are tables too, and their acceptance (accepted / shown) is counted from the
// kept completion labels. Nothing replaced, dropped or refused goes uncounted: the counts are printed and written
// to manifest.json. The directory appears only when complete.
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AcceptanceTally } from '../core/export/acceptance';
import { CompletionAcceptanceTally, type CompletionFacts } from '../core/export/completion-acceptance';
import type { AnswerLabelKind } from '../core/labeller';
import { toOpenAiChat, toPromptCompletion, toShareGpt, type PreferenceSample, type SftSample, type UnpairedSample } from '../core/samples';
import { llamaFactoryDatasetInfo, toLlamaFactoryKto, toLlamaFactoryPreference, toOpenAiPreference } from '../core/export/trainer-formats';
import { writeAtomically } from './atomic-output';
import { collectGarbage } from './collect-garbage';
import { planBundles, type PlanPolicy } from './bundle-plan';
import { LineFile, type OutputFile } from './line-file';
import { linesOf } from './lines';
import { writeMergedMetadata } from './merge-card';
import { ParquetWriter } from './merge-parquet';
import type { MergedManifest } from './merged-manifest';
import { streamUnits, UNIT_FILES } from './unit-stream';

export interface MergeOptions extends PlanPolicy {
  log?: (line: string) => void;
  /** DuckDB memory limit, e.g. '512MB' (checked by the CLI before any work). */
  memoryLimit?: string;
  newestExportOnly?: boolean;
  /** Replace a non-empty --out. */
  force?: boolean;
  license?: string;
  language?: string[];
}

export const DEFAULT_MEMORY_LIMIT = '384MB';
/** Tables rendered from another merged table's records rather than read from the bundles. */
export const DERIVED_TABLES = ['sft-prompt-completion'] as const;
/** Inline completion samples (FIM, prompt/completion, preference): partitioned by their meta's site like chat samples. */
const COMPLETION_SAMPLE_TABLES = new Set(['completion-fim', 'completion-prompt-completion', 'completion-preference']);
export const TRAINER_FILES = ['openai-chat.jsonl', 'sharegpt.jsonl', 'openai-preference.jsonl', 'llamafactory-preference.jsonl', 'llamafactory-kto.jsonl'] as const;

/** Refuses an --out that holds anything, unless forced: a merge never replaces a directory by surprise. */
export function checkOutput(outDir: string, force: boolean | undefined): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new OutputError(`--out ${outDir} is a file, not a directory`);
  if (readdirSync(outDir).length && !force) throw new OutputError(`--out ${outDir} is not empty; choose a new directory or pass --force to replace it`);
}

export class OutputError extends Error {}

export async function mergeBundles(inputs: string[], outDir: string, options: MergeOptions = {}): Promise<MergedManifest> {
  const log = options.log ?? (() => undefined);
  if (inputs.length === 0) throw new Error('merge: no bundles given');
  checkOutput(outDir, options.force);
  const plan = await planBundles(inputs, options, 'refuse');
  for (const w of plan.warnings) log(`warning: ${w}`);
  const memoryLimit = options.memoryLimit ?? DEFAULT_MEMORY_LIMIT;

  return writeAtomically(outDir, async (temp, scratch) => {
    mkdirSync(temp, { recursive: true });
    const stageDir = join(scratch, 'stage');
    // Tables: each unit file, and the SFT samples in TRL's prompt/completion form (derived from the kept SFT
    // samples, so a bundle exported before that file existed gives it too, and it never disagrees with sft).
    const stems = [...Object.keys(UNIT_FILES).map((f) => f.replace(/\.jsonl$/, '')), ...DERIVED_TABLES];
    const stage = new Map(stems.map((s) => [s, new LineFile(stageDir, `${s}.jsonl`, { hash: false })]));
    // A bundle's events arrive before its units' start days are known: they wait in a per-bundle file.
    const pendingEvents = join(scratch, 'bundle-events.jsonl');
    let waiting: LineFile | null = null;
    let unitDays = new Map<string, string>();
    const events = stage.get('events')!;
    const trainers = new Map(TRAINER_FILES.map((f) => [f, new LineFile(temp, `trainers/${f}`)]));
    const line = (file: string, value: unknown) => trainers.get(file as (typeof TRAINER_FILES)[number])!.line(JSON.stringify(value));
    const tally = new AcceptanceTally();
    const completionTally = new CompletionAcceptanceTally();
    const studyJson = new Map(plan.bundles.map((b) => [b.path, JSON.stringify(b.studyId)]));

    const summary = await streamUnits(
      plan,
      {
        async units(_b, found) {
          unitDays = new Map([...found].map(([key, u]) => [key, u.firstTs.slice(0, 10)]));
          if (!waiting) return;
          waiting.close();
          waiting = null;
          // Each waiting line is `<JSON conversation key>\t<staged record without its opening brace>`.
          for await (const { line: held } of linesOf(pendingEvents, 'events', createReadStream(pendingEvents, { highWaterMark: 1024 * 1024 }))) {
            const tab = held.indexOf('\t');
            const day = unitDays.get(JSON.parse(held.slice(0, tab)) as string)!;
            events.line(`{"day":"${day}",${held.slice(tab + 1)}`);
          }
        },
        record(b, file, r, text, key) {
          const stem = file.replace(/\.jsonl$/, '');
          const body = text.trimStart().slice(1);
          const day = stem === 'events' ? null : unitDays.get(key)!;
          const sample = stem === 'sft' || stem === 'preference' || stem === 'kto' || COMPLETION_SAMPLE_TABLES.has(stem);
          // Label records name their conversation themselves (completion labels their site too).
          const extra =
            `"participantId":${JSON.stringify(b.participantId)},"study":${studyJson.get(b.path)}` +
            (stem === 'labels' || stem === 'completion-labels' ? '' : `,"conversationKey":${JSON.stringify(key)}`) +
            (sample ? `,"site":${JSON.stringify((r.meta as { site: string }).site)}` : '');
          if (stem === 'events') (waiting ??= new LineFile(scratch, 'bundle-events.jsonl', { hash: false })).line(`${JSON.stringify(key)}\t${extra},${body}`);
          else stage.get(stem)!.line(`{"day":"${day}",${extra},${body}`);
          if (stem === 'sft') stage.get('sft-prompt-completion')!.line(`{"day":"${day}",${extra},${JSON.stringify(toPromptCompletion(r as unknown as SftSample)).slice(1)}`);
          if (stem === 'completion-labels') completionTally.add(r as unknown as CompletionFacts);
          else if (stem === 'labels') tally.add(r.model as string | undefined, r.answeredAt as string, ((r.userLabel ?? r.label) as AnswerLabelKind));
          else if (stem === 'sft') {
            line('openai-chat.jsonl', toOpenAiChat(r as unknown as SftSample));
            line('sharegpt.jsonl', toShareGpt(r as unknown as SftSample));
          } else if (stem === 'preference') {
            line('openai-preference.jsonl', toOpenAiPreference(r as unknown as PreferenceSample));
            line('llamafactory-preference.jsonl', toLlamaFactoryPreference(r as unknown as PreferenceSample));
          } else if (stem === 'kto') line('llamafactory-kto.jsonl', toLlamaFactoryKto(r as unknown as UnpairedSample));
        },
      },
      { newestExportOnly: options.newestExportOnly, onBundle: (b, i) => log(`[${i + 1}/${plan.bundles.length}] ${b.path} (participant ${b.participantId})`) },
    );
    const stagedCounts = new Map([...stage].map(([stem, f]) => [stem, f.close().records]));
    const files: OutputFile[] = [];
    const counts: Record<string, number> = {};
    for (const [file, f] of trainers) {
      const out = f.close();
      counts[file.replace(/\.jsonl$/, '')] = out.records;
      files.push(out);
    }
    const info = new LineFile(temp, 'trainers/dataset_info.json');
    const present = { sft: counts.sharegpt! > 0, preference: counts['llamafactory-preference']! > 0, kto: counts['llamafactory-kto']! > 0 };
    info.text(JSON.stringify(llamaFactoryDatasetInfo(present), null, 2) + '\n');
    files.push(info.close());

    collectGarbage();
    const duck = await ParquetWriter.open({ memoryLimit, scratch, log });
    try {
      for (const stem of stems) {
        const staged = stagedCounts.get(stem)!;
        counts[stem] = staged ? await duck.write(stem, join(stageDir, `${stem}.jsonl`), staged, temp) : 0;
      }
      files.push(...(await duck.files(temp)));
    } finally {
      duck.close();
    }
    const acceptance = tally.stats();
    const completionAcceptance = completionTally.stats();
    return writeMergedMetadata({
      ...{ temp, plan, summary, counts, files, acceptance, options: { ...options, memoryLimit }, log },
      ...(completionAcceptance.overall.shown ? { completionAcceptance } : {}),
    });
  });
}
