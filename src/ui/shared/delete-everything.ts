// "Delete everything", from the options page or on leaving a study: the store's tables (events, derived rows, review
// decisions) and the files exports left in the origin private file system (./export-files.ts), so no copy of the
// deleted data stays behind in a finished export's zip.
import type { PageStore } from '../../store/api';
import { removeFinishedExports } from './export-files';

export async function deleteEverything(store: PageStore): Promise<void> {
  await store.deleteEverything();
  await removeFinishedExports();
}
