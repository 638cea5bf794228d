// Parts of the review page that its first rows do not need (an open conversation's timeline, which labels with the
// full labeller; the overview's charts and bulk actions) load as their own chunks after the list is up, so opening
// the page compiles only what the list shows.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<P> {
  (props: P): JSX.Element | null;
  /** Starts loading now (e.g. once the first rows are shown), so the part is ready when it is wanted. */
  preload(): Promise<ComponentType<P>>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): Lazy<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => (loading ??= load().then((c) => (loaded = c)));
  const LazyPart = (props: P) => {
    const [, setReady] = useState(!!loaded);
    useEffect(() => {
      let live = true;
      if (!loaded) void preload().then(() => live && setReady(true));
      return () => void (live = false);
    }, []);
    const Part = loaded;
    return Part ? <Part {...props} /> : null;
  };
  return Object.assign(LazyPart, { preload });
}
