// Where a bundle file's compressed bytes wait until the zip is assembled. Every file of a training bundle grows
// while conversations are processed one at a time, but a zip stores each file contiguously; spools hold the
// compressed bytes in between. In a browser the bytes are rolled into Blobs (which the browser may keep on
// disk); the Node CLI uses temporary files (src/cli/file-spool.ts).
export interface Spool {
  write(chunk: Uint8Array): void | Promise<void>;
  read(): AsyncIterable<Uint8Array>;
  dispose(): void | Promise<void>;
}

export type SpoolFactory = (name: string) => Spool | Promise<Spool>;

const ROLL_BYTES = 4 * 1024 * 1024;
const READ_BYTES = 1024 * 1024;

export const blobSpool: SpoolFactory = () => {
  let blobs: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const roll = () => {
    if (pending.length) blobs.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  return {
    write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= ROLL_BYTES) roll();
    },
    async *read() {
      roll();
      for (const blob of blobs) {
        for (let at = 0; at < blob.size; at += READ_BYTES) {
          yield new Uint8Array(await blob.slice(at, at + READ_BYTES).arrayBuffer());
        }
      }
    },
    dispose() {
      blobs = [];
      pending = [];
    },
  };
};
