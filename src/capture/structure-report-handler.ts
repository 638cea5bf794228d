// Answers the popup's "Save page structure report" (offered when this site shows capture degraded): the page's
// skeleton with every word removed (structure-report.ts). Only for the extension's own pages (never another
// content script or a web page) and only for the site this script was built for (the manifest injects it on that
// site's hosts alone); every other message is left to other listeners. Nothing leaves the browser: the popup saves the file.
import type { Runtime } from 'webextension-polyfill';
import { ext as browser } from './ext';
import { tabRequestSchema } from '../messages';
import type { SiteAdapter } from './sites/types';
import { structureReport, type StructureReport } from './structure-report';

/** The report for `raw` if it is a well-formed request for this site from one of the extension's pages, else null. */
export function answerStructureRequest(
  raw: unknown,
  sender: Pick<Runtime.MessageSender, 'id' | 'tab' | 'url'>,
  adapter: Pick<SiteAdapter, 'id' | 'landmarks'>,
  doc: Document = document,
  extension = { id: browser.runtime.id, origin: browser.runtime.getURL('') },
): StructureReport | null {
  const parsed = tryParse(raw);
  if (!parsed || parsed.site !== adapter.id) return null;
  // An extension page has no tab of its own when it is the popup; a content script's sender always has one.
  if (sender.id !== extension.id || !(sender.url ?? '').startsWith(extension.origin)) return null;
  return structureReport(doc, adapter.id, adapter.landmarks);
}

function tryParse(raw: unknown) {
  try {
    return tabRequestSchema.parse(raw);
  } catch {
    return null;
  }
}

export function listenForStructureRequests(adapter: SiteAdapter): void {
  // Answered through sendResponse (a returned Promise is the polyfill's and Firefox's way, not Chromium's).
  browser.runtime.onMessage.addListener(((raw: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const report = answerStructureRequest(raw, sender, adapter);
    if (!report) return false; // not ours to answer: another listener (or none) does
    sendResponse(report);
    return false;
  }) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
