// Store-level export tests' common ground: a conversation shaped like a captured chat, and one export of a source
// read back as its zip's bytes and files.
import { unzipSync } from 'fflate';
import type { CaptureEvent } from '../../src/core/events';
import { exportTrainingBundle, type ExportContext, type ExportSource } from '../../src/core/export/training-bundle';
import { makeEvent } from './make-event';

/** A conversation with `turns` answered prompts; every other answer copied, the last one thumbed up. */
export function chatConversation(id: string, turns: number, site = 'chatgpt', say = (t: number) => `Question ${t} in ${id}`): CaptureEvent[] {
  const base = { site, conversationId: id };
  const out: CaptureEvent[] = [];
  for (let t = 1; t <= turns; t++) {
    const parentId = t > 1 ? `a${t - 1}` : undefined;
    const prompt = { ...base, messageId: `u${t}`, text: say(t), ...(parentId ? { parentId } : {}) };
    out.push(makeEvent('prompt', prompt));
    const code = `print(${t})`;
    const text = `Answer ${t} in ${id}:\n\n\`\`\`python\n${code}\n\`\`\``;
    const codeBlocks = [{ language: 'python', code }];
    const answer = { ...base, messageId: `a${t}`, parentId: `u${t}`, text, codeBlocks, model: 'gpt-4o', complete: 'finished' as const };
    out.push(makeEvent('response', answer));
    if (t % 2) out.push(makeEvent('copy', { ...base, messageId: `a${t}`, via: 'code-button', text: code, start: 0, end: 8, share: 0.4 }));
  }
  out.push(makeEvent('feedback', { ...base, messageId: `a${turns}`, rating: 'up' }));
  return out;
}

export interface ExportedZip {
  zip: Uint8Array;
  files: Record<string, string>;
}

/** One export of `source` with these options (a fixed createdAt, so two exports of the same data are the same bytes). */
export async function exportZip(source: ExportSource, options: unknown = {}, ctx: Partial<ExportContext> = {}): Promise<ExportedZip> {
  const chunks: Uint8Array[] = [];
  await exportTrainingBundle(source, options, (c) => void chunks.push(c), {
    generator: { name: 'test', version: '0' },
    extensionVersion: '0',
    createdAt: '2026-11-29T00:00:00.000Z',
    ...ctx,
  });
  const zip = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) zip.set(c, (at += c.length) - c.length);
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, data]) => [name, new TextDecoder().decode(data)]));
  return { zip, files };
}
