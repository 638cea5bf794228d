// The fixture's val page: the code editor (CodeMirror 6 with line numbers, TypeScript and the ghost-text extension)
// and, below it, a second editor with the val's README that the tests never type in. `?lines=N` makes the code
// N lines longer (the benchmark's big file). Suggestions are scripted by the text before the cursor.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { ghostText } from './ghost-text';

const SUGGESTIONS: { trigger: string; text: string }[] = [
  { trigger: 'function total(items) ', text: '{\n  return items.reduce((sum, x) => sum + x, 0);\n}' },
  { trigger: 'const greeting = ', text: "'hello world';" },
  { trigger: 'let count = ', text: 'items.length;' },
  { trigger: 'const answer = ', text: '42;' },
];

const win = window as unknown as { fixtureShown: number; fixture: Record<string, unknown> };
win.fixtureShown = 0;
const suggest = (before: string): Promise<string | null> => {
  const found = SUGGESTIONS.find((s) => before.endsWith(s.trigger));
  if (found) win.fixtureShown++;
  return Promise.resolve(found?.text ?? null);
};

const params = new URLSearchParams(location.search);
const filler = Number(params.get('lines') ?? 0);
const body = filler > 0 ? Array.from({ length: filler }, (_, i) => `const value${i} = ${i}; // line ${i + 1}`).join('\n') + '\n' : '';

const code = new EditorView({
  parent: document.getElementById('code-editor')!,
  state: EditorState.create({
    doc: '// main.ts\nconst items = [1, 2, 3];\n\n\n// end of file\n' + body,
    extensions: [
      lineNumbers(),
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      javascript({ typescript: true }),
      ghostText(suggest, Number(params.get('delay') ?? 120)),
    ],
  }),
});
const readme = new EditorView({
  parent: document.getElementById('readme-editor')!,
  state: EditorState.create({
    doc: '# README\nNever typed in.\n',
    extensions: [lineNumbers(), keymap.of(defaultKeymap), ghostText(suggest)],
  }),
});
win.fixture = { code, readme };
document.body.dataset.ready = 'true';
