// When the onboarding page opens by itself: on install, and after an update only when the consent text changed since
// the person agreed (their sites stop capturing until they agree again, so the page that asks must appear). The e2e
// (test/e2e/consent.e2e.ts) covers the page itself; reloading an unpacked extension under automation does not fire
// `onInstalled` with `update`, so the worker's side is tested here with the browser's events driven by hand.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type InstalledListener = (details: { reason: string }) => void;

const browserFake = vi.hoisted(() => {
  const state = {
    installed: [] as ((details: { reason: string }) => void)[],
    local: {} as Record<string, unknown>,
    session: {} as Record<string, unknown>,
    opened: [] as string[],
  };
  const area = (data: () => Record<string, unknown>) => ({
    get: (key: string) => Promise.resolve(key in data() ? { [key]: data()[key] } : {}),
    set: (values: Record<string, unknown>) => Promise.resolve(void Object.assign(data(), values)),
  });
  const api = {
    runtime: {
      getURL: (path: string) => `chrome-extension://echo/${path}`,
      onInstalled: { addListener: (f: (details: { reason: string }) => void) => void state.installed.push(f) },
    },
    storage: {
      local: area(() => state.local),
      session: area(() => state.session),
      onChanged: { addListener: () => undefined },
    },
    tabs: { create: ({ url }: { url: string }) => Promise.resolve(void state.opened.push(url)) },
  };
  return { state, api };
});
vi.mock('webextension-polyfill', () => ({ default: browserFake.api }));

const { startLifecycle, ONBOARDING_PAGE } = await import('./lifecycle');
const { CONSENT_VERSION } = await import('../store/settings');
const { state } = browserFake;

const ONBOARDING_URL = `chrome-extension://echo/${ONBOARDING_PAGE}`;
const store = { applyRetention: () => Promise.resolve() } as never;

function agreedTo(version: number, sites: string[] = ['chatgpt', 'vscode']) {
  return { paused: false, pausedSites: [], consent: { version, agreedAt: '2026-11-01T10:00:00.000Z', sites } };
}

async function fire(reason: string): Promise<void> {
  for (const listener of state.installed as InstalledListener[]) listener({ reason });
  // The update path reads the settings first: let that read and the tab creation settle.
  await new Promise((r) => setTimeout(r, 0));
}

beforeEach(() => {
  state.installed.length = 0;
  state.opened.length = 0;
  state.local = {};
  state.session = {};
  startLifecycle(store);
});

describe('the onboarding page opening by itself', () => {
  it('opens on a fresh install', async () => {
    await fire('install');
    expect(state.opened).toEqual([ONBOARDING_URL]);
  });

  it('opens after an update when the person agreed to an older consent text', async () => {
    state.local['settings'] = agreedTo(CONSENT_VERSION - 1);
    await fire('update');
    expect(state.opened).toEqual([ONBOARDING_URL]);
  });

  it('stays closed after an update when the person already agreed to the current text', async () => {
    state.local['settings'] = agreedTo(CONSENT_VERSION);
    await fire('update');
    expect(state.opened).toEqual([]);
  });

  it('stays closed after an update when the person never agreed to anything (nothing was capturing to stop)', async () => {
    await fire('update');
    state.local['settings'] = agreedTo(CONSENT_VERSION - 1, []);
    await fire('update');
    expect(state.opened).toEqual([]);
  });

  it('stays closed on a browser update or a shared module update', async () => {
    state.local['settings'] = agreedTo(CONSENT_VERSION - 1);
    await fire('browser_update');
    await fire('shared_module_update');
    expect(state.opened).toEqual([]);
  });
});
