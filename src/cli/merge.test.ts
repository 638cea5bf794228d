import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeBundles } from './merge';
import { runCli, tempDir, writeBundle, zipRecords } from '../../test/support/cli-bundles';
import { validateBundle } from './validate';

let dir: string;
let cleanup: () => void;
let db: DuckDBInstance;
let con: DuckDBConnection;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir('merge'));
  db = await DuckDBInstance.create(':memory:');
  con = await db.connect();
});
afterAll(() => {
  con.closeSync();
  db.closeSync();
  cleanup();
});

const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, any>[];
const table = (out: string, name: string) => `read_parquet('${out}/data/${name}/**/*.parquet', hive_partitioning=true)`;

describe('merge by participant and conversation', () => {
  it('keeps every participant\'s conversations when their conversation ids are equal', async () => {
    // Both bundles are made from the same synthetic conversations: same site, same conversation ids.
    const a = await writeBundle(join(dir, 'alice.zip'), { participantId: 'alice', studyId: 'pilot', prefix: 'same', conversations: [0, 6] });
    const b = await writeBundle(join(dir, 'bob.zip'), { participantId: 'bob', studyId: 'pilot', prefix: 'same', conversations: [0, 4] });
    const out = join(dir, 'collide');
    const m = await mergeBundles([a, b], out);
    expect(m.counts.conversations).toBe(10);
    expect(m.merge.sharedConversations).toBe(4);
    expect(m.merge.conversationsReplaced).toBe(0);
    expect(m.warnings.join('\n')).toMatch(/4 conversation ids appear under more than one participant/);
    const perParticipant = await rows(`SELECT participantId, count(*)::INT n FROM ${table(out, 'conversations')} GROUP BY 1 ORDER BY 1`);
    expect(perParticipant).toEqual([{ participantId: 'alice', n: 6 }, { participantId: 'bob', n: 4 }]);
    const sft = (await validateBundle(a)).manifest.counts.sft! + (await validateBundle(b)).manifest.counts.sft!;
    expect(m.counts.sft).toBe(sft);
    const events = await rows(`SELECT count(*)::INT n, count(DISTINCT (participantId, id))::INT d FROM ${table(out, 'events')}`);
    expect(events[0]!.n).toBe(events[0]!.d);
    expect(events[0]!.n).toBe(m.counts.events);
  });

  it('lets a later export of the same participant replace its conversations whole, when allowed', async () => {
    const first = await writeBundle(join(dir, 'dan-1.zip'), { participantId: 'dan', studyId: 'pilot', conversations: [0, 6], createdAt: '2026-11-25T00:00:00.000Z' });
    const second = await writeBundle(join(dir, 'dan-2.zip'), { participantId: 'dan', studyId: 'pilot', conversations: [2, 8], createdAt: '2026-11-27T00:00:00.000Z' });
    await expect(mergeBundles([first, second], join(dir, 'dan-refused'))).rejects.toThrow(/1 participant has more than one bundle \(e\.g\. dan: dan-2\.zip, dan-1\.zip\).*--allow-duplicate-participants/);

    const out = join(dir, 'dan');
    const m = await mergeBundles([first, second], out, { allowDuplicateParticipants: true });
    expect(m.counts.conversations).toBe(8); // 2..7 from the newer export, 0..1 only in the older one
    expect(m.merge.conversationsReplaced).toBe(4);
    expect(m.merge.conversationsKeptFromOlder).toBe(2);
    const older = m.participants.find((p) => p.bundle === 'dan-1.zip')!;
    expect(older).toMatchObject({ conversations: 2, replaced: 4 });
    expect(older.dropped['events.jsonl']).toBeGreaterThan(0);
    // Every kept record of a replaced conversation is the newer export's.
    const newer = zipRecords(second, 'events.jsonl').filter((e) => e.conversationId === 'dan-c3').map((e) => e.id).sort();
    const merged = await rows(`SELECT id FROM ${table(out, 'events')} WHERE conversationKey = 'chatgpt:dan-c3' ORDER BY id`);
    expect(merged.map((r) => r.id)).toEqual(newer);

    const strict = await mergeBundles([first, second], join(dir, 'dan-newest'), { allowDuplicateParticipants: true, newestExportOnly: true });
    expect(strict.counts.conversations).toBe(6);
    expect(strict.merge.conversationsNotInNewest).toBe(2);
  });

  it('replaces labels and samples with a relabelled bundle\'s, keeping no stale SFT sample', async () => {
    const original = await writeBundle(join(dir, 'eve.zip'), { participantId: 'eve', studyId: 'pilot', conversations: [0, 8] });
    const rules = join(dir, 'unsure.json');
    writeFileSync(rules, JSON.stringify({ combine: { unknownBelow: 0.99 } }));
    const relabelled = join(dir, 'eve-relabelled.zip');
    expect((await runCli('relabel', original, '--rules', rules, '--out', relabelled)).code).toBe(0);
    const before = (await validateBundle(original)).manifest;
    const after = (await validateBundle(relabelled)).manifest;
    expect(after.counts.sft).toBeLessThan(before.counts.sft!);

    const out = join(dir, 'eve');
    const m = await mergeBundles([relabelled, original], out, { allowDuplicateParticipants: true });
    expect(m.counts.sft).toBe(after.counts.sft);
    expect(m.counts.labels).toBe(after.counts.labels);
    expect(m.merge.conversationsReplaced).toBe(8);
    const versions = await rows(`SELECT DISTINCT rulesVersion FROM ${table(out, 'labels')}`);
    expect(versions.map((v) => v.rulesVersion)).toEqual([after.labelRulesVersion]);
    expect(readFileSync(join(out, 'trainers/openai-chat.jsonl'), 'utf8').split('\n').filter(Boolean).length).toBe(after.counts.sft);
  });

  it('refuses bundles of different studies unless allowed, then keeps them in their own study partitions', async () => {
    const a = await writeBundle(join(dir, 'st-a.zip'), { participantId: 'fred', studyId: 'pilot', conversations: [0, 3] });
    const b = await writeBundle(join(dir, 'st-b.zip'), { participantId: 'gina', studyId: 'main-2027', conversations: [0, 3] });
    await expect(mergeBundles([a, b], join(dir, 'st-refused'))).rejects.toThrow(/bundles of 2 studies .*--allow-mixed-studies/);
    const out = join(dir, 'st');
    await mergeBundles([a, b], out, { allowMixedStudies: true });
    expect(readdirSync(join(out, 'data', 'sft')).sort()).toEqual(['study=main-2027', 'study=pilot']);
    const byStudy = await rows(`SELECT study, count(DISTINCT participantId)::INT p FROM ${table(out, 'events')} GROUP BY 1 ORDER BY 1`);
    expect(byStudy).toEqual([{ study: 'main-2027', p: 1 }, { study: 'pilot', p: 1 }]);
  });

  it('writes Hive-partitioned Parquet with typed timestamps and nesting intact, and trainer files line for line', async () => {
    const a = await writeBundle(join(dir, 'h-a.zip'), { participantId: 'hana', studyId: 'pilot', conversations: [0, 6] });
    const b = await writeBundle(join(dir, 'h-b.zip'), { participantId: 'ivan', studyId: 'pilot', conversations: [0, 5], site: 'claude' });
    const out = join(dir, 'hive');
    const m = await mergeBundles([a, b], out);
    const files = m.files.map((f) => f.path).filter((p) => p.startsWith('data/sft/'));
    expect(files.sort()).toEqual(['data/sft/study=pilot/site=chatgpt/day=2026-11-20/part-0.parquet', 'data/sft/study=pilot/site=claude/day=2026-11-20/part-0.parquet']);
    const types = await rows(`SELECT column_name, column_type AS data_type FROM (DESCRIBE SELECT * FROM ${table(out, 'events')}) WHERE column_name IN ('ts', 'day', 'conversationKey')`);
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.data_type]))).toEqual({ ts: 'TIMESTAMP WITH TIME ZONE', day: 'DATE', conversationKey: 'VARCHAR' });
    const expected = new Map<string, any>();
    for (const [p, who] of [[a, 'hana'], [b, 'ivan']] as const) for (const s of zipRecords(p, 'sft.jsonl')) expected.set(`${who}|${s.id}`, s);
    const sft = await rows(`SELECT participantId, id, messages, meta FROM ${table(out, 'sft')} ORDER BY participantId, id`);
    expect(sft.map((r) => `${r.participantId}|${r.id}`)).toEqual([...expected.keys()].sort());
    // Every optional field is a column: a user turn's train / weight read back as null (and BIGINT as JSON text).
    const present = (m: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null).map(([k, v]) => [k, k === 'weight' ? Number(v) : v]));
    for (const r of sft) {
      const want = expected.get(`${r.participantId}|${r.id}`);
      expect(r.messages.map(present)).toEqual(want.messages);
      expect(r.messages.every((m: Record<string, unknown>) => 'train' in m && 'weight' in m)).toBe(true);
      expect(r.meta.evidence.length).toBe(want.meta.evidence.length);
    }
    // TRL's prompt/completion form of every merged SFT row: the context as prompt, the labelled answer alone as completion.
    const pc = await rows(`SELECT participantId, id, prompt, completion FROM ${table(out, 'sft-prompt-completion')} ORDER BY participantId, id`);
    expect(pc.map((r) => `${r.participantId}|${r.id}`)).toEqual(sft.map((r) => `${r.participantId}|${r.id.replace(/^sft:/, 'sftpc:')}`).sort());
    for (const r of pc) {
      const want = expected.get(`${r.participantId}|${r.id.replace(/^sftpc:/, 'sft:')}`);
      expect(r.completion).toEqual([{ role: 'assistant', content: want.messages.at(-1).content }]);
      const turns = want.messages.slice(0, -1) as { role: string; content: string }[];
      expect(r.prompt).toEqual(turns.map((m) => ({ role: m.role, content: m.content })));
    }
    expect(m.counts['sft-prompt-completion']).toBe(m.counts.sft);
    const openai = readFileSync(join(out, 'trainers/openai-chat.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(openai.length).toBe(m.counts.sft);
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    expect(card).toContain('- config_name: sft\n  data_files: "data/sft/**/*.parquet"\n- config_name: sft-prompt-completion\n');
    expect(card).toContain('- config_name: sft-prompt-completion\n  data_files: "data/sft-prompt-completion/**/*.parquet"\n  default: true');
    expect(card).toContain('  - name: "ts"\n    dtype: timestamp[us, tz=UTC]');
    const valid = await runCli('validate', out);
    expect(valid.code, valid.error).toBe(0);
    expect(valid.out).toMatch(/^valid: .*merged dataset of 2 participants/);
  });
});

