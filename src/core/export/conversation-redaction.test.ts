// The export replaces spans the background detected beforehand instead of detecting: what it writes must be what
// detecting at export time writes (the engine's redaction over every field), token for token, with the person's
// review decisions (kept values, their own marked values) applied the same way.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../events';
import { makeEvent, resetTestClock } from '../../../test/support/make-event';
import { everyStandardKind, PROMISED } from '../../../test/support/redaction-samples';
import { NO_DECISIONS } from '../review/decisions';
import { redactAllForExport } from '../review/export-redaction';
import { syntheticConversation } from '../../../test/support/synthetic-bundles';
import {
  detectConversationSpans,
  detectingSource,
  redactConversation,
  storedSource,
  storedSpansVersion,
} from './conversation-redaction';
import { exportTrainingBundle, type ExportSource } from './training-bundle';

/** Something to redact in every kind of captured text field, with values repeated across fields. */
function conversation(): CaptureEvent[] {
  resetTestClock();
  const { text: everything } = everyStandardKind();
  const answer = `Sure. Write to ${PROMISED.email} or call ${PROMISED.phone}.\n\n\`\`\`env\nAWS_KEY=${PROMISED.awsKeyId}\n\`\`\``;
  const code = `AWS_KEY=${PROMISED.awsKeyId}`;
  return [
    makeEvent('prompt', {
      messageId: 'u1',
      text: `Clean this up: ${everything}`,
      attachments: [{ kind: 'pasted-text', name: `notes for ${PROMISED.email}`, text: `IBAN ${PROMISED.iban}, server 10.1.2.3` }],
    }),
    makeEvent('response', {
      messageId: 'a1',
      parentId: 'u1',
      text: answer,
      codeBlocks: [{ language: 'env', code }],
      complete: 'finished',
      reasoning: `They want ${PROMISED.email} kept out; card ${PROMISED.card}.`,
      artifacts: [{ kind: 'document', title: `Mail to ${PROMISED.email}`, text: `Token ${PROMISED.githubToken}` }],
    }),
    makeEvent('copy', { messageId: 'a1', via: 'code-button', text: code, start: answer.indexOf(code), end: answer.indexOf(code) + code.length, share: 0.3, codeBlockIndex: 0 }),
    makeEvent('stop', { messageId: 'a1', partialText: `Sure. Write to ${PROMISED.email}` }),
    makeEvent('edit_prompt', {
      oldMessageId: 'u1',
      oldText: `Mail ${PROMISED.email}`,
      newText: `Mail someone@example.org, not ${PROMISED.email}`,
      diff: [
        { op: 'equal', text: 'Mail ' },
        { op: 'insert', text: `someone@example.org, not ${PROMISED.email}` },
        { op: 'delete', text: PROMISED.email },
      ],
    }),
    makeEvent('paste', {
      text: `I used ${code} and mailed ${PROMISED.email}`,
      matches: [{ messageId: 'a1', via: 'copy', similarity: 0.7, diff: [{ op: 'equal', text: code }, { op: 'insert', text: ` and mailed ${PROMISED.email}` }] }],
    }),
    makeEvent('feedback', { messageId: 'a1', rating: 'down', comment: `It leaked ${PROMISED.phone}` }),
  ] as CaptureEvent[];
}

const DECISIONS = [
  {},
  { keep: [PROMISED.phone] },
  { add: [{ value: 'Clean this', kind: 'secret' as const }, { value: 'someone', kind: 'email' as const }] },
  { keep: [PROMISED.email, 'nothing like it'], add: [{ value: 'Sure', kind: 'password' as const }] },
];

describe('redaction from spans detected beforehand', () => {
  it('writes what detecting at export time writes, with and without review decisions', () => {
    const events = conversation();
    const kept = detectConversationSpans(events, 'standard');
    expect(kept.version).toBe(storedSpansVersion('standard'));
    expect(kept.spans.length).toBeGreaterThan(10);
    for (const decisions of DECISIONS) {
      const engine = redactAllForExport(events, { level: 'standard', ...decisions });
      const fromKept = redactConversation(events, { spans: storedSource(kept.spans), ...decisions });
      const detecting = redactConversation(events, { spans: detectingSource('standard'), ...decisions });
      expect(fromKept.events, JSON.stringify(decisions)).toEqual(engine.events);
      expect(fromKept.counts).toEqual(engine.counts);
      expect(detecting.events).toEqual(engine.events);
      expect(JSON.stringify(fromKept.events)).not.toBe(JSON.stringify(events));
    }
  });

  it('matches the engine at every level it detects at', () => {
    const events = conversation();
    for (const level of ['secrets', 'standard', 'strict'] as const) {
      const kept = detectConversationSpans(events, level);
      expect(redactConversation(events, { spans: storedSource(kept.spans) }).events, level).toEqual(
        redactAllForExport(events, { level }).events,
      );
    }
  });

  it('keeps nothing for a conversation with nothing to redact, and still re-anchors its copies', () => {
    resetTestClock();
    const events = [
      makeEvent('response', { messageId: 'a1', text: 'print(1)\nprint(2)', codeBlocks: [], complete: 'finished' }),
      makeEvent('copy', { messageId: 'a1', via: 'selection', text: 'print(2)', start: 0, end: 8, share: 0.5 }),
    ] as CaptureEvent[];
    expect(detectConversationSpans(events).spans).toEqual([]);
    const out = redactConversation(events, { spans: storedSource([]) });
    expect(out.counts).toEqual({});
    expect(out.events).toEqual(redactAllForExport(events, { level: 'standard' }).events);
    expect(out.events[1]).toMatchObject({ start: 9, end: 17 });
    expect(redactConversation(events, { spans: storedSource([]), none: true })).toEqual(out);
  });
});

