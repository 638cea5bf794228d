// The content script of one site, as the build's virtual entry module calls it (vite.config.ts): starts capture with
// the export of `src/capture/sites/<id>.ts` whose `id` is the site's, so adapter files need no particular export
// name. A chat site gets the chat engine (main.ts, `startSite`); an editor site (`kind: 'editor'`) gets the editor
// capture (editors/start.ts, `startEditorSite`) instead; the entry imports only the one its site needs, so neither
// bundle carries the other. The glue is typed here rather than generated, so a change to either start function
// fails the typecheck, not a content script at run time.
import { startCapture } from './main';
import { startEditorCapture } from './editors/start';
import type { EditorSiteAdapter } from './editors/types';
import type { SiteAdapter } from './sites/types';

function adapterIn(id: string, siteModule: Record<string, unknown>): SiteAdapter | EditorSiteAdapter {
  const adapter = Object.values(siteModule).find((v) => !!v && typeof v === 'object' && (v as { id?: unknown }).id === id);
  if (!adapter) throw new Error(`src/capture/sites/${id}.ts exports no adapter with id ${id}`);
  return adapter as SiteAdapter | EditorSiteAdapter;
}

const isEditorSite = (adapter: SiteAdapter | EditorSiteAdapter): adapter is EditorSiteAdapter => adapter.kind === 'editor';

export function startSite(id: string, siteModule: Record<string, unknown>): void {
  const adapter = adapterIn(id, siteModule);
  if (isEditorSite(adapter)) throw new Error(`${id} is an editor site: its entry calls startEditorSite`);
  startCapture(adapter);
}

export function startEditorSite(id: string, siteModule: Record<string, unknown>): void {
  const adapter = adapterIn(id, siteModule);
  if (!isEditorSite(adapter)) throw new Error(`${id} is not an editor site: its entry calls startSite`);
  startEditorCapture(adapter);
}
