// Outputs appear whole or not at all: everything is written inside a temporary sibling of the target and renamed
// into place at the end, so a failure (a corrupt input found half way) leaves the target as it was.
import { mkdtempSync, renameSync, rmSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export async function writeAtomically<T>(target: string, write: (tempPath: string, scratchDir: string) => Promise<T>): Promise<T> {
  const full = resolve(target);
  const scratch = mkdtempSync(join(dirname(full), `.${basename(full)}.tmp-`));
  try {
    const temp = join(scratch, 'out');
    const result = await write(temp, scratch);
    if (existsSync(full)) {
      const old = join(scratch, 'previous');
      renameSync(full, old);
    }
    renameSync(temp, full);
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
