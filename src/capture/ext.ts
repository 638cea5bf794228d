// The extension API for content scripts without webextension-polyfill, which cost about 3 KB gzip in every content
// script (they are budgeted at 25 KB). Firefox gives content scripts `browser`, promise-based; Chromium's MV3
// `chrome` returns promises for the calls content scripts make (runtime.sendMessage, storage.local.get/set), and
// runtime.connect, storage.onChanged and runtime.onMessage (answered through sendResponse) have the same shape in
// both. Extension pages and the service worker keep the polyfill.
import type Browser from 'webextension-polyfill';

type Global = { browser?: typeof Browser; chrome?: unknown };
export const ext: typeof Browser = ((globalThis as Global).browser ?? (globalThis as Global).chrome) as typeof Browser;
