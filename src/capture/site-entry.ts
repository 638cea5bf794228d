// The content script of one site, as the build's virtual entry module calls it (vite.config.ts): starts capture with
// the export of `src/capture/sites/<id>.ts` whose `id` is the site's, so adapter files need no particular export
// name. The glue is typed here rather than generated, so a change to `startCapture` fails the typecheck, not a
// content script at run time.
import { startCapture } from './main';
import type { SiteAdapter } from './sites/types';

const hasId = (value: unknown, id: string): value is SiteAdapter =>
  !!value && typeof value === 'object' && (value as { id?: unknown }).id === id;

export function startSite(id: string, siteModule: Record<string, unknown>): void {
  const adapter = Object.values(siteModule).find((v) => hasId(v, id));
  if (!adapter) throw new Error(`src/capture/sites/${id}.ts exports no adapter with id ${id}`);
  startCapture(adapter);
}
