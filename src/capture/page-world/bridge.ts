// A private channel from the page-world hook to the isolated content script that page scripts cannot write to.
// Both scripts run at document_start, before any page script exists. Whichever runs first creates a bridge
// element and attaches it; the second finds it and detaches it. From then on only the two extension worlds hold
// a reference, so only they can dispatch events on it. The isolated side trusts the bridge only if it saw it
// while the document still had no <script> element, i.e. before page code could have interfered.

const TAG = 'echo-capture-bridge';
export const PAGE_DATA_EVENT = 'echo-capture:page-data';

export function claimBridge(): { element: Element; trusted: boolean } {
  const root = document.documentElement;
  const noPageScriptsYet = document.scripts.length === 0;
  const existing = root.querySelector(`:scope > ${TAG}`);
  if (existing) {
    existing.remove();
    return { element: existing, trusted: noPageScriptsYet };
  }
  const element = document.createElement(TAG);
  element.setAttribute('hidden', '');
  root.append(element);
  return { element, trusted: noPageScriptsYet };
}
