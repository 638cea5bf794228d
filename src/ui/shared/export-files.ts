// Where the export worker keeps an export's bytes: files of the extension's origin private file system (OPFS), not
// Blobs. Blobs built in the export worker were held by the renderer until the zip was downloaded: at 100,000 answers
// the extension process's array-buffer partition grew by 32 MB and the workers' Blink heap by 11 MB between the
// 20,000th and the last answer, in proportion to the zip (memory-infra dumps, docs/export-format.md "Memory of an
// export"). Here every compressed chunk goes to disk as it comes, through a FileSystemSyncAccessHandle (dedicated
// workers only), so nothing of the zip waits in memory: one spool file holds every bundle file part's compressed
// chunks, each part knowing its extents in it, and the zip is written from them into a second file, whose getFile()
// is a disk-backed File the page downloads the way it downloaded the Blob.
//
// Each export has its own folder (ROOT/<run>), held under a Web Lock while the worker writes it. It is removed on
// failure and on cancel (by the worker, or by the page once it has stopped the worker), and by the page GRACE_MS
// after the download started (the download reads the file: removing it sooner could cut the download short). A
// popup closed before then, or an export that crashed, leaves its folder behind: sweepExportFiles, run at the start
// of every export, removes every folder no lock holds whose files are older than GRACE_MS.
//
// Where OPFS or sync access handles are missing (Firefox private windows, where getDirectory throws; a page, where
// sync handles do not exist), and in Firefox, whose downloads read a page's File as they go (downloadOutlivesPage),
// openExportFiles returns null and the export keeps its bytes in Blobs (./export-run.ts).
import type { Spool } from '../../core/export/spool';
import type { ExportOutput } from './export-run';

const ROOT = 'echo-export';
const SPOOLS = 'spools.bin';
const ZIP = 'bundle.zip';
/** How long a finished zip stays for its download to read it (the page revokes the download's URL then too). */
export const GRACE_MS = 60_000;
const READ_BYTES = 1024 * 1024;

/** The part of FileSystemSyncAccessHandle used here (not in TypeScript's DOM library). */
export interface SyncHandle {
  write(data: Uint8Array, options: { at: number }): number;
  read(into: Uint8Array, options: { at: number }): number;
  flush(): void;
  close(): void;
}
type SyncFile = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncHandle> };

/** An export's output (./export-run.ts ExportOutput) in files: the zip, a disk-backed File, or nothing. */
export interface ExportFiles extends ExportOutput {
  finish(): Promise<File>;
}

const lockName = (run: string) => `${ROOT}/${run}`;

async function root(): Promise<FileSystemDirectoryHandle | null> {
  try {
    if (typeof navigator.storage?.getDirectory !== 'function') return null;
    return await (await navigator.storage.getDirectory()).getDirectoryHandle(ROOT, { create: true });
  } catch {
    return null; // private windows (SecurityError), storage switched off
  }
}

/**
 * Whether a download of an OPFS file can outlive the page that starts it. Chromium's download manager takes hold of
 * a blob URL's data when the download starts. Firefox reads it as the download goes, and an extension page's blob
 * URLs end with the page: the popup closes as soon as the focus leaves it (the downloads panel opening is enough),
 * and a disk-backed OPFS File made by the export worker, which the page terminates at once, left Firefox's download
 * unfinished (privacy-firefox.e2e.ts timed out waiting for the saved zip, round 13). There the export keeps its bytes
 * in Blobs, as before round 13. The URL scheme says which browser's extension this is: no user-agent sniffing.
 */
const downloadOutlivesPage = (): boolean => self.location.protocol !== 'moz-extension:';

/** Bytes appended at the end of a file through a sync handle. */
class Appender {
  at = 0;
  constructor(readonly handle: SyncHandle) {}
  append(chunk: Uint8Array): number {
    const at = this.at;
    for (let done = 0; done < chunk.length; ) done += this.handle.write(chunk.subarray(done), { at: at + done });
    this.at += chunk.length;
    return at;
  }
}

/**
 * The export's files in ROOT/<run>, or null where this context cannot write OPFS files synchronously. Holds the run's
 * lock until finish() or discard() has settled.
 */
export async function openExportFiles(run: string): Promise<ExportFiles | null> {
  if (!downloadOutlivesPage()) return null;
  const dir = await root();
  if (!dir || typeof (FileSystemFileHandle.prototype as Partial<SyncFile>).createSyncAccessHandle !== 'function') return null;
  let folder: FileSystemDirectoryHandle;
  let spoolHandle: SyncHandle;
  let zipFile: SyncFile;
  let zipHandle: SyncHandle;
  let release: () => void = () => undefined;
  const opened: SyncHandle[] = [];
  const closeAll = () => {
    for (const h of opened.splice(0)) {
      try {
        h.close();
      } catch {
        // already closed
      }
    }
  };
  try {
    await holdLock(run, (r) => (release = r));
    folder = await dir.getDirectoryHandle(run, { create: true });
    spoolHandle = await ((await folder.getFileHandle(SPOOLS, { create: true })) as SyncFile).createSyncAccessHandle();
    opened.push(spoolHandle);
    zipFile = (await folder.getFileHandle(ZIP, { create: true })) as SyncFile;
    zipHandle = await zipFile.createSyncAccessHandle();
    opened.push(zipHandle);
  } catch {
    closeAll();
    release();
    await removeExportFiles(run);
    return null;
  }
  return {
    ...syncHandleOutput(spoolHandle, zipHandle),
    async finish() {
      try {
        zipHandle.flush();
        closeAll();
        await folder.removeEntry(SPOOLS);
        return await zipFile.getFile();
      } finally {
        release();
      }
    },
    async discard() {
      closeAll();
      release();
      await removeExportFiles(run);
    },
  };
}

