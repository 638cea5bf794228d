// The inline-completion part of a real export: labels and samples in their files, valid against the committed
// schemas, and the paper's acceptance rate (accepted / shown, partly accepted apart) per site, language and day
// in the manifest and the dataset card, with its definition.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { syntheticCompletionDocument } from '../../../test/support/completion-events';
import { ajvValidator, committedSchema } from '../../../test/support/ajv-schemas';
import { resetTestClock } from '../../../test/support/make-event';
import { exportToBytes, syntheticConversation } from '../../../test/support/synthetic-bundles';
import type { CaptureEvent } from '../events';
import { CompletionAcceptanceTally } from './completion-acceptance';
import type { CompletionLabelRecord } from './completion-export';
import type { Manifest } from './file-schemas';
import type { CompletionFimSample } from '../samples/completion-schemas';


function read(zip: Uint8Array) {
  const files = unzipSync(zip);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const jsonl = <T = unknown>(name: string): T[] =>
    files[name] ? text(name).split('\n').filter(Boolean).map((l) => JSON.parse(l) as T) : [];
  const manifest = JSON.parse(text('manifest.json')) as Manifest;
  const completionStats = () => manifest.stats!.completionAcceptance!;
  return { files, text, jsonl, manifest, completionStats };
}

/** A document in TypeScript on a later day: the same nine episodes, another language. */
function typescriptDocument(): CaptureEvent[] {
  resetTestClock('2026-11-27T08:00:00.000Z');
  return syntheticCompletionDocument('ts', 0).map((e) => (e.kind === 'completion_shown' ? { ...e, language: 'typescript' } : e));
}

describe('completion export', () => {
  it('writes a label per suggestion and samples valid against the committed schemas', async () => {
    resetTestClock();
    const b = read(await exportToBytes([syntheticCompletionDocument('a', 0), syntheticConversation('chat', 0)]));
    for (const file of ['completion-labels', 'completion-fim', 'completion-prompt-completion', 'completion-preference']) {
      const errors = ajvValidator(committedSchema(`${file}.jsonl`));
      const lines = b.jsonl(`${file}.jsonl`);
      expect(lines.length, file).toBeGreaterThan(0);
      for (const line of lines) expect(errors(line), file).toEqual([]);
    }
    const labels = b.jsonl<CompletionLabelRecord>('completion-labels.jsonl');
    expect(labels.map((l) => `${l.suggestionId}:${l.label}:${l.acceptance}`).sort()).toEqual([
      'escaped:rejected:none',
      'first:rejected:none',
      'kept:accepted:full',
      'moved:rejected:none',
      'partial:partial:partial',
      'refined:refined:full',
      'second:accepted:full',
      'typed:rejected:none',
      'undone:rejected:full',
    ]);
    expect(b.manifest.counts).toMatchObject({ completions: 9, 'completion-labels': 9, 'completion-fim': 4 });
    expect(ajvValidator(committedSchema('manifest.json'))(b.manifest)).toEqual([]);
  });

  it('reports accepted / shown with partly accepted apart, per site, language and day, with the definition', async () => {
    resetTestClock();
    const b = read(await exportToBytes([syntheticCompletionDocument('a', 0), typescriptDocument(), syntheticConversation('chat', 0)]));
    const stats = b.completionStats();
    // Per document: 9 shown, 4 accepted whole (kept, refined, the replacement, undone), 1 partly, 4 dismissed.
    expect(stats.overall).toMatchObject({ shown: 18, accepted: 8, partial: 2, dismissed: 8, kept: 6, refined: 2, undone: 2 });
    expect(stats.overall.rate).toBeCloseTo(8 / 18);
    expect(stats.overall.partialRate).toBeCloseTo(2 / 18);
    expect(Object.keys(stats.byLanguage)).toEqual(['python', 'typescript']);
    expect(stats.byLanguage.typescript).toMatchObject({ shown: 9, accepted: 4 });
    expect(Object.keys(stats.bySite)).toEqual(['vscode']);
    expect(stats.byDay.map((d) => `${d.day} ${d.site} ${d.language} ${d.shown}`)).toEqual([
      '2026-11-25 vscode python 9',
      '2026-11-27 vscode typescript 9',
    ]);
    expect(stats.definition).toMatch(/accepted whole \/ suggestions shown/);
    // Chat answers keep their own acceptance, untouched by suggestions.
    expect(b.manifest.stats!.acceptance.overall.answers).toBeGreaterThan(0);
    // Day rows sum back to the same figures (what a merge of bundles does).
    expect(CompletionAcceptanceTally.fromDays(stats.byDay)).toEqual(stats);
    const card = b.text('README.md');
    expect(card).toContain('## Inline completion acceptance rate');
    expect(card).toContain('Completions: accepted 44% of 18 suggestions shown (accepted / shown), partly 11%');
    expect(card).toMatch(/\| language typescript \| 9 \| 4 \| 1 \| 4 \|/);
  });

  it('a chat-only export has an empty completion-labels file and no completion statistics', async () => {
    const b = read(await exportToBytes([syntheticConversation('chat', 0)]));
    expect(b.jsonl('completion-labels.jsonl')).toEqual([]);
    expect(b.manifest.stats!.completionAcceptance).toBeUndefined();
    expect(b.text('README.md')).not.toContain('Inline completion acceptance');
  });

  it("follows the export's filters: formats, labels and minimum confidence", async () => {
    resetTestClock();
    const doc = syntheticCompletionDocument('a', 0);
    const noSamples = read(await exportToBytes([doc], { formats: ['sft'] }));
    expect(Object.keys(noSamples.files).filter((f) => f.startsWith('completion-'))).toEqual(['completion-labels.jsonl']);
    const refinedOnly = read(await exportToBytes([doc], { labels: ['refined'] }));
    expect(refinedOnly.jsonl<CompletionLabelRecord>('completion-labels.jsonl').map((l) => l.label)).toEqual(['refined']);
    expect(refinedOnly.jsonl<CompletionFimSample>('completion-fim.jsonl').map((s) => s.meta.label)).toEqual(['refined']);
    // Statistics count every suggestion shown, whatever the filters keep.
    expect(refinedOnly.completionStats().overall.shown).toBe(9);
    const strict = read(await exportToBytes([doc], { minConfidence: 0.8 }));
    const kept = strict.jsonl<CompletionFimSample>('completion-fim.jsonl').map((s) => s.meta.suggestionId);
    expect(kept.sort()).toEqual(['kept', 'refined', 'second']);
  });
});
