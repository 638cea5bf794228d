// The content script of one editor site (`kind: 'editor'` in src/core/sites.ts), as the build's virtual entry module
// calls it (vite.config.ts): starts the editor capture (editors/start.ts) with the site's adapter, and nothing of
// the chat engine.
import { adapterIn, isEditorSite } from './adapter-in';
import { startEditorCapture } from './editors/start';

export function startEditorSite(id: string, siteModule: Record<string, unknown>): void {
  const adapter = adapterIn(id, siteModule);
  if (!isEditorSite(adapter)) throw new Error(`${id} is not an editor site: its entry is site-entry.ts`);
  startEditorCapture(adapter);
}