describe('an export from a source that keeps redaction spans', () => {
  async function exportFiles(conversations: CaptureEvent[][], kept: 'stored' | 'stale' | 'none' | 'marked', options: unknown): Promise<Record<string, string>> {
    const source: ExportSource = {
      // eslint-disable-next-line @typescript-eslint/require-await -- the source interface is async; memory needs no wait
      async *conversations() {
        for (const events of conversations) {
          const { site, conversationId } = events[0]!;
          const stored = detectConversationSpans(events);
          // A span no rule finds: it reaches the output only if the export replaces kept spans.
          if (kept === 'marked') stored.spans.push([events[0]!.id, 'text', [{ start: 0, end: 3, kind: 'secret', rule: 'test' }]]);
          const redactionSpans = kept === 'stale' ? { ...stored, spans: [], version: `${stored.version}-old` } : stored;
          yield {
            key: `${site}:${conversationId}`,
            site,
            firstTs: events[0]!.ts,
            lastTs: events.at(-1)!.ts,
            events: () => Promise.resolve(events),
            ...(kept === 'none' ? {} : { redactionSpans }),
          };
        }
      },
    };
    const chunks: Uint8Array[] = [];
    const decisions = {
      ...NO_DECISIONS,
      kept: new Map([['chatgpt:conv-1', [PROMISED.phone]]]),
      redactions: new Map([['chatgpt:syn-c1', [{ value: 'Python', kind: 'secret' as const }]]]),
    };
    await exportTrainingBundle(source, options, (c) => void chunks.push(c), {
      generator: { name: 'test', version: '0' },
      extensionVersion: '0.1.0',
      createdAt: '2026-11-25T00:00:00.000Z',
      decisions,
    });
    const files = unzipSync(Buffer.concat(chunks));
    return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
  }

  it('gives the same bundle, file for file, as detecting in the export, whatever the level', async () => {
    const conversations = [conversation(), ...Array.from({ length: 4 }, (_, i) => syntheticConversation('syn', i))];
    for (const options of [{ redaction: { level: 'standard' } }, { redaction: { level: 'strict' } }, { redaction: { level: 'standard', disabledRules: ['email'] } }]) {
      const detected = await exportFiles(conversations, 'none', options);
      expect(detected['events.jsonl']).not.toContain(PROMISED.githubToken);
      for (const kept of ['stored', 'stale'] as const) {
        const fromKept = await exportFiles(conversations, kept, options);
        expect(Object.keys(fromKept).sort()).toEqual(Object.keys(detected).sort());
        for (const name of Object.keys(detected)) expect(fromKept[name], `${kept} ${JSON.stringify(options)} ${name}`).toBe(detected[name]);
      }
    }
  });

  it('replaces the kept spans at their level and rules, and detects at any other', async () => {
    const conversations = Array.from({ length: 3 }, (_, i) => syntheticConversation('syn', i));
    const prompts = (files: Record<string, string>) =>
      files['events.jsonl']!.split('\n').filter((l) => l.includes('"kind":"prompt"')).map((l) => (JSON.parse(l) as { text: string }).text);
    const atStandard = prompts(await exportFiles(conversations, 'marked', { redaction: { level: 'standard' } }));
    expect(atStandard.filter((t) => t.startsWith('<SECRET_1>'))).toHaveLength(3);
    for (const options of [{ redaction: { level: 'strict' } }, { redaction: { level: 'standard', disabledRules: ['email'] } }]) {
      expect(prompts(await exportFiles(conversations, 'marked', options)).filter((t) => t.startsWith('How'))).toHaveLength(3);
    }
  });
});
