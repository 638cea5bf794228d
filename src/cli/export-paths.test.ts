// Every way a bundle or dataset comes to exist — a plain export, one with review decisions, a study export at each
// redaction level, a relabelled bundle, a merge of them all — checked twice: by `echo-dataset validate`, and record
// by record with ajv against the JSON Schema the bundle itself carries (the merge's Parquet rows read back with
// DuckDB and turned into JSON again), so a schema the writer and the CLI agree on but the published JSON Schema
// contradicts (a number where it says string) cannot pass.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ajvValidator, committedSchema } from '../../test/support/ajv-schemas';
import { messageEventId } from '../core/events';
import { isTimestampSchema } from '../core/export/hf-features';
import { mergedManifestJsonSchema } from './merged-manifest';
import { runCli, tempDir, writeBundle } from '../../test/support/cli-bundles';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('paths')));
afterAll(() => cleanup());

type Json = Record<string, any>;

/** Validates every entry of a bundle zip with ajv against the schema the zip carries for it; returns records checked. */
function ajvBundle(path: string): number {
  const files = unzipSync(readFileSync(path));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  const schemaOf = (name: string) => JSON.parse(strFromU8(files[`schemas/${name.replace(/\.(jsonl|json)$/, '')}.schema.json`]!));
  expect(ajvValidator(schemaOf('manifest.json'))(manifest), `${path} manifest`).toEqual([]);
  expect(schemaOf('manifest.json')).toEqual(committedSchema('manifest.json'));
  let n = 0;
  for (const { name } of manifest.files as { name: string }[]) {
    if (name.endsWith('.jsonl')) {
      const check = ajvValidator(schemaOf(name));
      for (const line of strFromU8(files[name]!).split('\n').filter(Boolean)) {
        expect(check(JSON.parse(line)), `${path} ${name}`).toEqual([]);
        n++;
      }
    } else if (name === 'dataset_info.json') expect(ajvValidator(schemaOf(name))(JSON.parse(strFromU8(files[name]!)))).toEqual([]);
  }
  return n;
}

async function validates(path: string): Promise<void> {
  const r = await runCli('validate', path);
  expect(r.error, path).toBeUndefined();
  expect(r.code).toBe(0);
}

/** A Parquet row back to the bundle record it came from: merge columns off, nulls of absent fields off, timestamps ISO. */
function toRecord(row: Json, schema: Json): Json {
  if (Array.isArray(schema.oneOf)) {
    const member = (schema.oneOf as Json[]).find((m) => m.properties?.kind?.const === row.kind);
    return toRecord(row, member ?? schema.oneOf[0]);
  }
  const out: Json = {};
  const required = new Set<string>(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties as Record<string, Json>)) {
    const value = row[key];
    if (value === null || value === undefined) {
      if (required.has(key)) out[key] = null;
      continue;
    }
    out[key] = toValue(value, prop);
  }
  return out;
}

function toValue(value: any, schema: Json): any {
  const inner = Array.isArray(schema.anyOf) ? (schema.anyOf as Json[]).find((s) => s.type !== 'null')! : schema;
  if (isTimestampSchema(inner)) return new Date(String(value).replace(' ', 'T').replace(/\+00$/, 'Z')).toISOString();
  if (inner.type === 'integer' || inner.type === 'number' || typeof inner.const === 'number') return Number(value);
  if (inner.type === 'array') return (value as any[]).map((v) => toValue(v, inner.items));
  if (inner.type === 'object' && inner.properties) return toRecord(value, inner);
  return value;
}

