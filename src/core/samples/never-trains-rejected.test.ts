// The invariant training data rests on: no exported file, in any format, trains an answer the user rejected,
// regenerated away or corrected, neither as the target nor as an earlier turn a trainer would also learn. Checked
// through the real export path over every development session and synthetic conversation, against the labels the
// export itself wrote, and on hand-built sessions against what the user plainly did.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { devScenarios } from '../../../test/scenarios';
import { Session } from '../../../test/scenarios/session';
import type { CaptureEvent } from '../events';
import { FORMAT_FILES, SAMPLE_FORMATS } from '../export/options';
import { exportToBytes, syntheticConversation } from '../../../test/support/synthetic-bundles';

type Json = Record<string, any>;
const squash = (s: string) => s.replace(/\s+/g, '');

/** Every JSONL file an export writes for the sample formats (a format may write several). */
const SAMPLE_JSONL = SAMPLE_FORMATS.flatMap((f) => FORMAT_FILES[f]).map((f) => f.file).filter((f) => f.endsWith('.jsonl'));

/**
 * The assistant texts a trainer learns from one line of a file, by the conventions each format documents (LLaMA-Factory
 * SFT reads sharegpt.jsonl with mask_history: the last gpt turn, which is the one flagged train).
 */
function trainedTexts(file: string, line: Json): string[] {
  switch (file.replace(/\.jsonl$/, '')) {
    case 'sft':
      return line.messages.filter((m: Json) => m.role === 'assistant' && m.train !== false && m.weight !== 0).map((m: Json) => m.content);
    case 'sft-prompt-completion':
      return line.completion.map((m: Json) => m.content);
    case 'preference':
      return line.chosen.map((m: Json) => m.content);
    case 'kto':
      return line.label ? line.completion.map((m: Json) => m.content) : [];
    case 'openai-chat':
      return line.messages.filter((m: Json) => m.role === 'assistant' && m.weight !== 0).map((m: Json) => m.content);
    case 'sharegpt':
      return line.conversations.filter((m: Json) => m.from === 'gpt' && m.train !== false && m.weight !== 0).map((m: Json) => m.value);
    case 'openai-preference':
      return line.preferred_output.map((m: Json) => m.content);
    case 'llamafactory-preference':
      return [line.chosen.value];
    case 'llamafactory-kto':
      // LLaMA-Factory's KTO stage trains the last turn, desirable or not; the context is the prompt.
      return line.kto_tag ? [line.conversations.at(-1).value] : [];
    default:
      throw new Error(`no training convention for ${file}`);
  }
}

async function exportFiles(conversations: CaptureEvent[][]) {
  const files = unzipSync(await exportToBytes(conversations, { minConfidence: 0 }));
  const jsonl = (name: string): Json[] => (files[name] ? new TextDecoder().decode(files[name]).split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
  return { jsonl };
}

/** Answers the export's own labels say must never be trained: rejected or vetoed, and refined ones as they were. */
function forbiddenByLabels(labels: Json[], events: Json[]): { texts: Set<string>; allowed: Set<string> } {
  const text = new Map(events.filter((e) => e.kind === 'response').map((e) => [`${e.site}:${e.conversationId}\u0000${e.messageId}`, e.text as string]));
  const texts = new Set<string>();
  const allowed = new Set<string>();
  for (const l of labels) {
    const t = text.get(`${l.conversationKey}\u0000${l.messageId}`)!;
    if (l.label === 'rejected' || l.vetoed || l.label === 'refined') texts.add(squash(t));
    if ((l.label === 'accepted' && !l.vetoed) || l.label === 'unknown') allowed.add(squash(t));
    if (l.target !== undefined) allowed.add(squash(l.target));
  }
  // An answer equal to one that may be trained (a whitespace-only variant) is that answer, not a rejected one.
  for (const t of allowed) texts.delete(t);
  return { texts, allowed };
}

const byConversation = (events: CaptureEvent[]) => {
  const groups = new Map<string, CaptureEvent[]>();
  for (const e of events) groups.set(e.conversationId, [...(groups.get(e.conversationId) ?? []), e]);
  return [...groups.values()];
};

describe('no exported format trains a rejected, regenerated-away or corrected answer', () => {
  it('holds over every development session and synthetic conversation, in every format', async () => {
    const conversations = [...devScenarios.flatMap((s) => byConversation(s.events)), ...Array.from({ length: 40 }, (_, n) => syntheticConversation('inv', n))];
    const { jsonl } = await exportFiles(conversations);
    const { texts } = forbiddenByLabels(jsonl('labels.jsonl'), jsonl('events.jsonl'));
    expect(texts.size).toBeGreaterThan(50);
    for (const file of SAMPLE_JSONL) {
      const lines = jsonl(file);
      expect(lines.length, file).toBeGreaterThan(0);
      for (const line of lines) {
        const trained = trainedTexts(file, line);
        // One trained answer per line (none on a KTO "bad" line), never one the labels rule out.
        const bad = (file === 'kto.jsonl' && !line.label) || (file === 'llamafactory-kto.jsonl' && !line.kto_tag);
        expect(trained, `${file} ${line.id ?? ''}`).toHaveLength(bad ? 0 : 1);
        for (const t of trained) expect(texts.has(squash(t)), `${file} trains a ruled-out answer: ${t.slice(0, 80)}`).toBe(false);
      }
    }
  });

  it('never trains what the user plainly threw away: regenerated away, rated down, reported failing', async () => {
    const s = new Session('plain');
    s.user('Shell: count lines in all .py files.', { id: 'p1' });
    s.answer('```bash\nwc -l *.py\n```', { id: 'a1' });
    s.wait(5).thumbs('a1', 'up');
    s.regenerate('```bash\nfind . -name "*.py" | xargs wc -l\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    s.wait(40).user('Now only count non-empty lines.', { id: 'p2' });
    s.answer('```bash\ngrep -c . *.py\n```', { id: 'a3' });
    s.wait(5).thumbs('a3', 'down');
    s.wait(20).user('Traceback-free version please, it prints per file: grep: x.py: Is a directory', { id: 'p3' });
    s.answer('```bash\ncat $(find . -name "*.py") | grep -c .\n```', { id: 'a4' });
    s.wait(30).user("That doesn't work either, it counts 0.\nTypeError: expected str, bytes or os.PathLike object, not NoneType", { id: 'p4' });
    s.answer('```bash\nfind . -name "*.py" -exec cat {} + | grep -c .\n```', { id: 'a5' });
    s.wait(10).copy('a5', { codeBlock: 0 });
    s.wait(30).user('works now, thanks', { id: 'p5' });
    const thrownAway = ['```bash\nwc -l *.py\n```', '```bash\ngrep -c . *.py\n```', '```bash\ncat $(find . -name "*.py") | grep -c .\n```'].map(squash);
    const { jsonl } = await exportFiles([s.events]);
    let lines = 0;
    for (const file of SAMPLE_JSONL) {
      for (const line of jsonl(file)) {
        lines++;
        for (const t of trainedTexts(file, line)) expect(thrownAway, `${file}: ${t}`).not.toContain(squash(t));
      }
    }
    expect(lines).toBeGreaterThan(SAMPLE_JSONL.length);
  });
});
