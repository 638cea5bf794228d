import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../events';
import { LABEL_RULES_VERSION } from '../labeller';
import { jsonSchemaErrors } from './json-schema-check';
import { exportToBytes, syntheticConversation } from '../../../test/support/synthetic-bundles';

const SCHEMAS = join(import.meta.dirname, '../../../schemas');

function read(zip: Uint8Array) {
  const files = unzipSync(zip);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const jsonl = (name: string) => text(name).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
  return { files, text, jsonl, manifest: JSON.parse(text('manifest.json')) };
}

const sessions = (n: number, prefix = 'p1', site = 'chatgpt') => Array.from({ length: n }, (_, i) => syntheticConversation(prefix, i, { site }));

describe('exportTrainingBundle', () => {
  it('writes every file, each line valid against the committed JSON Schema of its file', async () => {
    const b = read(await exportToBytes(sessions(12), { studyId: 'study-1', participantId: 'p-7' }));
    const names = ['events', 'conversations', 'labels', 'sft', 'sft-prompt-completion', 'preference', 'kto', 'openai-chat', 'sharegpt'];
    expect(Object.keys(b.files).sort()).toEqual([...names.map((n) => `${n}.jsonl`), 'README.md', 'manifest.json'].sort());
    for (const name of names) {
      const schema = JSON.parse(readFileSync(join(SCHEMAS, `${name}.schema.json`), 'utf8'));
      const lines = b.jsonl(`${name}.jsonl`);
      expect(lines.length, name).toBeGreaterThan(0);
      for (const line of lines) expect(jsonSchemaErrors(schema, line), name).toEqual([]);
    }
    expect(jsonSchemaErrors(JSON.parse(readFileSync(join(SCHEMAS, 'manifest.schema.json'), 'utf8')), b.manifest)).toEqual([]);
    expect(b.manifest).toMatchObject({ extensionVersion: '0.1.0', labelRulesVersion: LABEL_RULES_VERSION, studyId: 'study-1', participantId: 'p-7' });
    expect(b.manifest.redaction).toBeUndefined();
    for (const f of b.manifest.files) expect(f.records).toBe(f.name.endsWith('.jsonl') ? b.jsonl(f.name).length : b.text(f.name).split('\n').length - 1);
  });

  it('computes per-model acceptance by day from the labels', async () => {
    const convs = [...sessions(8), ...Array.from({ length: 4 }, (_, i) => syntheticConversation('q', i, { model: 'claude', start: '2026-11-21T09:00:00.000Z' }))];
    const b = read(await exportToBytes(convs));
    const labels = b.jsonl('labels.jsonl');
    const acc = b.manifest.stats.acceptance;
    const labelled = labels.filter((l) => l.label !== 'unknown');
    expect(acc.overall.labelled).toBe(labelled.length);
    expect(acc.overall.accepted).toBe(labels.filter((l) => l.label === 'accepted').length);
    expect(acc.overall.rate).toBeCloseTo(acc.overall.accepted / acc.overall.labelled);
    expect(Object.keys(acc.byModel)).toEqual(['claude', 'gpt-4o']);
    expect(acc.byDay.map((d: { day: string; model: string }) => `${d.day} ${d.model}`)).toEqual(['2026-11-20 gpt-4o', '2026-11-21 claude']);
    expect(acc.byModel.claude.answers).toBe(labels.filter((l) => l.model === 'claude').length);
  });

  it('declares one Hugging Face config per non-empty sample file in the dataset card', async () => {
    const b = read(await exportToBytes(sessions(6), { formats: ['sft', 'kto'] }));
    const card = b.text('README.md');
    const front = card.split('---')[1]!;
    expect(front).toContain('configs:\n- config_name: sft\n  data_files: "sft.jsonl"\n- config_name: kto\n  data_files: "kto.jsonl"');
    expect(front).not.toContain('config_name: preference');
    expect(Object.keys(b.files)).not.toContain('preference.jsonl');
  });

  it('never makes a regenerated-away answer an SFT target', async () => {
    const b = read(await exportToBytes(sessions(8)));
    const vetoed = b.jsonl('labels.jsonl').filter((l) => l.vetoed).map((l) => `${l.conversationKey}:${l.messageId}`);
    expect(vetoed.length).toBeGreaterThan(0);
    const targets = b.jsonl('sft.jsonl').map((s) => `${s.meta.conversationKey}:${s.meta.messageIds[0]}`);
    for (const v of vetoed) expect(targets).not.toContain(v);
  });

  it('filters by site, date range, labels and minimum confidence', async () => {
    const convs = [...sessions(8, 'a', 'chatgpt'), ...sessions(4, 'b', 'claude')];
    const bySite = read(await exportToBytes(convs, { sites: ['claude'] }));
    expect(new Set(bySite.jsonl('events.jsonl').map((e) => e.site))).toEqual(new Set(['claude']));
    expect(bySite.manifest.filters).toEqual({ sites: ['claude'] });

    const all = read(await exportToBytes(convs)).jsonl('labels.jsonl');
    const from = '2026-11-20T09:03:00.000Z';
    const ranged = read(await exportToBytes(convs, { from }));
    expect(ranged.jsonl('labels.jsonl').length).toBe(all.filter((l) => l.answeredAt >= from).length);
    for (const s of ranged.jsonl('sft.jsonl')) expect(s.meta.conversationKey).not.toMatch(/-c[012]$/);

    const rejectedOnly = read(await exportToBytes(convs, { labels: ['rejected'], minConfidence: 0.8 }));
    const labels = rejectedOnly.jsonl('labels.jsonl');
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.label === 'rejected' && l.confidence >= 0.8).toBe(true);
    expect(rejectedOnly.jsonl('sft.jsonl')).toEqual([]);
    for (const k of rejectedOnly.jsonl('kto.jsonl')) expect(k.label).toBe(false);
  });

  it('redacts before labelling and records the redaction in the manifest', async () => {
    const convs = sessions(4);
    const first = convs[0]![0] as Extract<CaptureEvent, { kind: 'prompt' }>;
    first.text += ' Mail me at jane.doe@northwind-mail.com';
    const b = read(await exportToBytes(convs, { redaction: { level: 'standard' } }));
    expect(b.text('events.jsonl')).not.toContain('jane.doe@northwind-mail.com');
    expect(b.text('sft.jsonl')).toContain('<EMAIL_1>');
    expect(b.manifest.redaction).toMatchObject({ level: 'standard' });
    expect(b.manifest.redaction.rules.length).toBeGreaterThan(0);
  });

  it('rejects bad options by name', async () => {
    await expect(exportToBytes(sessions(1), { minConfidence: 2 })).rejects.toThrow('options.minConfidence');
    await expect(exportToBytes(sessions(1), { formats: ['csv'] })).rejects.toThrow('options.formats[0]');
  });
});
