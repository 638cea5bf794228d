// Claude's derived message ids (see claude.ts), shared by the DOM adapter and the tree reader (claude-tree.ts) so
// both name a message the same way, and so neither imports the other.
import { hash64 } from './kit';

/** `row<depth><path>`; a long path (deep chats with many retries) is replaced by a stable hash of it. */
export function claudePathId(depth: number, path: string): string {
  return path.length <= 64 ? `row${depth}${path}` : `row${depth}.h${hash64(path)}`;
}
