// The fixture workbench: two editor panes (the main one with two files behind tabs, a small second one), a chat
// input that is also a Monaco editor (outside the editor part, as VS Code's chat input is), and an iframe holding
// another editor. Files and their text are made here; `?lines=N` makes app.ts N lines long (the benchmark's big file).
/* global monaco */
// Monaco's AMD loader (loader.js) defines the page's `require`.
const amd = window.require;
amd.config({ paths: { vs: '/monaco/vs' } });
amd(['vs/editor/editor.main'], () => {
  const params = new URLSearchParams(location.search);
  const filler = Number(params.get('lines') ?? 0);
  const body = filler > 0 ? Array.from({ length: filler }, (_, i) => `const value${i} = ${i}; // line ${i + 1}`).join('\n') + '\n' : '';
  const head = '// app.ts\nconst items = [1, 2, 3];\n\n\n// end of file\n';
  const models = {
    'src/app.ts': monaco.editor.createModel(head + body, 'typescript', monaco.Uri.parse('file:///workspace/src/app.ts')),
    // Bad input: a binary file opened as text, and a minified file whose one line is too long to render whole.
    'src/data.bin': monaco.editor.createModel(
      '\u0000\u0001\u0002\u0003PNG\u001a\u0000\u0000\u000dIHDR\u0000\u0010\u0004\u0002\u0000\u0000\u0000\n\n',
      'plaintext',
      monaco.Uri.parse('file:///workspace/src/data.bin'),
    ),
    'src/min.js': monaco.editor.createModel(
      'var a=[1,2,3];'.repeat(3000) + '\n\n',
      'javascript',
      monaco.Uri.parse('file:///workspace/src/min.js'),
    ),
    'src/secret.ts': monaco.editor.createModel(
      'export const token = "never opened";\n',
      'typescript',
      monaco.Uri.parse('file:///workspace/src/secret.ts'),
    ),
  };
  const options = {
    automaticLayout: true,
    minimap: { enabled: false },
    inlineSuggest: { enabled: true },
    quickSuggestions: false,
    fontSize: 14,
  };
  const main = monaco.editor.create(document.getElementById('main-editor'), { ...options, model: models['src/app.ts'] });
  const side = monaco.editor.create(document.getElementById('side-editor'), {
    ...options,
    model: monaco.editor.createModel('// notes.md\n', 'markdown', monaco.Uri.parse('file:///workspace/notes.md')),
  });
  const chat = monaco.editor.create(document.getElementById('chat-input'), { ...options, lineNumbers: 'off', value: '' });
  window.registerFixtureProvider(Number(params.get('delay') ?? 120));
  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', () => {
      document.querySelector('.tab.active')?.classList.remove('active');
      tab.classList.add('active');
      main.setModel(models[tab.dataset.file]);
    });
  }
  window.fixture = { main, side, chat, models, monaco };
  document.body.dataset.ready = 'true';
});
