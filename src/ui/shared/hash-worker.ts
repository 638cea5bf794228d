// The export's hashing thread: the popup's export posts each bundle file's bytes here as they are written and this
// worker computes their SHA-256 beside the serialisation (src/core/export/hash-service.ts says why).
import { createFileHasher } from '../../core/export/file-hasher';
import { serveHashes, type HashPort } from '../../core/export/hash-service';

serveHashes(self as unknown as HashPort, createFileHasher);
