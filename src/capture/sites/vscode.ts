// VS Code for the Web (vscode.dev, github.dev): inline completions in its Monaco editors. Facts and sources:
// docs/sites/vscode.md. Code editors are the Monaco editors inside the workbench's editor panes (`.editor-instance`);
// the chat input, settings and search boxes are Monaco editors too but live outside them, and the read-only left
// side of a diff (`.editor.original`) is never typed in. Monaco writes the document's URI (`data-uri`) on its root
// element and the language id (`data-mode-id`) on the element it was created in (the root's parent).
import { siteMeta } from '../../core/sites';
import type { EditorDocument, EditorSiteAdapter } from '../editors/types';

/** The path of a document URI (`file:///w/src/a.ts`, `vscode-vfs://github/o/r/src/a.ts`), for the `file` field. */
function pathOf(uri: string): string | undefined {
  try {
    const u = new URL(uri);
    const path = decodeURIComponent(u.pathname).replace(/^\/+/, '');
    return path || undefined;
  } catch {
    return undefined;
  }
}

let last: { uri: string; language: string | undefined; doc: EditorDocument } | null = null;

export const vscode: EditorSiteAdapter = {
  ...siteMeta('vscode'),
  kind: 'editor',
  editor: 'monaco',
  editorSelector: '.editor-instance .monaco-editor',
  excludeSelector: '.editor.original',

  documentOf(root) {
    const uri = root.getAttribute('data-uri');
    if (!uri) return null;
    const language = root.closest('[data-mode-id]')?.getAttribute('data-mode-id') ?? undefined;
    if (last?.uri === uri && last.language === language) return last.doc;
    const file = pathOf(uri);
    const doc = { id: uri, ...(file ? { file } : {}), ...(language ? { language } : {}) };
    last = { uri, language, doc };
    return doc;
  },

  // Monaco shows another file in the same editor (go to definition, a tab switched by a shortcut) by changing the
  // root's `data-uri` and its parent's `data-mode-id`: watched on those two elements only.
  watchDocument(root, changed) {
    const watch = new MutationObserver(changed);
    watch.observe(root, { attributes: true, attributeFilter: ['data-uri'] });
    if (root.parentElement) watch.observe(root.parentElement, { attributes: true, attributeFilter: ['data-mode-id'] });
  },
};
