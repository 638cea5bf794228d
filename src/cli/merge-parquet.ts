// The Parquet side of a merge: staged NDJSON (each kept record plus day, participantId, study, conversationKey,
// site) is read by DuckDB with column types taken from the file's JSON Schema (nested lists and structs, ISO
// timestamps as TIMESTAMP WITH TIME ZONE) and written as a Hive-partitioned dataset:
// data/<stem>/study=<id>/site=<site>/day=<YYYY-MM-DD>/part-<n>.parquet, which DuckDB, Spark and Trino read as one
// table. DuckDB works under a memory limit and spills to the scratch directory, so memory does not grow with data.
import { createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { bundleJsonSchemas, schemaPathOf } from '../core/export/file-schemas';
import { duckStructure, duckTypeText, type DuckStructure } from './duck-types';
import type { OutputFile } from './line-file';
import { parseMemoryLimit } from './memory-limit';

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Columns every merged table has besides the record's own (samples gain `site` from their meta). */
export const KEY_COLUMNS: Record<string, string> = { participantId: 'VARCHAR', study: 'VARCHAR', conversationKey: 'VARCHAR', site: 'VARCHAR' };

export interface ParquetOptions {
  /** DuckDB memory limit, e.g. '512MB'. */
  memoryLimit: string;
  scratch: string;
  log: (line: string) => void;
}

export class ParquetWriter {
  /** Largest record read_json accepts; its buffers are a few times this, per thread, so it follows the limit. */
  private readonly maxObject: number;

  private constructor(
    private readonly db: DuckDBInstance,
    private readonly con: DuckDBConnection,
    private readonly options: ParquetOptions,
  ) {
    this.maxObject = Math.round(Math.min(256 * 2 ** 20, Math.max(16 * 2 ** 20, parseMemoryLimit(options.memoryLimit) / 16)));
  }

  static async open(options: ParquetOptions): Promise<ParquetWriter> {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run(`SET memory_limit=${quote(options.memoryLimit)}`);
    await con.run(`SET temp_directory=${quote(join(options.scratch, 'duckdb-spill'))}`);
    await con.run('SET preserve_insertion_order=false');
    // Rows a partitioned COPY buffers per partition before flushing: bounds memory with many study/site/day folders.
    await con.run('SET partitioned_write_flush_threshold=20000');
    await con.run("SET TimeZone='UTC'");
    return new ParquetWriter(db, con, options);
  }

  /** Writes one stem's staged records; returns how many rows were written (every staged row, or it throws). */
  async write(stem: string, stagedPath: string, staged: number, outDir: string): Promise<number> {
    const schema = bundleJsonSchemas()[schemaPathOf(`${stem}.jsonl`).slice('schemas/'.length)]!;
    const structure = { day: 'DATE', ...KEY_COLUMNS, ...(duckStructure(schema) as Record<string, DuckStructure>) };
    const columns = `{${Object.entries(structure).map(([k, v]) => `${quote(k)}: ${quote(duckTypeText(v))}`).join(', ')}}`;
    const target = join(outDir, 'data', stem);
    mkdirSync(join(outDir, 'data'), { recursive: true });
    const reader = await this.con.runAndReadAll(
      `COPY (SELECT * FROM read_json(${quote(stagedPath)}, format='newline_delimited', columns=${columns}, maximum_object_size=${this.maxObject})) TO ${quote(target)} ` +
        `(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (study, site, day), WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN 'part-{i}')`,
    );
    const written = Number(reader.getRows()[0]?.[0] ?? 0);
    if (written !== staged) throw new Error(`internal: ${stem}: ${staged} records staged but ${written} written`);
    this.options.log(`${stem}: ${written} records -> data/${stem}/`);
    return written;
  }

  /** Every Parquet file under data/, with its rows, bytes and sha256. */
  async files(outDir: string): Promise<OutputFile[]> {
    const root = join(outDir, 'data');
    if (!existsSync(root)) return [];
    const paths = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.parquet'))
      .map((d) => join(d.parentPath, d.name))
      .sort();
    const rows = new Map<string, number>();
    if (paths.length) {
      const meta = await this.con.runAndReadAll(`SELECT file_name, num_rows FROM parquet_file_metadata([${paths.map(quote).join(', ')}])`);
      for (const [file, n] of meta.getRows() as [string, bigint][]) rows.set(file, Number(n));
    }
    const out: OutputFile[] = [];
    for (const path of paths) {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
        hash.update(chunk as Buffer);
        bytes += (chunk as Buffer).length;
      }
      out.push({ path: relative(outDir, path).split(sep).join('/'), records: rows.get(path) ?? 0, bytes, sha256: hash.digest('hex') });
    }
    return out;
  }

  close(): void {
    this.con.closeSync();
    this.db.closeSync();
  }
}
