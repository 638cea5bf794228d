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
