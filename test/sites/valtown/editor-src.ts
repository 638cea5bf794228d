// The fixture's val page: the code editor (CodeMirror 6 with line numbers, TypeScript and the ghost-text extension)
// and, below it, a second editor with the val's README that the tests never type in. `?lines=N` makes the code
// N lines longer (the benchmark's big file), `?binary=1` adds a line of control characters. Suggestions are
// scripted by the text before the cursor.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
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
// Bad input: `?binary=1` puts a line of control characters (a binary file pasted as text) near the top.
const binary = params.get('binary') === '1' ? 'const blob = "\u0000\u0001\u0002PNG\u001a\u0000IHDR";\n' : '';

const code = new EditorView({
  parent: document.getElementById('code-editor')!,
  state: EditorState.create({
    doc: '// main.ts\nconst items = [1, 2, 3];\n' + binary + '\n\n// end of file\n' + body,
    extensions: [
      lineNumbers(),
      // As in CodeMirror's basicSetup: control characters drawn as `cm-specialChar` placeholders.
      highlightSpecialChars(),
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