describe('every export path validates, with the CLI and with ajv on every record', () => {
  it('plain, reviewed, study at each redaction level, relabelled, and their merge', async () => {
    const prefix = 'px';
    const key = (n: number) => `chatgpt:${prefix}-c${n}`;
    const paths: string[] = [];
    paths.push(await writeBundle(join(dir, 'plain.zip'), { prefix, conversations: [0, 8] }));
    paths.push(
      await writeBundle(join(dir, 'reviewed.zip'), {
        participantId: 'rev',
        prefix,
        conversations: [0, 8],
        context: {
          decisions: {
            excludedConversations: new Set([key(1)]),
            excludedAnswers: new Set([messageEventId('response', 'chatgpt', `${prefix}-c5`, 'a2')]),
            labelOverrides: new Map([[messageEventId('response', 'chatgpt', `${prefix}-c0`, 'a1'), 'rejected']]),
            redactions: new Map([[key(4), [{ value: 'read a CSV file', kind: 'secret' }]]]),
          },
        },
      }),
    );
    const reviewed = JSON.parse(strFromU8(unzipSync(readFileSync(paths[1]!))['manifest.json']!));
    expect(reviewed.review).toEqual({ excludedConversations: 1, excludedAnswers: 1, userLabels: 1, userRedactions: 1 });
    for (const level of ['secrets', 'standard', 'strict'] as const) {
      paths.push(await writeBundle(join(dir, `study-${level}.zip`), { participantId: `s-${level}`, studyId: 'pilot', prefix, conversations: [0, 8], options: { redaction: { level }, minConfidence: 0.5 } }));
    }
    const relabelled = join(dir, 'relabelled.zip');
    expect((await runCli('relabel', paths[2]!, '--out', relabelled)).code).toBe(0);
    paths.push(relabelled);

    let records = 0;
    for (const p of paths) {
      await validates(p);
      records += ajvBundle(p);
    }
    expect(records).toBeGreaterThan(500);

    const out = join(dir, 'merged');
    const merged = await runCli('merge', ...paths, '--out', out, '--allow-mixed-studies', '--allow-duplicate-participants', '--quiet');
    expect(merged.error).toBeUndefined();
    await validates(out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(ajvValidator(mergedManifestJsonSchema())(manifest)).toEqual([]);
    expect(manifest.counts.participants).toBe(5); // the relabelled bundle is s-secrets again, and replaces its conversations
    expect(manifest.merge.conversationsReplaced).toBe(8);

    // Every file of the merged dataset read by DuckDB; every record checked by ajv against the bundle schemas.
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      let checked = 0;
      for (const f of manifest.files as { path: string; records: number }[]) {
        const full = join(out, f.path).replace(/'/g, "''");
        if (f.path.endsWith('.parquet')) {
          const table = f.path.split('/')[1]!;
          const schema = committedSchema(`${table}.jsonl`);
          const check = ajvValidator(schema);
          const rows = (await con.runAndReadAll(`SELECT * FROM read_parquet('${full}', hive_partitioning=false)`)).getRowObjectsJson() as Json[];
          expect(rows.length, f.path).toBe(f.records);
          for (const row of rows) {
            expect(check(toRecord(row, schema)), f.path).toEqual([]);
            checked++;
          }
        } else if (f.path.endsWith('.jsonl')) {
          const check = ajvValidator(committedSchema(f.path.split('/').pop()!));
          const rows = (await con.runAndReadAll(`SELECT * FROM read_json('${full}', format='newline_delimited')`)).getRowObjectsJson();
          expect(rows.length, f.path).toBe(f.records);
          for (const line of readFileSync(join(out, f.path), 'utf8').split('\n').filter(Boolean)) {
            expect(check(JSON.parse(line)), f.path).toEqual([]);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(records / 2);
      // Round trip: a merged event is the bundle's event, field for field.
      const [row] = (await con.runAndReadAll(`SELECT * FROM read_parquet('${out}/data/events/**/*.parquet') WHERE participantId = 'rev' AND kind = 'copy' LIMIT 1`)).getRowObjectsJson() as Json[];
      const original = strFromU8(unzipSync(readFileSync(paths[1]!))['events.jsonl']!).split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.id === row!.id);
      expect(toRecord(row!, committedSchema('events.jsonl'))).toEqual(original);
    } finally {
      con.closeSync();
      db.closeSync();
    }
    expect(readdirSync(join(out, 'schemas')).sort()).toContain('merged-manifest.schema.json');
  });
});
