// Small synthetic chat sessions for tests and the merge benchmark: deterministic (seeded), every event valid,
// and a mix of the refinement signals the labeller reads (code copy, thumbs, regenerate-and-keep, correction
// then acceptance), so exports have labels and samples of every kind.
import { type CaptureEvent, EVENT_SCHEMA_VERSION, messageEventId } from '../../src/core/events';
import { type ExportContext, type ExportSource, exportTrainingBundle } from '../../src/core/export/training-bundle';

export interface SyntheticOptions {
  site?: string;
  model?: string;
  /** ISO start time; each conversation starts a minute after the previous one. */
  start?: string;
  seed?: number;
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** One conversation's events, in capture order. `n` picks the scenario; the ids are unique per (prefix, n). */
export function syntheticConversation(prefix: string, n: number, options: SyntheticOptions = {}): CaptureEvent[] {
  const site = options.site ?? 'chatgpt';
  const model = options.model ?? 'gpt-4o';
  const random = rng((options.seed ?? 1) * 100_003 + n);
  const conversationId = `${prefix}-c${n}`;
  let t = Date.parse(options.start ?? '2026-11-20T09:00:00.000Z') + n * 60_000;
  const nextTs = () => new Date((t += 1000 + Math.floor(random() * 4000))).toISOString();
  const base = () => ({ v: EVENT_SCHEMA_VERSION as 1, site, conversationId, ts: nextTs(), origin: 'live' as const });
  const events: CaptureEvent[] = [];
  const topic = ['reverse a list', 'parse a date', 'sort a dict by value', 'read a CSV file', 'retry an HTTP call'][n % 5]!;
  const prompt = (id: string, text: string, parentId?: string) =>
    events.push({
      ...base(), id: messageEventId('prompt', site, conversationId, id), kind: 'prompt', messageId: id, text,
      ...(parentId ? { parentId } : {}),
    });
  const answer = (id: string, parentId: string, code: string, variantIndex = 1) => {
    const text = `Here is one way:\n\n\`\`\`python\n${code}\n\`\`\`\n\nThis handles the usual cases.`;
    events.push({
      ...base(), id: messageEventId('response', site, conversationId, id), kind: 'response', messageId: id, parentId, text,
      codeBlocks: [{ language: 'python', code }], model, variantIndex, variantCount: variantIndex, durationMs: 1200, complete: 'finished',
    });
    return { text, code };
  };
  const uid = (kind: string) => `${kind}:${prefix}-${n}-${events.length}`;
  const copyCode = (messageId: string, a: { text: string; code: string }) => {
    const start = a.text.indexOf(a.code);
    const span = { start, end: start + a.code.length, share: a.code.length / a.text.length };
    events.push({ ...base(), id: uid('copy'), kind: 'copy', messageId, via: 'code-button', text: a.code, ...span, codeBlockIndex: 0 });
  };
  prompt('u1', `How do I ${topic} in Python?`);
  const a1 = answer('a1', 'u1', `def solve(x):\n    return sorted(x)  # ${topic}`);
  switch (n % 4) {
    case 0: {
      copyCode('a1', a1);
      events.push({ ...base(), id: uid('feedback'), kind: 'feedback', messageId: 'a1', rating: 'up' });
      break;
    }
    case 1: {
      const regenerate = { oldResponseId: 'a1', newResponseId: 'a2', promptMessageId: 'u1' };
      events.push({ ...base(), id: uid('regenerate'), kind: 'regenerate', ...regenerate });
      copyCode('a2', answer('a2', 'u1', `def solve(x):\n    return list(reversed(x))  # ${topic}`, 2));
      break;
    }
    case 2: {
      prompt('u2', "That's wrong, it fails with TypeError: 'int' object is not iterable", 'a1');
      events.push({ ...base(), id: uid('followup'), kind: 'followup', messageId: 'u2', afterMessageId: 'a1', delayMs: 8000 });
      answer('a3', 'u2', `def solve(x):\n    return list(x)[::-1]  # ${topic}`);
      prompt('u3', 'Thanks, that works now!', 'a3');
      events.push({ ...base(), id: uid('followup'), kind: 'followup', messageId: 'u3', afterMessageId: 'a3', delayMs: 30000 });
      break;
    }
    default:
      events.push({ ...base(), id: uid('feedback'), kind: 'feedback', messageId: 'a1', rating: 'down' });
  }
  return events;
}

/** Conversations held in memory as an export source. */
export function memorySource(conversations: CaptureEvent[][]): ExportSource {
  return {
    total: conversations.length,
    // eslint-disable-next-line @typescript-eslint/require-await -- the source interface is async; memory needs no wait
    async *conversations() {
      for (const events of conversations) {
        const ts = events.map((e) => e.ts).sort();
        const { site, conversationId } = events[0]!;
        yield { key: `${site}:${conversationId}`, site, firstTs: ts[0]!, lastTs: ts.at(-1)!, events: () => Promise.resolve(events) };
      }
    },
  };
}

/** A whole bundle in memory (tests); `context` overrides the writer's context (createdAt, review decisions). */
export async function exportToBytes(
  conversations: CaptureEvent[][],
  options: unknown = {},
  context: Partial<ExportContext> = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await exportTrainingBundle(memorySource(conversations), options, (c) => void chunks.push(c), {
    generator: { name: 'test', version: '0' },
    extensionVersion: '0.1.0',
    createdAt: '2026-11-25T00:00:00.000Z',
    ...context,
  });
  return Buffer.concat(chunks);
}

