import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../events';
import { LABEL_RULES_VERSION } from '../labeller';
import { ajvValidator, committedSchema } from '../../../test/support/ajv-schemas';
import { exportToBytes, syntheticConversation } from '../../../test/support/synthetic-bundles';
import { syntheticCompletionDocument } from '../../../test/support/completion-events';

function read(zip: Uint8Array) {
  const files = unzipSync(zip);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const jsonl = (name: string) => text(name).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
  return { files, text, jsonl, manifest: JSON.parse(text('manifest.json')) };
}

const sessions = (n: number, prefix = 'p1', site = 'chatgpt') => Array.from({ length: n }, (_, i) => syntheticConversation(prefix, i, { site }));

describe('exportTrainingBundle', () => {
  it('writes every file, each line valid against the committed JSON Schema of its file, which the zip carries too', async () => {
    const editing = Array.from({ length: 2 }, (_, i) => syntheticCompletionDocument('p1', i));
    const b = read(await exportToBytes([...sessions(12), ...editing], { studyId: 'study-1', participantId: 'p-7' }));
    const names = [
      'events',
      'conversations',
      'labels',
      'sft',
      'sft-prompt-completion',
      'preference',
      'kto',
      'openai-chat',
      'sharegpt',
      'openai-preference',
      'llamafactory-preference',
      'llamafactory-kto',
      'completion-labels',
      'completion-fim',
      'completion-prompt-completion',
      'completion-preference',
    ];
    const schemaFiles = [...names, 'dataset_info', 'manifest'].map((n) => `schemas/${n}.schema.json`);
    expect(Object.keys(b.files).sort()).toEqual([...names.map((n) => `${n}.jsonl`), 'dataset_info.json', 'README.md', 'manifest.json', ...schemaFiles].sort());
    for (const name of names) {
      const schema = committedSchema(`${name}.jsonl`);
      expect(JSON.parse(b.text(`schemas/${name}.schema.json`)), name).toEqual(schema);
      const lines = b.jsonl(`${name}.jsonl`);
      expect(lines.length, name).toBeGreaterThan(0);
      const errors = ajvValidator(schema);
      for (const line of lines) expect(errors(line), name).toEqual([]);
    }
    expect(ajvValidator(committedSchema('manifest.json'))(b.manifest)).toEqual([]);
    expect(ajvValidator(committedSchema('dataset_info.json'))(JSON.parse(b.text('dataset_info.json')))).toEqual([]);
    expect(b.manifest).toMatchObject({ schemaVersion: 3, extensionVersion: '0.1.0', labelRulesVersion: LABEL_RULES_VERSION, studyId: 'study-1', participantId: 'p-7' });
    expect(b.manifest.redaction).toBeUndefined();
    for (const f of b.manifest.files) expect(f.records).toBe(f.name.endsWith('.jsonl') ? b.jsonl(f.name).length : b.text(f.name).split('\n').length - 1);
    expect(b.manifest.files.map((f: { name: string }) => f.name).sort()).toEqual(Object.keys(b.files).filter((n) => n !== 'manifest.json').sort());
  });

  it('renders preference pairs for OpenAI and LLaMA-Factory and KTO samples for LLaMA-Factory, line for line', async () => {
    const b = read(await exportToBytes(sessions(12)));
    const pairs = b.jsonl('preference.jsonl');
    const openai = b.jsonl('openai-preference.jsonl');
    const lf = b.jsonl('llamafactory-preference.jsonl');
    expect(pairs.length).toBeGreaterThan(0);
    expect(openai.length).toBe(pairs.length);
    expect(lf.length).toBe(pairs.length);
    pairs.forEach((p, i) => {
      expect(openai[i]).toEqual({ input: { messages: p.prompt }, preferred_output: p.chosen, non_preferred_output: p.rejected });
      expect(lf[i]!.chosen).toEqual({ from: 'gpt', value: p.chosen[0].content });
      expect(lf[i]!.rejected).toEqual({ from: 'gpt', value: p.rejected[0].content });
      expect(lf[i]!.conversations.at(-1).from).toBe('human');
    });
    const kto = b.jsonl('kto.jsonl');
    const lfKto = b.jsonl('llamafactory-kto.jsonl');
    expect(lfKto.map((k) => [k.kto_tag, k.conversations.at(-1)])).toEqual(kto.map((k) => [k.label, { from: 'gpt', value: k.completion[0].content }]));
    expect(JSON.parse(b.text('dataset_info.json'))).toEqual({
      echo_sft: { file_name: 'sharegpt.jsonl', formatting: 'sharegpt', columns: { messages: 'conversations' } },
      echo_preference: { file_name: 'llamafactory-preference.jsonl', formatting: 'sharegpt', ranking: true, columns: { messages: 'conversations', chosen: 'chosen', rejected: 'rejected' } },
      echo_kto: { file_name: 'llamafactory-kto.jsonl', formatting: 'sharegpt', columns: { messages: 'conversations', kto_tag: 'kto_tag' } },
    });
    // LLaMA-Factory alone still writes the ShareGPT file its SFT entry reads.
    const only = read(await exportToBytes(sessions(6), { formats: ['llamafactory'] }));
    expect(Object.keys(only.files).filter((f) => f.endsWith('.jsonl')).sort()).toEqual(['completion-labels', 'conversations', 'events', 'labels', 'llamafactory-kto', 'llamafactory-preference', 'sharegpt'].map((n) => `${n}.jsonl`));
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

  it('writes a dataset card with the Hub metadata, one config per non-empty file with its features, SFT the default', async () => {
    const b = read(await exportToBytes(sessions(6), { formats: ['sft', 'kto'] }));
    const front = b.text('README.md').split('\n---\n')[0]!;
    for (const field of ['pretty_name: "Echo Capture dataset"', 'license: other', 'license_name: ', 'language:\n- mul', 'task_categories:\n- text-generation', 'size_categories:\n- n<1K', 'tags:\n- echo-capture']) {
      expect(front).toContain(field);
    }
    expect(front).toContain('- config_name: sft\n  data_files: "sft.jsonl"\n  default: true\n- config_name: kto\n  data_files: "kto.jsonl"');
    expect(front).toContain('- config_name: events\n  data_files: "events.jsonl"\n');
    expect(front).not.toContain('config_name: preference');
    // With every format, the default is the SFT samples in the prompt/completion form TRL trains completion-only.
    const all = read(await exportToBytes(sessions(6))).text('README.md').split('\n---\n')[0]!;
    expect(all).toContain('- config_name: sft\n  data_files: "sft.jsonl"\n- config_name: sft-prompt-completion\n  data_files: "sft-prompt-completion.jsonl"\n  default: true\n');
    expect(all.match(/default: true/g)).toHaveLength(1);
    expect(Object.keys(b.files)).not.toContain('preference.jsonl');
    // The card names the formats written, so a reader of a bundle without the renderings knows they were not chosen.
    expect(b.text('README.md')).toContain('- **Sample formats:** sft, kto\n');
    expect(Object.keys(b.files).filter((f) => /openai|sharegpt|llamafactory/.test(f))).toEqual([]);
    // Optional fields are declared, so files that leave them out still load with the same columns.
    const sftFeatures = front.slice(front.indexOf('- config_name: sft\n  features:'));
    expect(sftFeatures).toContain('    - name: "model"\n      dtype: string');
  });

  it('gives custom label rules their own version, in the manifest, the labels and the samples', async () => {
    const b = read(await exportToBytes(sessions(6), { rules: { combine: { unknownBelow: 0.9 } } }));
    const version = b.manifest.labelRulesVersion as string;
    expect(version).toMatch(new RegExp(`^${LABEL_RULES_VERSION.replace(/[./]/g, '\\$&')}\\+custom\\.[0-9a-f]{12}$`));
    for (const l of b.jsonl('labels.jsonl')) expect(l.rulesVersion).toBe(version);
    for (const s of b.jsonl('kto.jsonl')) expect(s.meta.rulesVersion).toBe(version);
    const same = read(await exportToBytes(sessions(6), { rules: { combine: { unknownBelow: 0.9 } } }));
    expect(same.manifest.labelRulesVersion).toBe(version);
    const other = read(await exportToBytes(sessions(6), { rules: { combine: { unknownBelow: 0.8 } } }));
    expect(other.manifest.labelRulesVersion).not.toBe(version);
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
    expect(b.manifest.redaction).toMatchObject({ level: 'standard', rulesVersion: expect.any(String) });
    expect(b.manifest.redaction.rules.length).toBeGreaterThan(0);
    expect(ajvValidator(committedSchema('manifest.json'))(b.manifest)).toEqual([]);
  });

  it('rejects bad options by name', async () => {
    await expect(exportToBytes(sessions(1), { minConfidence: 2 })).rejects.toThrow('options.minConfidence');
    await expect(exportToBytes(sessions(1), { formats: ['csv'] })).rejects.toThrow('options.formats[0]');
  });
});
