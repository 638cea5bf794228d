// Finds a site module's adapter: the export whose `id` is the site's, so adapter files need no particular export
// name. Shared by the chat entry (site-entry.ts) and the editor entry (editor-entry.ts).
import type { EditorSiteAdapter } from './editors/types';
import type { SiteAdapter } from './sites/types';

export function adapterIn(id: string, siteModule: Record<string, unknown>): SiteAdapter | EditorSiteAdapter {
  const adapter = Object.values(siteModule).find((v) => !!v && typeof v === 'object' && (v as { id?: unknown }).id === id);
  if (!adapter) throw new Error(`src/capture/sites/${id}.ts exports no adapter with id ${id}`);
  return adapter as SiteAdapter | EditorSiteAdapter;
}

export const isEditorSite = (adapter: SiteAdapter | EditorSiteAdapter): adapter is EditorSiteAdapter =>
  adapter.kind === 'editor';
