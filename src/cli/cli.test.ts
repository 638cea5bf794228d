import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToBytes, syntheticConversation } from '../../test/support/synthetic-bundles';
import { run } from './main';
import { mergeBundles } from './merge';
import { validateBundle } from './validate';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'echo-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(name: string, participantId: string, n: number, site = 'chatgpt', start = 0): Promise<string> {
  const convs = Array.from({ length: n }, (_, i) => syntheticConversation(participantId, start + i, { site }));
  const path = join(dir, name);
  writeFileSync(path, await exportToBytes(convs, { participantId, studyId: 'pilot' }));
  return path;
}

async function runCli(...argv: string[]): Promise<{ code: number; out: string; error?: string }> {
  const lines: string[] = [];
  try {
    return { code: await run(argv, (s) => void lines.push(s)), out: lines.join('\n') };
  } catch (e) {
    return { code: 1, out: lines.join('\n'), error: (e as Error).message };
  }
}

/** Rewrites one file inside a bundle zip, keeping the manifest as it was (so checksums no longer match). */
function tamper(path: string, out: string, file: string, change: (text: string) => string): string {
  const files = unzipSync(readFileSync(path));
  files[file] = strToU8(change(strFromU8(files[file]!)));
  writeFileSync(out, zipSync(files));
  return out;
}

describe('echo-dataset --help', () => {
  it('prints the usage and exits 0; no command is a usage error', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/echo-dataset validate <bundle.zip>/);
    expect((await runCli()).code).toBe(1);
  });
});

describe('echo-dataset validate', () => {
  it('accepts a real export and reports every file', async () => {
    const path = await bundle('ok.zip', 'p1', 6);
    const { code, out } = await runCli('validate', path);
    expect(code).toBe(0);
    expect(out).toMatch(/valid: .*ok\.zip/);
    expect(out).toMatch(/sft\.jsonl\t\d+ records/);
  });

  it('names the file and line of a record that breaks its schema', async () => {
    const path = await bundle('src.zip', 'p1', 4);
    const bad = tamper(path, join(dir, 'bad-schema.zip'), 'sft.jsonl', (t) => {
      const lines = t.split('\n');
      lines[1] = lines[1]!.replace('"confidence":', '"confidence":7,"x":');
      return lines.join('\n');
    });
    await expect(validateBundle(bad)).rejects.toThrow(/bad-schema\.zip: sft\.jsonl line 2: schema: meta\.confidence: number above 1/);
  });

  it('names a file whose bytes do not match the manifest checksum', async () => {
    const path = await bundle('src2.zip', 'p1', 4);
    const bad = tamper(path, join(dir, 'bad-sum.zip'), 'events.jsonl', (t) => t.replace('How do I', 'How do U'));
    await expect(validateBundle(bad)).rejects.toThrow(/bad-sum\.zip: events\.jsonl: sha256 .* does not match manifest\.json/);
    const bad2 = tamper(path, join(dir, 'bad-json.zip'), 'labels.jsonl', (t) => t.replace(/\n$/, '\n{oops\n'));
    await expect(validateBundle(bad2)).rejects.toThrow(/labels\.jsonl line \d+: not JSON/);
  });

  it('rejects a truncated or corrupt zip with a clear error and exit code 1', async () => {
    const path = await bundle('whole.zip', 'p1', 4);
    const bytes = readFileSync(path);
    const truncated = join(dir, 'truncated.zip');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = await runCli('validate', truncated);
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/truncated\.zip: truncated or not a zip: no end-of-central-directory record/);

    const flipped = Buffer.from(bytes);
    for (let i = 200; i < 260; i++) flipped[i] = flipped[i]! ^ 0xff; // inside events.jsonl's compressed data
    const corrupt = join(dir, 'corrupt.zip');
    writeFileSync(corrupt, flipped);
    await expect(validateBundle(corrupt)).rejects.toThrow(/corrupt\.zip: events\.jsonl: (corrupt compressed data|CRC mismatch|size mismatch)/);
  });
});

describe('echo-dataset relabel', () => {
  it('rebuilds labels and samples from the raw events with a rules file, without touching the original', async () => {
    const path = await bundle('relabel-in.zip', 'p9', 8);
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ combine: { unknownBelow: 0.99 } }));
    const out = join(dir, 'relabelled.zip');
    const r = await runCli('relabel', path, '--rules', rules, '--out', out);
    expect(r.code, r.error).toBe(0);
    const before = await validateBundle(path);
    const after = await validateBundle(out);
    expect(after.manifest.participantId).toBe('p9');
    expect(after.manifest.counts.events).toBe(before.manifest.counts.events);
    expect(after.manifest.relabelledFrom).toMatchObject({ createdAt: before.manifest.createdAt, rulesFile: rules });
    expect(after.manifest.stats!.acceptance.overall.labelled).toBeLessThan(before.manifest.stats!.acceptance.overall.labelled);

    writeFileSync(rules, JSON.stringify({ combine: { unknownBelo: 0.8 } }));
    const bad = await runCli('relabel', path, '--rules', rules, '--out', join(dir, 'never.zip'));
    expect(bad.error).toMatch(/rules\.combine\.unknownBelo: unknown rule setting/);
    expect(existsSync(join(dir, 'never.zip'))).toBe(false);
  });
});

