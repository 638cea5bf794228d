// Val Town (www.val.town): inline completions in its CodeMirror 6 code editor, whose ghost text Val Town's own
// @val-town/codemirror-codeium inserts as marked document text. Facts and sources: docs/sites/valtown.md. A val's
// file is named by the URL (`/x/<user>/<val>/code/<path>`; older vals `/v/<user>/<val>`); a page with several
// editors gets one document per editor (by its position on the page).
import { siteMeta } from '../../core/sites';
import type { EditorDocument, EditorSiteAdapter } from '../editors/types';

const seen = new WeakMap<Element, { path: string; doc: EditorDocument | null }>();

export const valtown: EditorSiteAdapter = {
  ...siteMeta('valtown'),
  kind: 'editor',
  editor: 'codemirror',
  editorSelector: '.cm-editor',

  documentOf(root, url) {
    // Asked on every key press: kept per editor while the page shows the same val file.
    const known = seen.get(root);
    if (known?.path === url.pathname) return known.doc;
    const doc = documentAt(root, url);
    seen.set(root, { path: url.pathname, doc });
    return doc;
  },
};

function documentAt(root: Element, url: URL): EditorDocument | null {
  const m = /^\/x\/([^/]+\/[^/]+)\/code\/(.+)$/.exec(url.pathname) ?? /^\/v\/([^/]+\/[^/]+)\/?$/.exec(url.pathname);
  if (!m) return null;
  const file = m[2] ? decodeURIComponent(m[2]) : undefined;
  const editors = [...root.ownerDocument.querySelectorAll('.cm-editor')];
  const index = editors.indexOf(root);
  const id = `${m[1]}/${file ?? ''}${index > 0 ? `@editor-${index + 1}` : ''}`;
  const language = root.querySelector('.cm-content')?.getAttribute('data-language') ?? undefined;
  return { id, ...(file ? { file } : {}), ...(language ? { language } : {}) };
}