describe('merge of inline completions', () => {
  const completionFiles = ['completion-labels', 'completion-fim', 'completion-prompt-completion', 'completion-preference'];

  it('carries every participant\'s completion labels and samples into their tables, with the acceptance over them', async () => {
    const a = await writeBundle(join(dir, 'cm-a.zip'), { participantId: 'jo', studyId: 'pilot', conversations: [0, 2], documents: [0, 2] });
    const b = await writeBundle(join(dir, 'cm-b.zip'), { participantId: 'kai', studyId: 'pilot', conversations: [0, 1], documents: [0, 1] });
    const out = join(dir, 'completions');
    const m = await mergeBundles([a, b], out);
    for (const file of completionFiles) {
      const expected = zipRecords(a, `${file}.jsonl`).length + zipRecords(b, `${file}.jsonl`).length;
      expect(expected, file).toBeGreaterThan(0);
      expect(m.counts[file], file).toBe(expected);
      const merged = await rows(`SELECT count(*)::INT n FROM ${table(out, file)}`);
      expect(merged[0]!.n, file).toBe(expected);
    }
    // Every FIM row keeps its participant, document and target (CN) as exported.
    const fim = await rows(`SELECT participantId, conversationKey, site, middle FROM ${table(out, 'completion-fim')} ORDER BY participantId, middle`);
    const fimOf = (path: string, who: string) =>
      zipRecords(path, 'completion-fim.jsonl').map((s) => ({ participantId: who, conversationKey: s.meta.conversationKey, site: s.meta.site, middle: s.middle }));
    const want = [...fimOf(a, 'jo'), ...fimOf(b, 'kai')].sort(
      (x, y) => x.participantId.localeCompare(y.participantId) || (x.middle < y.middle ? -1 : 1),
    );
    expect(fim).toEqual(want);
    expect(fim.some((r) => r.middle.startsWith('refined_final'))).toBe(true);
    expect(fim.some((r) => /escaped|typed_over|moved_away|refined_draft/.test(r.middle))).toBe(false);
    // The acceptance is the bundles' own, summed: accepted / shown, partly accepted apart.
    const own = async (path: string) => (await validateBundle(path)).manifest.stats!.completionAcceptance!.overall;
    const bundles = [await own(a), await own(b)];
    const overall = m.stats.completionAcceptance!.overall;
    expect(overall.shown).toBe(bundles[0]!.shown + bundles[1]!.shown);
    expect(overall.accepted).toBe(bundles[0]!.accepted + bundles[1]!.accepted);
    expect(overall.partial).toBe(bundles[0]!.partial + bundles[1]!.partial);
    expect(overall.rate).toBeCloseTo(overall.accepted / overall.shown);
    expect(m.counts.completions).toBe(overall.shown);
    const card = readFileSync(join(out, 'README.md'), 'utf8');
    expect(card).toContain('- config_name: completion-fim\n  data_files: "data/completion-fim/**/*.parquet"');
    expect(card).toContain('## Inline completion acceptance rate');
    expect(card).toContain(`of ${overall.shown} suggestions shown`);
    const valid = await runCli('validate', out);
    expect(valid.code, valid.error).toBe(0);
  });

  it('takes a document\'s completions from the newest export that has it, never twice', async () => {
    const lou = (file: string, documents: [number, number], createdAt: string) =>
      writeBundle(join(dir, file), { participantId: 'lou', conversations: [0, 1], documents, createdAt });
    const first = await lou('lou-1.zip', [0, 2], '2026-11-25T00:00:00.000Z');
    const second = await lou('lou-2.zip', [1, 3], '2026-11-27T00:00:00.000Z');
    const out = join(dir, 'lou');
    const m = await mergeBundles([first, second], out, { allowDuplicateParticipants: true });
    const perDocument = zipRecords(second, 'completion-labels.jsonl').length / 2;
    expect(m.stats.completionAcceptance!.overall.shown).toBe(3 * perDocument); // documents 0, 1, 2: document 1 once
    const labels = await rows(`SELECT conversationKey, count(*)::INT n FROM ${table(out, 'completion-labels')} GROUP BY 1 ORDER BY 1`);
    expect(labels.map((l) => [l.conversationKey, l.n])).toEqual([0, 1, 2].map((n) => [`vscode:lou-doc-${n}`, perDocument]));
    const older = m.participants.find((p) => p.bundle === 'lou-1.zip')!;
    expect(older.dropped['completion-labels.jsonl']).toBe(perDocument);
  });

  it('leaves a chat-only merge without completion configs or figures', async () => {
    const a = await writeBundle(join(dir, 'chat-only.zip'), { participantId: 'max', conversations: [0, 2] });
    const out = join(dir, 'chat-only');
    const m = await mergeBundles([a], out);
    expect(m.stats.completionAcceptance).toBeUndefined();
    expect(m.counts['completion-labels']).toBe(0);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).not.toMatch(/completion-labels|Inline completion/);
  });
});
