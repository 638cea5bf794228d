// A merge streams every bundle through JS, then hands the staged records to DuckDB. V8 collects the streaming
// phase's garbage only when it needs to, so without a nudge the JS heap would stay at its high-water mark while
// DuckDB fills its own memory limit, and peak memory would be their sum. One full collection between the phases
// makes it their maximum. (`gc` is exposed through the documented V8 flag; nothing else changes.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
