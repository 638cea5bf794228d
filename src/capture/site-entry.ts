// The content script of one chat site, as the build's virtual entry module calls it (vite.config.ts): starts the chat
// engine (main.ts) with the site's adapter. Editor sites have their own entry (editor-entry.ts), a separate module so
// that neither content script carries the other's code (bundlers keep modules with top-level effects). The glue is
// typed here rather than generated, so a change to the start function fails the typecheck, not a content script.
import { adapterIn, isEditorSite } from './adapter-in';
import { startCapture } from './main';

export function startSite(id: string, siteModule: Record<string, unknown>): void {
  const adapter = adapterIn(id, siteModule);
  if (isEditorSite(adapter)) throw new Error(`${id} is an editor site: its entry is editor-entry.ts`);
  startCapture(adapter);
}
