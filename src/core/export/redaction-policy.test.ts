// The UI's redaction promise against the export's behaviour: each level's kinds are the kinds of the rules the
// engine runs at that level, a personal export with the default options replaces one value of every promised kind
// in every file, turned off it replaces none, and the README says what the pages say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../events';
import { rulesFor } from '../redaction/rules';
import { REDACTION_LEVELS } from '../redaction/types';
import { makeEvent, resetTestClock } from '../../../test/support/make-event';
import { everyStandardKind, holds } from '../../../test/support/redaction-samples';
import { exportToBytes } from '../../../test/support/synthetic-bundles';
import { manifestSchema } from './file-schemas';
import {
  DEFAULT_REDACTION_LEVEL,
  EXAMPLE_TOKEN,
  exportRedaction,
  LEVEL_KINDS,
  levelKindsText,
  REDACTION_PROMISE,
} from './redaction-policy';

function conversation(text: string): CaptureEvent[] {
  resetTestClock();
  return [
    makeEvent('prompt', { messageId: 'u1', text }),
    makeEvent('response', {
      messageId: 'a1',
      parentId: 'u1',
      text: `You wrote:\n${text}`,
      codeBlocks: [{ code: text }],
      model: 'gpt-4o',
      complete: 'finished',
    }),
    makeEvent('copy', { messageId: 'a1', via: 'button', text: `You wrote:\n${text}`, start: 0, end: text.length + 10, share: 1 }),
    makeEvent('feedback', { messageId: 'a1', rating: 'up' }),
  ];
}

async function exported(options: unknown) {
  const { text, values } = everyStandardKind();
  const files = unzipSync(await exportToBytes([conversation(text)], options));
  const all = Object.values(files).map((f) => new TextDecoder().decode(f)).join('\n');
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, unknown>;
  return { all, values, manifest, card: new TextDecoder().decode(files['README.md']) };
}

describe('what the pages promise about redaction', () => {
  it.each(REDACTION_LEVELS)('names exactly the kinds the engine redacts at the %s level', (level) => {
    expect(new Set(LEVEL_KINDS[level])).toEqual(new Set(rulesFor(level).map((r) => r.kind)));
  });

  it('describes the default level by every personal kind it holds, and secrets', () => {
    const text = levelKindsText(DEFAULT_REDACTION_LEVEL);
    const personal = ['e-mail addresses', 'phone numbers', 'payment card numbers', 'IBANs'];
    const words = [...personal, 'API keys', 'private keys', 'access tokens', 'passwords'];
    for (const w of words) expect(text).toContain(w);
    expect(text).not.toContain('postal');
    expect(levelKindsText('strict')).toContain('postal addresses');
  });

  it('a personal export with the default options replaces a value of every promised kind, in every file', async () => {
    const { all, values, manifest, card } = await exported({ redaction: exportRedaction({}) });
    expect(new Set(values.map((v) => v.kind))).toEqual(new Set(LEVEL_KINDS[DEFAULT_REDACTION_LEVEL]));
    for (const { value } of values) expect(holds(all, value), value).toBe(false);
    expect(all).toContain(EXAMPLE_TOKEN);
    expect(manifest.redaction).toMatchObject({ level: 'standard', chosenBy: 'default' });
    expect(typeof (manifest.redaction as { rulesVersion: unknown }).rulesVersion).toBe('string');
    expect(card).toContain(`standard (rules version`);
    expect(card).toContain(levelKindsText('standard'));
    expect(() => manifestSchema.parse(manifest)).not.toThrow();
  });

  it('turned off by the person, the export holds every value and its manifest and card say who turned it off', async () => {
    const { all, values, manifest, card } = await exported({ redaction: exportRedaction({}, false) });
    for (const { value } of values) expect(holds(all, value), value).toBe(true);
    expect(manifest.redaction).toMatchObject({ level: 'off', rules: [], chosenBy: 'person' });
    expect(card).toContain('off (chosen by the person who exported)');
    expect(() => manifestSchema.parse(manifest)).not.toThrow();
  });

  it('the README makes the same promise as the onboarding and options pages', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    // Markdown needs the placeholder in backticks; otherwise word for word.
    const flat = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ');
    const says = flat(readme).includes(flat(REDACTION_PROMISE));
    expect(says, `README.md lacks the promise:\n${REDACTION_PROMISE}`).toBe(true);
  });
});

describe('exportRedaction', () => {
  const study = { redaction: { level: 'secrets' as const, disabledRules: ['jwt'] } };

  it('is the standard level by default, and the person can choose another level or none', () => {
    expect(exportRedaction({})).toEqual({ level: 'standard', chosenBy: 'default' });
    expect(exportRedaction({ exportRedaction: 'strict' })).toEqual({ level: 'strict', chosenBy: 'person' });
    expect(exportRedaction({ exportRedaction: 'off' })).toEqual({ level: 'off', chosenBy: 'person' });
  });

  it('the popup switch turns it off for one export, or on at the default level when Options has it off', () => {
    expect(exportRedaction({}, false)).toEqual({ level: 'off', chosenBy: 'person' });
    expect(exportRedaction({ exportRedaction: 'strict' }, true)).toEqual({ level: 'strict', chosenBy: 'person' });
    expect(exportRedaction({ exportRedaction: 'off' }, true)).toEqual({ level: 'standard', chosenBy: 'person' });
  });

  it("inside a study the study's level applies, whatever the switch or Options say", () => {
    for (const switched of [undefined, true, false]) {
      const got = exportRedaction({ study, exportRedaction: 'off' }, switched);
      expect(got).toEqual({ level: 'secrets', disabledRules: ['jwt'], chosenBy: 'study' });
    }
  });
});
