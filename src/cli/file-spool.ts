// Spools in temporary files for the Node CLI: a relabelled or merged bundle never holds its files in memory.
import { createReadStream, mkdtempSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Spool, SpoolFactory } from '../core/export/spool';

export function fileSpools(dir: string): SpoolFactory {
  const base = mkdtempSync(join(dir, 'spool-'));
  let n = 0;
  return (name) => {
    const path = join(base, `${n++}-${name.replace(/[^\w.-]/g, '_')}`);
    let fd: number | null = openSync(path, 'w');
    const spool: Spool = {
      write(chunk) {
        writeSync(fd!, chunk);
      },
      async *read() {
        if (fd !== null) closeSync(fd);
        fd = null;
        for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) yield chunk as Uint8Array;
      },
      dispose() {
        if (fd !== null) closeSync(fd);
        fd = null;
        rmSync(path, { force: true });
      },
    };
    return spool;
  };
}
