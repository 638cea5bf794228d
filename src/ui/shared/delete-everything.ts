// "Delete everything", from the options page or on leaving a study: the store's tables (events, derived rows, review
// decisions) and the files exports left in the origin private file system (./export-files.ts), so no copy of the
// deleted data stays behind in a finished export's zip.
import type { PageStore } from '../../store/api';
import { removeFinishedExports } from './export-files';

/** Resolves to the number of exports' folders still there (an export being written keeps its own to its end). */
export async function deleteEverything(store: PageStore): Promise<{ exportsLeft: number }> {
  await store.deleteEverything();
  return { exportsLeft: await removeFinishedExports() };
}

/** What the page says when an export being written kept its folder (`exportsLeft` > 0). */
export const exportsLeftNote = (exportsLeft: number): string =>
  `An export still being written keeps its file until it ends (${exportsLeft} left); the next export or "Delete everything" removes it.`;
