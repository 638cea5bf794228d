// The store refused a batch for lack of space: remembered in session storage (in memory, so noting it needs no
// disk) until a later batch is stored, and shown by the popup (status.storageFull).
import browser from 'webextension-polyfill';

const KEY = 'storageFull';

export interface StorageFull {
  since: string;
}

export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string }).name ?? '';
  const inner = (e as { inner?: { name?: string } }).inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

export async function noteStorageFull(): Promise<void> {
  if (await storageFull()) return;
  await browser.storage.session.set({ [KEY]: { since: new Date().toISOString() } satisfies StorageFull });
}

export async function noteStored(): Promise<void> {
  if (await storageFull()) await browser.storage.session.remove(KEY);
}

export async function storageFull(): Promise<StorageFull | null> {
  const got = (await browser.storage.session.get(KEY))[KEY] as StorageFull | undefined;
  return got && typeof got.since === 'string' ? { since: got.since } : null;
}
