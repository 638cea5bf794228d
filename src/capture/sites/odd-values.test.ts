// @vitest-environment happy-dom
// Every site's adapter fed the odd and oversized values real pages hold (a code banner with its buttons' texts, a
// language class longer than the schema allows, a sentence where a label should be, a file chip with a huge name):
// what it reads must fit the event schema, so the answer is never refused for an optional field.
import { describe, expect, it } from 'vitest';
import { SITES } from '../../core/sites';
import { artifactSchema, attachmentSchema, codeBlockSchema } from '../../core/events';
import { readAttachmentChip } from './kit-parts';
import type { SiteAdapter } from './types';

/** Whether the schema takes the value as it is (parse is strict: nothing trimmed). */
const accepts = (schema: { parse(v: unknown): unknown }, value: unknown) => {
  try {
    schema.parse(value);
    return true;
  } catch {
    return false;
  }
};

const long = (n: number) => 'x'.repeat(n);
const banner = 'Python Copy code Download Open in canvas Run Share Edit Explain this code to me step by step';

/** Code blocks as sites draw them, each with something odd where the language goes. */
const ODD_BLOCKS = [
  `<div class="code-block-decoration"><span>${banner}</span></div><pre><code>print(1)</code></pre>`,
  `<pre><code class="language-${long(300)}">print(1)</code></pre>`,
  `<div><span class="font-mono text-xs">${banner}</span><button>Copy</button></div><pre><code>print(1)</code></pre>`,
  `<div data-language="${long(100)}"><pre><code>print(1)</code></pre></div>`,
  `<div>${'Python\n'.repeat(20)}</div><div><pre><code>print(1)</code></pre></div>`,
];

async function adapterOf(id: string): Promise<SiteAdapter> {
  const mod = (await import(`./${id}.ts`)) as Record<string, unknown>;
  return Object.values(mod).find((v): v is SiteAdapter => !!v && typeof v === 'object' && (v as SiteAdapter).id === id)!;
}

describe.each(SITES.map((s) => s.id))('%s adapter with odd values', (id) => {
  it('reads every odd code block to a record the schema accepts, keeping the code', async () => {
    const adapter = await adapterOf(id);
    for (const markup of ODD_BLOCKS) {
      document.body.innerHTML = `<div id="block">${markup}</div>`;
      const outer = document.getElementById('block')!;
      const blocks = [outer, ...outer.querySelectorAll(adapter.codeBlockSelector)];
      for (const block of blocks) {
        const read = adapter.readCodeBlock(block);
        expect(accepts(codeBlockSchema, read), `${id}: ${JSON.stringify(read.language)}`).toBe(true);
        expect(read.language === undefined || read.language.length <= 64).toBe(true);
        expect(read.code).toContain('print(1)');
      }
    }
  });
});

describe('chips and cards with odd values', () => {
  it('reads a chip with an oversized name or text to an attachment the schema accepts', () => {
    const chips = [`<h3>${long(5000)}.pdf</h3>`, `<h3>${long(5000)}</h3>`, `<p>${long(200_000)}</p>`, `<img alt="${long(3000)}.png">`];
    for (const markup of chips) {
      document.body.innerHTML = `<div id="chip">${markup}</div>`;
      const read = readAttachmentChip(document.getElementById('chip')!);
      expect(read === null || accepts(attachmentSchema, read), JSON.stringify(read).slice(0, 80)).toBe(true);
    }
    expect(accepts(artifactSchema, { kind: 'canvas', text: '' })).toBe(true);
  });
});
