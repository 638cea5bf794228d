// A checkbox whose truth lives in the store shows the click at once and the stored state once it has been read
// back: without this, any re-render while the write is in flight (the list rescanning, the index worker reporting)
// would set the controlled checkbox back to the old state for a moment.
import { useEffect, useState } from 'preact/hooks';

type Change = (to: boolean, write: () => Promise<void>) => Promise<void>;

/** `stored`: the state as last read from the store; `readBack`: changes whenever the store was read again. */
export function usePendingCheck(stored: boolean, readBack: unknown): [shown: boolean, change: Change] {
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [readBack]);
  const change = async (to: boolean, write: () => Promise<void>) => {
    setPending(to);
    try {
      await write();
    } catch (e) {
      setPending(null);
      throw e;
    }
  };
  return [pending ?? stored, change];
}
