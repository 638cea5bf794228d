// Which profiler samples of a chat page are the extension's: the content script's (isolated world), the page-world
// hook's (page-*.js, in the page's own world), or the page's. Pure, so it is unit-tested on hand-made profiles.
export type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** Which extension script a profile frame belongs to: the page-world hook (page-*.js, MAIN world) or the content script. */
export function extensionPart(url: string): 'hook' | 'content' | null {
  if (!url.startsWith('chrome-extension://')) return null;
  return /\/page-[\w-]+\.js$/.test(url) ? 'hook' : 'content';
}

/**
 * The page's own calls that the page-world hook's wrappers pass on (src/capture/page-world/hook.ts wraps `fetch` and
 * `XMLHttpRequest.prototype.open`): the native frame under the wrapper is the call the page made and pays without
 * the extension too, so it and everything under it count as the page's. The wrapper's own code, and every other
 * native call it makes (`clone`, `text`, `dispatchEvent`), stays the extension's.
 */
const FORWARDED_NATIVES = new Set(['fetch', 'open']);
const forwardedByHook = (frame: ProfileNode['callFrame'], parentOwner: 'hook' | 'content' | null) =>
  parentOwner === 'hook' && frame.url === '' && FORWARDED_NATIVES.has(frame.functionName);

export interface ProfileTimes {
  /** Samples running JavaScript (garbage collection included). */
  jsUs: number;
  /**
   * The same with each sample's interval capped at CAP_INTERVALS sampling intervals: a long gap between two samples
   * is mostly the main thread waiting for a CPU (charged to whatever frame ran), not work, so this reads closer to
   * CPU time on a loaded machine (and low when the sampler thread itself waited while the main thread worked).
   */
  jsCappedUs: number;
  /** Samples with the isolated content script on the stack (the DOM work it drives included). */
  contentUs: number;
  /** Samples with the page-world hook on the stack (page-*.js in the page's own world). */
  hookUs: number;
  /** Every sample but idle (JavaScript, and the browser's own work the profiler does not attribute: "(program)"). */
  busyUs: number;
}

/** Microseconds of profiler samples by what was running, from one profile (one clock). */
const CAP_INTERVALS = 2;

export function profileTimes(profile: Profile, intervalUs = 200): ProfileTimes {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map<number, 'hook' | 'content' | null>();
  const ownerOf = (id: number): 'hook' | 'content' | null => {
    const known = owner.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const frame = byId.get(id)!.callFrame;
    const parentOwner = p === undefined ? null : ownerOf(p);
    const value = extensionPart(frame.url) ?? (forwardedByHook(frame, parentOwner) ? null : parentOwner);
    owner.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: ProfileTimes = { jsUs: 0, jsCappedUs: 0, contentUs: 0, hookUs: 0, busyUs: 0 };
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    const name = byId.get(samples[i]!)!.callFrame.functionName;
    if (name !== '(idle)' && name !== '(root)') out.busyUs += dt;
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    out.jsUs += dt;
    out.jsCappedUs += Math.min(dt, CAP_INTERVALS * intervalUs);
    const part = ownerOf(samples[i]!);
    if (part === 'content') out.contentUs += dt;
    else if (part === 'hook') out.hookUs += dt;
  }
  return out;
}

