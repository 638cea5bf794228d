import { describe, expect, it } from 'vitest';
import { Session } from '../../../test/scenarios/session';
import { labelEvents } from '../labeller';
import { buildSamples, openAiChatSampleSchema, preferenceSampleSchema, sampleJsonSchemas, sftPromptCompletionSampleSchema, sftSampleSchema, shareGptSampleSchema, unpairedSampleSchema } from '.';

/** p1 a1 (continued), p2 a2 regenerated into a3, user goes back to a2 and continues: p3 a4 (copied). */
function branchedSession() {
  const s = new Session('branched');
  s.user('Flask app: add a /health endpoint?', { id: 'p1' });
  s.answer('Use @app.get("/health").', { id: 'a1' });
  s.wait(20).user('Check the database too?', { id: 'p2' });
  s.answer('Run SELECT 1 in the handler.', { id: 'a2' });
  s.regenerate('Use flask-healthz.', { id: 'a3' });
  s.switchTo('a2');
  s.wait(30).user('Return 503 when it fails?', { id: 'p3' });
  s.answer('Wrap it in try/except and return 503.', { id: 'a4' });
  s.copy('a4');
  return s.events;
}

function pasteBackSession() {
  const s = new Session('paste');
  s.user('Debounce in JS?', { id: 'p1' });
  s.answer('Here:\n```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(args), ms);\n  };\n}\n```', { id: 'a1' });
  const c = s.copy('a1', { codeBlock: 0 });
  s.pasteBack('function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n', { answer: 'a1', copy: c });
  s.user('Fixed it myself: setTimeout(() => fn(...args), ms);', { id: 'p2' });
  return s.events;
}

const samplesOf = (events: ReturnType<typeof branchedSession>, options = {}) => buildSamples(events, labelEvents(events), options);

describe('sample builders', () => {
  it('builds SFT context along the branch actually taken, not every variant', () => {
    const { sft } = samplesOf(branchedSession());
    const a4 = sft.find((x) => x.meta.messageIds[0] === 'a4')!;
    expect(a4.messages.map((m) => m.content)).toEqual([
      'Flask app: add a /health endpoint?',
      'Use @app.get("/health").',
      'Check the database too?',
      'Run SELECT 1 in the handler.',
      'Return 503 when it fails?',
      'Wrap it in try/except and return 503.',
    ]);
    expect(sft.some((x) => x.messages.some((m) => m.content === 'Use flask-healthz.'))).toBe(false);
  });

  it('pairs the kept variant against the regenerated-away one, in the shared context', () => {
    const { preference } = samplesOf(branchedSession());
    const pair = preference.find((p) => p.meta.pairKind === 'kept_vs_passed_over')!;
    expect(pair.chosen[0]!.content).toBe('Run SELECT 1 in the handler.');
    expect(pair.rejected[0]!.content).toBe('Use flask-healthz.');
    expect(pair.prompt.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
  });

  it('turns a paste-back with edits into a refined SFT sample whose target is the edited code', () => {
    const { sft, preference, kto } = samplesOf(pasteBackSession());
    const target = sft.find((x) => x.meta.messageIds[0] === 'a1')!.messages.at(-1)!;
    expect(target).toEqual({ role: 'assistant', train: true, weight: 1, content: 'Here:\n```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n```' });
    const pair = preference.find((p) => p.meta.pairKind === 'refined_vs_original')!;
    expect(pair.chosen[0]!.content).toContain('fn(...args)');
    expect(pair.rejected[0]!.content).toContain('fn(args)');
    expect(kto.map((k) => [k.completion[0]!.content.includes('fn(...args)'), k.label])).toEqual(
      expect.arrayContaining([[true, true], [false, false]]),
    );
  });

  it('carries site, model, signals, evidence, confidence and rules version in meta', () => {
    const { sft } = samplesOf(pasteBackSession());
    expect(sft[0]!.meta).toMatchObject({ site: 'chatgpt', model: 'gpt-test', conversationKey: 'chatgpt:paste', label: 'refined', signals: expect.arrayContaining(['paste_edit']) });
    expect(sft[0]!.meta.evidence.length).toBeGreaterThan(0);
  });

  it('leaves out labels below the minimum confidence', () => {
    const events = branchedSession();
    expect(samplesOf(events).sft.map((x) => x.meta.messageIds[0])).not.toContain('a1'); // weak: only "continued"
    expect(samplesOf(events, { minConfidence: 0.3 }).sft.map((x) => x.meta.messageIds[0])).toContain('a1');
  });

  it('marks only the labelled answer as trained in every multi-turn form, and puts only it in the completion', () => {
    const { sft, sftPromptCompletion, openai, sharegpt } = samplesOf(branchedSession());
    const i = sft.findIndex((x) => x.messages.length === 6);
    const roles = sft[i]!.messages.map((m) => m.role);
    expect(roles).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    // Axolotl's message_field_training (`train`) and OpenAI's `weight`: earlier assistant turns are context only.
    expect(sft[i]!.messages.map((m) => [m.train, m.weight])).toEqual([
      [undefined, undefined], [false, 0], [undefined, undefined], [false, 0], [undefined, undefined], [true, 1],
    ]);
    expect(openai[i]!.messages.map((m) => m.weight)).toEqual([undefined, 0, undefined, 0, undefined, 1]);
    expect(Object.keys(openai[i]!)).toEqual(['messages']);
    expect(sharegpt[i]!.conversations.map((c) => [c.from, c.train])).toEqual([
      ['human', undefined], ['gpt', false], ['human', undefined], ['gpt', false], ['human', undefined], ['gpt', true],
    ]);
    // TRL prompt-completion: the context is the prompt, the labelled answer alone is the completion.
    expect(sftPromptCompletion[i]!.prompt.map((m) => m.content)).toEqual(sft[i]!.messages.slice(0, -1).map((m) => m.content));
    expect(sftPromptCompletion[i]!.completion).toEqual([{ role: 'assistant', content: 'Wrap it in try/except and return 503.' }]);
    expect(sftPromptCompletion[i]!.prompt.some((m) => 'train' in m || 'weight' in m)).toBe(false);
  });

  it('produces samples that pass their own schemas, and exports those schemas as JSON Schema', () => {
    for (const events of [branchedSession(), pasteBackSession()]) {
      const sets = samplesOf(events, { minConfidence: 0 });
      sets.sft.forEach((x) => sftSampleSchema.parse(x));
      sets.sftPromptCompletion.forEach((x) => sftPromptCompletionSampleSchema.parse(x));
      sets.preference.forEach((x) => preferenceSampleSchema.parse(x));
      sets.kto.forEach((x) => unpairedSampleSchema.parse(x));
      sets.openai.forEach((x) => openAiChatSampleSchema.parse(x));
      sets.sharegpt.forEach((x) => shareGptSampleSchema.parse(x));
    }
    const schemas = sampleJsonSchemas();
    expect(Object.keys(schemas)).toEqual(['sft', 'sft-prompt-completion', 'preference', 'kto', 'openai-chat', 'sharegpt']);
    expect(schemas.preference).toMatchObject({ type: 'object', required: ['id', 'prompt', 'chosen', 'rejected', 'meta'] });
  });
});