/**
 * Spools and the zip's sink over two files open for synchronous access: every spool appends to the first (each knows
 * its extents in it), the zip is appended to the second.
 */
export function syncHandleOutput(spoolFile: SyncHandle, zipFile: SyncHandle): Pick<ExportOutput, 'spools' | 'sink'> {
  const spools = new Appender(spoolFile);
  const zip = new Appender(zipFile);
  const reading = new Uint8Array(READ_BYTES);
  return {
    spools: (): Spool => {
      /** Where the spool's chunks are in the shared file: consecutive chunks of one part make one extent. */
      let extents: { at: number; bytes: number }[] = [];
      return {
        write(chunk) {
          const at = spools.append(chunk);
          const last = extents.at(-1);
          if (last && last.at + last.bytes === at) last.bytes += chunk.length;
          else extents.push({ at, bytes: chunk.length });
        },
        // Each chunk is a view of one reused buffer, valid until the next is asked for: the bundle writer hands it to
        // the zip, whose sink writes it to disk at once (BundleWriter.finish).
        *read() {
          for (const { at, bytes } of extents) {
            for (let done = 0; done < bytes; ) {
              const n = spoolFile.read(reading.subarray(0, Math.min(READ_BYTES, bytes - done)), { at: at + done });
              if (n <= 0) throw new Error('export spool file ended early');
              yield reading.subarray(0, n);
              done += n;
            }
          }
        },
        dispose() {
          extents = [];
        },
      };
    },
    sink: (chunk) => void zip.append(chunk),
  };
}

/** Takes the run's lock and hands its release over once held (no lock where Web Locks are missing). */
async function holdLock(run: string, onHeld: (release: () => void) => void): Promise<void> {
  const locks = navigator.locks;
  if (!locks) return;
  await new Promise<void>((held) => {
    void locks.request(lockName(run), () => new Promise<void>((release) => (onHeld(release), held())));
  });
}

/** Removes an export's folder; false when it could not be (a worker still has its files open). */
export async function removeExportFiles(run: string): Promise<boolean> {
  const dir = await root();
  return !dir || removeEntryOf(dir, run);
}

/** Removes an entry of ROOT, a run's folder or a stray file; false when it could not be removed yet (a worker still
 *  has its files open), true when it is gone. */
async function removeEntryOf(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await dir.removeEntry(name, { recursive: true });
    return true;
  } catch (e) {
    return e instanceof DOMException && e.name === 'NotFoundError';
  }
}

/** The run folders and stray files of ROOT, with whether an export still holds the folder's lock. */
async function listRuns(dir: FileSystemDirectoryHandle): Promise<{ name: string; entry: FileSystemHandle; held: boolean }[]> {
  const held = new Set((await navigator.locks?.query())?.held?.map((l) => l.name) ?? []);
  const runs: { name: string; entry: FileSystemHandle; held: boolean }[] = [];
  for await (const [name, entry] of dir.entries()) runs.push({ name, entry, held: held.has(lockName(name)) });
  return runs;
}

/**
 * Removes what exports left behind: every folder no lock holds whose files are all older than `graceMs` (a download
 * started from the folder's zip within it may still be reading the file).
 */
export async function sweepExportFiles(now = Date.now(), graceMs = GRACE_MS): Promise<void> {
  const dir = await root();
  if (!dir) return;
  for (const { name, entry, held } of await listRuns(dir)) {
    if (held || (entry.kind === 'directory' && (await touchedSince(entry as FileSystemDirectoryHandle, now - graceMs)))) continue;
    await removeEntryOf(dir, name);
  }
}

/**
 * How often, and after how long at first, "Delete everything" tries again to remove a folder (doubling each time:
 * about 12 s in all, for a browser slow to let go of a finished export's lock or handles on a loaded machine).
 */
const DELETE_TRIES = 7;
const DELETE_FIRST_WAIT_MS = 200;

/**
 * "Delete everything" leaves no copy of the data in exports' files either: a zip whose download started less than
 * GRACE_MS ago, or that a closed popup left, would otherwise stay until the next export. Every folder goes, whatever
 * its age; one that cannot be removed yet (a lock or a file handle the browser has not let go of a moment after an
 * export ended) is tried again for a few seconds. Resolves to the number of folders left: an export still being
 * written holds its folder to its own end, and the caller says so.
 */
export async function removeFinishedExports(): Promise<number> {
  const dir = await root();
  if (!dir) return 0;
  for (let attempt = 1; ; attempt++) {
    let left = 0;
    for (const { name, held } of await listRuns(dir)) {
      if (held || !(await removeEntryOf(dir, name))) left++;
    }
    if (left === 0 || attempt === DELETE_TRIES) return left;
    await new Promise((r) => setTimeout(r, DELETE_FIRST_WAIT_MS * 2 ** (attempt - 1)));
  }
}

async function touchedSince(folder: FileSystemDirectoryHandle, since: number): Promise<boolean> {
  for await (const entry of folder.values()) {
    if (entry.kind !== 'file') continue;
    try {
      if ((await (entry).getFile()).lastModified > since) return true;
    } catch {
      return true; // open in a worker that writes it
    }
  }
  return false;
}

/** A name for a new export's folder. */
export const newRun = (): string => `${Date.now()}-${crypto.randomUUID()}`;