describe('echo-dataset merge', () => {
  it('merges participants into JSONL and Parquet partitioned by site, deduplicated, readable by DuckDB with nesting intact', async () => {
    const a = await bundle('a.zip', 'alice', 6, 'chatgpt');
    const b = await bundle('b.zip', 'bob', 5, 'claude');
    const a2 = await bundle('a-again.zip', 'alice', 8, 'chatgpt'); // overlaps a.zip: conversations 0..5 again
    const out = join(dir, 'merged');
    const manifest = await mergeBundles([a, b, a2], out);
    expect(manifest.counts.participants).toBe(2);
    expect(manifest.duplicatesDropped.events).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'parquet', 'sft')).sort()).toEqual(['site=chatgpt', 'site=claude']);
    expect(readdirSync(join(out, 'jsonl', 'sft')).sort()).toEqual(['site=chatgpt', 'site=claude']);

    // Every distinct sample of the inputs, once.
    const expected = new Map<string, unknown>();
    for (const p of [a, b, a2]) {
      await validateBundle(p, (file, record) => {
        if (file === 'sft.jsonl') expected.set((record as { id: string }).id, record);
      });
    }
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      const parquet = (await con.runAndReadAll(`SELECT * FROM read_parquet('${out}/parquet/sft/*/*.parquet') ORDER BY id`)).getRowObjectsJson() as Record<string, any>[];
      const jsonl = (await con.runAndReadAll(`SELECT * FROM read_json_auto('${out}/jsonl/sft/*/*.jsonl') ORDER BY id`)).getRowObjectsJson() as Record<string, any>[];
      expect(parquet.map((r) => r.id)).toEqual([...expected.keys()].sort());
      expect(jsonl.map((r) => r.id)).toEqual([...expected.keys()].sort());
      for (const rows of [parquet, jsonl]) {
        for (const row of rows) {
          const want = expected.get(row.id) as { messages: { role: string; content: string }[]; meta: { site: string; evidence: unknown[] } };
          // DuckDB gives absent struct fields as null and BIGINT as a string in JSON: compare the values.
          const norm = (ms: Record<string, unknown>[]) =>
            ms.map((m) => ({ role: m.role, content: m.content, ...(m.train != null ? { train: m.train } : {}), ...(m.weight != null ? { weight: Number(m.weight) } : {}) }));
          expect(norm(row.messages)).toEqual(norm(want.messages));
          expect(row.meta.site).toBe(want.meta.site);
          expect(row.meta.evidence.length).toBe(want.meta.evidence.length);
          expect(row.participantId).toBe(want.meta.site === 'claude' ? 'bob' : 'alice');
        }
      }
      const events = await con.runAndReadAll(`SELECT count(*) n, count(DISTINCT id) d FROM read_parquet('${out}/parquet/events/*/*.parquet')`);
      const [n, d] = events.getRows()[0]!;
      expect(Number(n)).toBe(Number(d));
      expect(Number(n)).toBe(manifest.counts.events);
      const openai = await con.runAndReadAll(`SELECT messages FROM read_parquet('${out}/parquet/openai-chat/*/*.parquet') LIMIT 1`);
      expect(openai.getRowObjectsJson()[0]!.messages).toBeInstanceOf(Array);
    } finally {
      con.closeSync();
      db.closeSync();
    }
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    expect(card).toContain('- config_name: sft\n  data_files: "parquet/sft/*/*.parquet"');
  });

  it('changes nothing when one bundle is corrupt', async () => {
    const a = await bundle('c1.zip', 'carol', 3);
    const out = join(dir, 'merged-keep');
    await mergeBundles([a], out);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const bytes = readFileSync(a);
    const truncated = join(dir, 'c2-truncated.zip');
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 40));
    const r = await runCli('merge', a, truncated, '--out', out, '--quiet');
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/c2-truncated\.zip/);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('echo-dataset stats', () => {
  it('sums counts and acceptance over bundles', async () => {
    const a = await bundle('s1.zip', 'sam', 4);
    const b = await bundle('s2.zip', 'sue', 4);
    const { code, out } = await runCli('stats', a, b);
    expect(code).toBe(0);
    expect(out).toMatch(/s1\.zip\tsam\t4\t/);
    expect(out).toMatch(/total: conversations 8/);
    expect(out).toMatch(/Accepted \d+% of \d+ labelled answers \(gpt-4o \d+%\)/);
  });
});
