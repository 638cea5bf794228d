// Where a bundle file's compressed bytes wait until the zip is assembled. Every file of a training bundle grows
// while conversations are processed one at a time, but a zip stores each file contiguously; spools hold the
// compressed bytes in between. The extension's export worker writes them to files of the origin private file system
// (src/ui/shared/export-files.ts); elsewhere in a browser they are rolled into Blobs (which the browser may keep on
// disk, but which the page holds until it lets go of them); the Node CLI uses temporary files (src/cli/file-spool.ts).
export interface Spool {
  write(chunk: Uint8Array): void | Promise<void>;
  /** The bytes written, in order. A chunk may be a view that the next one reuses: the reader keeps none. */
  read(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  dispose(): void | Promise<void>;
}

export type SpoolFactory = (name: string) => Spool | Promise<Spool>;

const ROLL_BYTES = 4 * 1024 * 1024;
const READ_BYTES = 1024 * 1024;

/** Bytes rolled into Blobs of about ROLL_BYTES as they come, so a page holds at most a few MB of them at a time. */
export class BlobRoll {
  #blobs: Blob[] = [];
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;

  write(chunk: Uint8Array): void {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    if (this.#pendingBytes >= ROLL_BYTES) this.#roll();
  }

  /** Every byte written so far, in order. */
  blobs(): readonly Blob[] {
    this.#roll();
    return this.#blobs;
  }

  clear(): void {
    this.#blobs = [];
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  #roll(): void {
    if (this.#pending.length) this.#blobs.push(new Blob(this.#pending as BlobPart[]));
    this.#pending = [];
    this.#pendingBytes = 0;
  }
}

export const blobSpool: SpoolFactory = () => {
  const roll = new BlobRoll();
  return {
    write: (chunk) => roll.write(chunk),
    async *read() {
      for (const blob of roll.blobs()) {
        for (let at = 0; at < blob.size; at += READ_BYTES) {
          yield new Uint8Array(await blob.slice(at, at + READ_BYTES).arrayBuffer());
        }
      }
    },
    dispose: () => roll.clear(),
  };
};
