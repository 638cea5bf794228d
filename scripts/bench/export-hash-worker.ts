// The export's hashing thread in Node (worker_threads), as src/ui/shared/hash-worker.ts is in the extension: used by
// scripts/bench/export-node.ts so the Node bench hashes beside serialisation as the popup does.
import { parentPort } from 'node:worker_threads';
import { createFileHasher } from '../../src/core/export/file-hasher';
import { serveHashes, type HashPort } from '../../src/core/export/hash-service';

serveHashes(parentPort as unknown as HashPort, createFileHasher);
