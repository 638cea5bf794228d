// `echo-dataset merge`: many participants' bundles -> one dataset directory. Every bundle is validated in full
// (schemas, checksums) while its records are staged; DuckDB then deduplicates (by event id, conversation key,
// answer, or sample id; the newest bundle wins) and writes each file as JSONL and as Parquet, partitioned by
// site (`site=<site>/` folders, the layout Spark, DuckDB and HF datasets read). Records gain `participantId`.
// OpenAI-chat and ShareGPT lines are renderings of the merged SFT samples. The directory appears only when
// complete, so a corrupt bundle changes nothing.
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync, type WriteStream } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AcceptanceTally } from '../core/export/acceptance';
import { datasetCard } from '../core/export/dataset-card';
import { bundleJsonSchemas, type Manifest } from '../core/export/file-schemas';
import { SAMPLE_FILES } from '../core/export/options';
import { Sha256 } from '../core/export/sha256';
import type { AnswerLabelKind } from '../core/labeller';
import { toOpenAiChat, toPromptCompletion, toShareGpt, type SftSample } from '../core/samples';
import { writeAtomically } from './atomic-output';
import { CLI_VERSION } from './relabel';
import { readManifest, validateBundle } from './validate';
import { duckStructure } from './duck-types';
import { ZipReader } from './zip-reader';

type Rec = Record<string, unknown>;

/** The merged files, in output order: stem, how a record is identified, where its site is. */
const STAGED: { stem: string; key: (r: Rec) => string; site: (r: Rec) => string; siteInRecord: boolean }[] = [
  { stem: 'events', key: (r) => r.id as string, site: (r) => r.site as string, siteInRecord: true },
  { stem: 'conversations', key: (r) => r.key as string, site: (r) => r.site as string, siteInRecord: true },
  { stem: 'labels', key: (r) => `${r.conversationKey}\u0000${r.messageId}`, site: (r) => r.site as string, siteInRecord: true },
  { stem: 'sft', key: (r) => r.id as string, site: (r) => (r.meta as Rec).site as string, siteInRecord: false },
  { stem: 'preference', key: (r) => r.id as string, site: (r) => (r.meta as Rec).site as string, siteInRecord: false },
  { stem: 'kto', key: (r) => r.id as string, site: (r) => (r.meta as Rec).site as string, siteInRecord: false },
];
const DERIVED = ['openai-chat', 'sharegpt', 'sft-prompt-completion'] as const;
const SAMPLE_STEMS = ['sft', 'sft-prompt-completion', 'preference', 'kto', 'openai-chat', 'sharegpt'] as const;

export interface MergeOptions {
  log?: (line: string) => void;
  /** DuckDB memory limit, e.g. '2GB' (default DuckDB's own: 80% of RAM). */
  memoryLimit?: string;
}

export interface OutputFile {
  path: string;
  records: number;
  bytes: number;
  sha256: string;
}

