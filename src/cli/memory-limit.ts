// `--memory-limit`: what DuckDB may use during a merge, checked before any work so a typo fails at once instead
// of after every bundle has been read.
const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
export const MIN_MEMORY_LIMIT = 64e6;

/** Bytes of a limit like `512MB`, `2GB`, `1.5GiB`; throws a one-line reason otherwise. */
export function parseMemoryLimit(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*$/.exec(text);
  const unit = m?.[2]?.toLowerCase();
  if (!m || !unit || !(unit in UNITS)) throw new Error(`--memory-limit ${JSON.stringify(text)}: expected a size like 512MB, 2GB or 1.5GiB`);
  const bytes = Number(m[1]) * UNITS[unit]!;
  if (bytes < MIN_MEMORY_LIMIT) throw new Error(`--memory-limit ${text}: at least 64MB`);
  return bytes;
}
