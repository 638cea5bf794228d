// The bench's synthetic conversations (scale bench, Node export driver): kept apart from the browser code so a
// Node script can build them without loading Playwright.
import type { CaptureEvent } from '../../src/core/events';

const CODE = [
  'def merge(a, b):',
  '    out, i, j = [], 0, 0',
  '    while i < len(a) and j < len(b):',
  '        if a[i] <= b[j]:',
  '            out.append(a[i]); i += 1',
  '        else:',
  '            out.append(b[j]); j += 1',
  '    return out + a[i:] + b[j:]',
].join('\n');
const BASE_TS = Date.parse('2026-06-01T00:00:00.000Z');

/** One conversation with two answers, a code copy and a thumbs up: 6 events. */
export function conversation(n: number): CaptureEvent[] {
  const conversationId = `bench-${n.toString(36).padStart(7, '0')}`;
  let t = BASE_TS + n * 60_000;
  const common = () => {
    const ts = new Date((t += 1000)).toISOString();
    return { v: 1 as const, site: 'chatgpt', conversationId, ts, origin: 'live' as const, url: `/c/${conversationId}` };
  };
  const pid = (kind: 'prompt' | 'response', m: string) => `${kind}:chatgpt:${conversationId}:${m}`;
  const fence = '```';
  const answer =
    `Here is a function that merges two sorted lists (variant ${n}):\n\n${fence}python\n${CODE}\n${fence}\n\n` +
    'It runs in linear time and keeps equal items stable.';
  const typed = answer.replace('def merge(a, b):', 'def merge(a: list[int], b: list[int]) -> list[int]:');
  const code = { codeBlocks: [{ language: 'python', code: CODE }], model: 'gpt-4o', complete: 'finished' };
  return [
    {
      ...common(), id: pid('prompt', 'u1'), kind: 'prompt', messageId: 'u1',
      text: `Write a Python function that merges two sorted lists (${n})`,
    },
    { ...common(), id: pid('response', 'a1'), kind: 'response', messageId: 'a1', parentId: 'u1', text: answer, ...code, durationMs: 4000 },
    {
      ...common(), id: `copy:bench-${n}`, kind: 'copy', messageId: 'a1', via: 'code-button', text: CODE, start: answer.indexOf(CODE), end: answer.indexOf(CODE) + CODE.length,
      share: 0.8, codeBlockIndex: 0,
    },
    { ...common(), id: pid('prompt', 'u2'), kind: 'prompt', messageId: 'u2', parentId: 'a1', text: 'Thanks. Now add type hints, please.' },
    { ...common(), id: pid('response', 'a2'), kind: 'response', messageId: 'a2', parentId: 'u2', text: typed, ...code, durationMs: 4200 },
    { ...common(), id: `feedback:bench-${n}`, kind: 'feedback', messageId: 'a2', rating: 'up' },
  ] as CaptureEvent[];
}