export interface MergeManifest {
  format: 'echo-capture-merged-dataset';
  schemaVersion: 1;
  createdAt: string;
  generator: { name: string; version: string };
  participants: { participantId: string; studyId?: string; bundle: string; createdAt: string; extensionVersion?: string; labelRulesVersion?: string; counts: Record<string, number> }[];
  counts: Record<string, number>;
  duplicatesDropped: Record<string, number>;
  stats: { acceptance: ReturnType<AcceptanceTally['stats']> };
  files: OutputFile[];
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function mergeBundles(inputs: string[], outDir: string, options: MergeOptions = {}): Promise<MergeManifest> {
  const log = options.log ?? (() => undefined);
  if (inputs.length === 0) throw new Error('merge: no bundles given');
  // Manifests first (cheap): the newest bundle wins duplicates, and participant ids are known before staging.
  const bundles: { path: string; manifest: Manifest; participantId: string }[] = [];
  for (const path of inputs) {
    const zip = await ZipReader.open(path);
    try {
      const manifest = await readManifest(zip);
      bundles.push({ path, manifest, participantId: manifest.participantId ?? basename(path).replace(/\.zip$/i, '') });
    } finally {
      await zip.close();
    }
  }
  bundles.sort((a, b) => a.manifest.createdAt.localeCompare(b.manifest.createdAt));

  return writeAtomically(outDir, async (temp, scratch) => {
    const stageDir = join(scratch, 'stage');
    mkdirSync(stageDir, { recursive: true });
    mkdirSync(temp, { recursive: true });
    const stageFds = new Map<string, number>();
    const stage = (stem: string, line: string) => {
      let fd = stageFds.get(stem);
      if (fd === undefined) stageFds.set(stem, (fd = openSync(join(stageDir, `${stem}.jsonl`), 'w')));
      writeSync(fd, line);
    };
    const staged = new Map(STAGED.map((s) => [`${s.stem}.jsonl`, s]));
    for (const [order, b] of bundles.entries()) {
      log(`validating and staging ${b.path} (participant ${b.participantId})`);
      await validateBundle(b.path, (file, record) => {
        const spec = staged.get(file);
        if (!spec) return;
        const r = record as Rec;
        const rec = JSON.stringify({ ...r, participantId: b.participantId });
        stage(spec.stem, `{"o":${order},"k":${JSON.stringify(spec.key(r))},"site":${JSON.stringify(spec.site(r))},"rec":${rec}}\n`);
      });
    }
    for (const fd of stageFds.values()) closeSync(fd);

    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      await con.run(`SET temp_directory=${quote(join(scratch, 'duckdb-tmp'))}`);
      await con.run('SET preserve_insertion_order=false');
      if (options.memoryLimit) await con.run(`SET memory_limit=${quote(options.memoryLimit)}`);
      const schemas = bundleJsonSchemas();
      const files: OutputFile[] = [];
      const counts: Record<string, number> = {};
      const dropped: Record<string, number> = {};
      for (const spec of STAGED) {
        if (!stageFds.has(spec.stem)) continue;
        const stagedPath = join(stageDir, `${spec.stem}.jsonl`);
        await con.run(
          `CREATE TABLE "${spec.stem}_all" AS SELECT * FROM read_json(${quote(stagedPath)}, format='newline_delimited', ` +
            `columns={o: 'INTEGER', k: 'VARCHAR', site: 'VARCHAR', rec: 'JSON'}, maximum_object_size=${64 * 1024 * 1024})`,
        );
        await con.run(
          `CREATE TABLE "${spec.stem}" AS SELECT k, site, rec FROM "${spec.stem}_all" QUALIFY row_number() OVER (PARTITION BY k ORDER BY o DESC) = 1`,
        );
        const total = await scalar(con, `SELECT count(*) FROM "${spec.stem}_all"`);
        await con.run(`DROP TABLE "${spec.stem}_all"`);
        counts[spec.stem] = await scalar(con, `SELECT count(*) FROM "${spec.stem}"`);
        dropped[spec.stem] = total - counts[spec.stem]!;
        log(`${spec.stem}: ${counts[spec.stem]} records (${dropped[spec.stem]} duplicates dropped)`);
        const derive = spec.stem === 'sft' ? DERIVED.map((stem) => stagedWriter(join(stageDir, `${stem}.jsonl`), stem)) : [];
        files.push(...(await writeJsonl(con, spec.stem, temp, (site, rec) => {
          if (!derive.length) return;
          const sample = JSON.parse(rec) as SftSample;
          const k = JSON.stringify(sample.id);
          derive[0]!.write(`{"o":0,"k":${k},"site":${JSON.stringify(site)},"rec":${JSON.stringify(toOpenAiChat(sample))}}\n`);
          derive[1]!.write(`{"o":0,"k":${k},"site":${JSON.stringify(site)},"rec":${JSON.stringify(toShareGpt(sample))}}\n`);
          derive[2]!.write(`{"o":0,"k":${k},"site":${JSON.stringify(site)},"rec":${JSON.stringify(toPromptCompletion(sample))}}\n`);
        })));
        for (const d of derive) await d.close();
        const structure = { ...(duckStructure(schemas[`${spec.stem}.schema.json`]!) as Rec), participantId: 'VARCHAR' };
        await writeParquet(con, spec.stem, structure, spec.siteInRecord, temp);
        if (spec.stem !== 'labels' && spec.stem !== 'sft') await con.run(`DROP TABLE "${spec.stem}"`);
      }
      if (stageFds.has('sft')) {
        for (const stem of DERIVED) {
          await con.run(
            `CREATE TABLE "${stem}" AS SELECT k, site, rec FROM read_json(${quote(join(stageDir, `${stem}.jsonl`))}, format='newline_delimited', ` +
              `columns={o: 'INTEGER', k: 'VARCHAR', site: 'VARCHAR', rec: 'JSON'}, maximum_object_size=${64 * 1024 * 1024})`,
          );
          counts[stem] = await scalar(con, `SELECT count(*) FROM "${stem}"`);
          files.push(...(await writeJsonl(con, stem, temp)));
          await writeParquet(con, stem, duckStructure(schemas[`${stem}.schema.json`]!) as Rec, false, temp);
          await con.run(`DROP TABLE "${stem}"`);
        }
      }
      files.push(...(await parquetFiles(con, temp)));
      const acceptance = stageFds.has('labels') ? await mergedAcceptance(con) : new AcceptanceTally().stats();

      const manifest: MergeManifest = {
        format: 'echo-capture-merged-dataset',
        schemaVersion: 1,
        createdAt: new Date().toISOString(),
        generator: { name: 'echo-dataset', version: CLI_VERSION },
        participants: bundles.map((b) => ({
          participantId: b.participantId,
          ...(b.manifest.studyId ? { studyId: b.manifest.studyId } : {}),
          bundle: basename(b.path),
          createdAt: b.manifest.createdAt,
          ...(b.manifest.extensionVersion ? { extensionVersion: b.manifest.extensionVersion } : {}),
          ...(b.manifest.labelRulesVersion ? { labelRulesVersion: b.manifest.labelRulesVersion } : {}),
          counts: b.manifest.counts,
        })),
        counts: { participants: new Set(bundles.map((b) => b.participantId)).size, ...counts },
        duplicatesDropped: dropped,
        stats: { acceptance },
        files: files.sort((a, b) => a.path.localeCompare(b.path)),
      };
      const studies = [...new Set(bundles.flatMap((b) => (b.manifest.studyId ? [b.manifest.studyId] : [])))];
      writeFileSync(
        join(temp, 'README.md'),
        datasetCard({
          title: studies.length === 1 ? `Echo Capture dataset: ${studies[0]}` : 'Echo Capture merged dataset',
          summary: [
            `Merged from ${bundles.length} bundles of ${manifest.counts.participants} participants: deduplicated by event id, conversation,`,
            'answer and sample id, each record carrying its `participantId`. Parquet under `parquet/`, the same records as JSONL',
            'under `jsonl/`, both partitioned by site (`site=<site>/`).',
          ],
          files: SAMPLE_STEMS.map((stem) => ({
            config: stem,
            dataFiles: [`parquet/${stem}/*/*.parquet`],
            description: SAMPLE_FILES[stem].description,
            records: counts[stem] ?? 0,
          })),
          facts: [
            ['Participants', String(manifest.counts.participants)],
            ['Conversations', String(counts.conversations ?? 0)],
            ['Events', String(counts.events ?? 0)],
            ['Label rules', [...new Set(bundles.map((b) => b.manifest.labelRulesVersion ?? 'unknown'))].join(', ')],
            ['Redaction', [...new Set(bundles.map((b) => (b.manifest.redaction ? b.manifest.redaction.level : 'none')))].join(', ')],
          ],
          acceptance,
        }),
      );
      writeFileSync(join(temp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
      return manifest;
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });
}

async function scalar(con: DuckDBConnection, sql: string): Promise<number> {
  const rows = await (await con.runAndReadAll(sql)).getRows();
  return Number(rows[0]![0]);
}

function stagedWriter(path: string, _stem: string): { write(line: string): void; close(): Promise<void> } {
  const stream = createWriteStream(path);
  return {
    write: (line) => void stream.write(line),
    close: () => new Promise((ok, fail) => stream.end((e?: Error | null) => (e ? fail(e) : ok()))),
  };
}

/** jsonl/<stem>/site=<site>/data.jsonl, the records' JSON text as staged (one line each, sorted by key). */
async function writeJsonl(con: DuckDBConnection, stem: string, outDir: string, onRecord?: (site: string, rec: string) => void): Promise<OutputFile[]> {
  const result = await con.stream(`SELECT site, rec::VARCHAR FROM "${stem}" ORDER BY site, k`);
  const open = new Map<string, { stream: WriteStream; file: OutputFile; hash: Sha256 }>();
  const enc = new TextEncoder();
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const [site, rec] of chunk.getRows() as [string, string][]) {
      let out = open.get(site);
      if (!out) {
        const dir = join(outDir, 'jsonl', stem, `site=${site}`);
        mkdirSync(dir, { recursive: true });
        const path = join(dir, 'data.jsonl');
        out = { stream: createWriteStream(path), file: { path: relative(outDir, path), records: 0, bytes: 0, sha256: '' }, hash: new Sha256() };
        open.set(site, out);
      }
      const bytes = enc.encode(rec + '\n');
      out.hash.update(bytes);
      out.file.records++;
      out.file.bytes += bytes.length;
      if (!out.stream.write(bytes)) await new Promise((ok) => out!.stream.once('drain', ok));
      onRecord?.(site, rec);
    }
  }
  const files: OutputFile[] = [];
  for (const out of open.values()) {
    await new Promise<void>((ok, fail) => out.stream.end((e?: Error | null) => (e ? fail(e) : ok())));
    files.push({ ...out.file, sha256: out.hash.hex() });
  }
  return files;
}

/** parquet/<stem>/site=<site>/data_0.parquet with nested columns typed from the file's JSON Schema. */
async function writeParquet(con: DuckDBConnection, stem: string, structure: Rec, siteInRecord: boolean, outDir: string): Promise<void> {
  const dir = join(outDir, 'parquet', stem);
  mkdirSync(join(outDir, 'parquet'), { recursive: true });
  await con.run(
    `COPY (SELECT unnest(from_json(rec, ${quote(JSON.stringify(structure))}))${siteInRecord ? '' : ', site'} FROM "${stem}" ORDER BY site, k) ` +
      `TO ${quote(dir)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (site), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE true)`,
  );
}

async function parquetFiles(con: DuckDBConnection, outDir: string): Promise<OutputFile[]> {
  const root = join(outDir, 'parquet');
  if (!existsSync(root)) return [];
  const out: OutputFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const hash = new Sha256();
        let bytes = 0;
        for await (const chunk of createReadStream(path)) {
          hash.update(chunk as Uint8Array);
          bytes += (chunk as Uint8Array).length;
        }
        const records = await scalar(con, `SELECT count(*) FROM read_parquet(${quote(path)})`);
        out.push({ path: relative(outDir, path), records, bytes, sha256: hash.hex() });
      }
    }
  };
  await walk(root);
  return out;
}

async function mergedAcceptance(con: DuckDBConnection) {
  const tally = new AcceptanceTally();
  const result = await con.stream(
    `SELECT json_extract_string(rec, '$.model'), json_extract_string(rec, '$.answeredAt'), json_extract_string(rec, '$.label') FROM labels`,
  );
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const [model, at, label] of chunk.getRows() as [string | null, string, AnswerLabelKind][]) tally.add(model ?? undefined, at, label);
  }
  await con.run('DROP TABLE labels');
  await con.run('DROP TABLE IF EXISTS sft');
  return tally.stats();
}
