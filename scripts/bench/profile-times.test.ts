import { describe, expect, it } from 'vitest';
import { type Profile, profileTimes } from './profile-times';

// A hand-made profile: the page's click handler calls fetch, which the page-world hook wraps; the wrapper calls the
// native fetch the page would have called anyway, then does its own work (clone); the content script's tick runs.
const HOOK = 'chrome-extension://abc/page-chatgpt.js';
const CONTENT = 'chrome-extension://abc/content-chatgpt.js';
const PAGE = 'https://chatgpt.com/app.js';
const frame = (functionName: string, url: string) => ({ functionName, url });
const profile: Profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 6, 8] },
    { id: 2, callFrame: frame('onClick', PAGE), children: [3] },
    { id: 3, callFrame: frame('window.fetch', HOOK), children: [4, 5] },
    { id: 4, callFrame: frame('fetch', ''), children: [9] },
    { id: 5, callFrame: frame('clone', '') },
    { id: 6, callFrame: frame('tick', CONTENT), children: [7] },
    { id: 7, callFrame: frame('querySelector', '') },
    { id: 8, callFrame: frame('(idle)', '') },
    { id: 9, callFrame: frame('serialize', PAGE) },
  ],
  // One sample per node of interest; timeDeltas[i + 1] is sample i's interval.
  samples: [2, 3, 4, 9, 5, 6, 7, 8],
  timeDeltas: [0, 100, 200, 400, 800, 1600, 3200, 6400, 12800],
};

describe('profile attribution', () => {
  it("counts the page's own fetch under the hook's wrapper as the page's, the wrapper's own work as the hook's", () => {
    const t = profileTimes(profile);
    // Hook: the wrapper itself (200) and the clone it makes (1600); not the native fetch (400) nor what runs under it (800).
    expect(t.hookUs).toBe(200 + 1600);
    // Content script: its tick and the DOM call it makes.
    expect(t.contentUs).toBe(3200 + 6400);
    // All JavaScript: everything but idle.
    expect(t.jsUs).toBe(100 + 200 + 400 + 800 + 1600 + 3200 + 6400);
  });

  it('keeps a native call of the same name made by the content script as the extension’s', () => {
    const own: Profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('tick', CONTENT), children: [3] },
        { id: 3, callFrame: frame('open', '') },
      ],
      samples: [3],
      timeDeltas: [0, 500],
    };
    expect(profileTimes(own).contentUs).toBe(500);
  });
});
