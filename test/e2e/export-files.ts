// The export's files in the extension's origin private file system (src/ui/shared/export-files.ts), read from an
// extension page of either browser: each export's folder and the files in it (`<run>`, `<run>/bundle.zip`).
export interface Evaluates {
  evaluate<T>(fn: () => Promise<T>): Promise<T>;
}

export function exportFiles(page: Evaluates): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    const root = await navigator.storage.getDirectory();
    for await (const [name, entry] of root.entries()) {
      if (name !== 'echo-export' || entry.kind !== 'directory') continue;
      for await (const [run, folder] of (entry).entries()) {
        names.push(run);
        if (folder.kind === 'directory') for await (const file of (folder).keys()) names.push(`${run}/${file}`);
      }
    }
    return names;
  });
}

/** The files of the exports' folders (`bundle.zip`...), without the folders' names. */
export const filesIn = (names: string[]): string[] => names.filter((n) => n.includes('/')).map((n) => n.split('/')[1]!);

/**
 * What keeps exports' folders, for a failure's message: the note the page showed, the Web Locks held, and what a
 * removal tried now answers (read only when a folder is left).
 */
export function whyExportFilesStay(page: Evaluates): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const note = document.querySelector('[role="status"]')?.textContent;
    if (note) out.push(`note: ${note}`);
    const locks = await navigator.locks.query();
    out.push(`locks held: ${JSON.stringify(locks.held?.map((l) => l.name))}, pending: ${JSON.stringify(locks.pending?.map((l) => l.name))}`);
    const root = await navigator.storage.getDirectory();
    for await (const [name, entry] of root.entries()) {
      if (name !== 'echo-export' || entry.kind !== 'directory') continue;
      const dir = entry;
      for await (const [run] of dir.entries()) {
        try {
          await dir.removeEntry(run, { recursive: true });
          out.push(`${run}: removed when tried again now`);
        } catch (e) {
          out.push(`${run}: ${(e as Error).name}: ${(e as Error).message}`);
        }
      }
    }
    return out.join('; ');
  });
}
