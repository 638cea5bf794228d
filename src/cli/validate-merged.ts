// `echo-dataset validate DIR` on a merged dataset: the manifest matches its schema, every file on disk is listed
// and every listed file is there with its sha256 and byte count, JSONL lines and JSON documents match their
// schemas, each Parquet file has the rows the manifest says and the columns its table should have, and the
// counts add up. Problems are BundleErrors naming the dataset, the file and (for JSONL) the line.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { bundleJsonSchemas, JSON_FILE_SCHEMAS, JSONL_FILE_SCHEMAS } from '../core/export/file-schemas';
import { SchemaError } from '../core/schema';
import { BundleError } from './bundle-error';
import { duckStructure } from './duck-types';
import { linesOf } from './lines';
import { KEY_COLUMNS } from './merge-parquet';
import { mergedManifestSchema, type MergedManifest } from './merged-manifest';

export async function validateMergedDataset(dir: string): Promise<{ manifest: MergedManifest }> {
  const text = await readText(join(dir, 'manifest.json'));
  let manifest: MergedManifest;
  try {
    manifest = mergedManifestSchema.parse(JSON.parse(text));
  } catch (e) {
    throw new BundleError(dir, e instanceof SchemaError ? e.message : `not JSON (${(e as Error).message})`, 'manifest.json');
  }
  const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((p) => p !== 'manifest.json');
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const p of onDisk) if (!listed.has(p)) throw new BundleError(dir, 'on disk but not listed in manifest.json', p);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const schemas = bundleJsonSchemas();
    const tableRows: Record<string, number> = {};
    for (const file of manifest.files) {
      const full = join(dir, file.path);
      if (!existsSync(full)) throw new BundleError(dir, 'listed in manifest.json but missing', file.path);
      const hash = createHash('sha256');
      let bytes = 0;
      let lines = 0;
      const name = basename(file.path);
      const jsonl = JSONL_FILE_SCHEMAS[name];
      const parquet = file.path.endsWith('.parquet');
      const whole: string[] = [];
      const chunks = createReadStream(full, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Uint8Array>;
      if (parquet) {
        for await (const c of chunks) {
          hash.update(c);
          bytes += c.length;
        }
      } else {
        for await (const { line, no } of linesOf(dir, file.path, chunks, (c) => (hash.update(c), (bytes += c.length)))) {
          lines = no;
          if (file.path.endsWith('.jsonl')) {
            let value: unknown;
            try {
              value = JSON.parse(line);
            } catch (e) {
              throw new BundleError(dir, `not JSON (${(e as Error).message})`, file.path, no);
            }
            if (jsonl) check(dir, file.path, no, () => jsonl.parse(value));
          } else if (file.path.endsWith('.json')) whole.push(line);
        }
      }
      if (bytes !== file.bytes) throw new BundleError(dir, `has ${bytes} bytes, manifest.json says ${file.bytes}`, file.path);
      const sha = hash.digest('hex');
      if (sha !== file.sha256) throw new BundleError(dir, `sha256 ${sha} does not match manifest.json (${file.sha256})`, file.path);
      if (file.path.endsWith('.json')) {
        let doc: unknown;
        try {
          doc = JSON.parse(whole.join('\n'));
        } catch (e) {
          throw new BundleError(dir, `not JSON (${(e as Error).message})`, file.path);
        }
        const schema = JSON_FILE_SCHEMAS[name];
        if (schema) check(dir, file.path, undefined, () => schema.parse(doc));
      }
      if (parquet) {
        const table = file.path.split('/')[1]!;
        const rows = await con.runAndReadAll(`SELECT num_rows FROM parquet_file_metadata('${full.replace(/'/g, "''")}')`);
        lines = rows.getRows().reduce((n, [r]) => n + Number(r), 0);
        const columns = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${full.replace(/'/g, "''")}', hive_partitioning=false)`)).getRows().map((r) => String(r[0]));
        const schema = schemas[`${table}.schema.json`];
        if (!schema) throw new BundleError(dir, `no table ${table} in a merged dataset`, file.path);
        const expected = [...new Set([...Object.keys(KEY_COLUMNS), ...Object.keys(duckStructure(schema) as object), 'day'])].sort();
        if (columns.sort().join(',') !== expected.join(',')) throw new BundleError(dir, `columns ${columns.join(', ')}; expected ${expected.join(', ')}`, file.path);
        tableRows[table] = (tableRows[table] ?? 0) + lines;
      }
      if (lines !== file.records) throw new BundleError(dir, `has ${lines} ${parquet ? 'rows' : 'lines'}, manifest.json says ${file.records} records`, file.path);
    }
    for (const [table, rows] of Object.entries(tableRows)) {
      if (manifest.counts[table] !== rows) throw new BundleError(dir, `counts.${table} is ${manifest.counts[table]} but data/${table}/ holds ${rows} rows`, 'manifest.json');
    }
    for (const f of manifest.files.filter((f) => f.path.startsWith('trainers/') && f.path.endsWith('.jsonl'))) {
      const stem = basename(f.path, '.jsonl');
      if (manifest.counts[stem] !== f.records) throw new BundleError(dir, `counts.${stem} is ${manifest.counts[stem]} but ${f.path} has ${f.records} lines`, 'manifest.json');
    }
    return { manifest };
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

async function readText(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of createReadStream(path)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function check(dir: string, file: string, line: number | undefined, parse: () => unknown): void {
  try {
    parse();
  } catch (e) {
    if (e instanceof SchemaError) throw new BundleError(dir, `schema: ${e.message}`, file, line);
    throw e;
  }
}
