// Kept export lines are stored deflated: as UTF-8 they took 6.8 KB per answer, four times the events they come from
// (docs/export-format.md, round 15), and deflated a conversation's lines take about a tenth of that. The platform's
// CompressionStream (service workers, pages, workers and Node 18+) does it in native zlib, so the background, the
// export worker, the Node tests and the bench's seeding all run this one code. The zlib format ('deflate') rather
// than 'deflate-raw', which older Node and Firefox lack; its six bytes of framing per row do not matter.
import { unzlibSync } from 'fflate';

const FORMAT = 'deflate';

/**
 * Written and read on the stream itself: a Blob or Response around the bytes goes through the browser process's blob
 * registry in Chromium, which took four times the export worker's own CPU in IPC (measured with export-profile).
 */
type ByteStream = { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };

async function through(bytes: Uint8Array, stream: ByteStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined); // a failure shows on the readable side
  void writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    size += r.value.length;
  }
  return chunks.length === 1 ? chunks[0]! : joinBytes(chunks, size);
}

/** The chunks one after another in one array (`size`: their total length, when the caller counted it already). */
export function joinBytes(chunks: readonly Uint8Array[], size = chunks.reduce((n, c) => n + c.length, 0)): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function deflateKept(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new CompressionStream(FORMAT));
}

export function inflateKept(deflated: Uint8Array): Promise<Uint8Array> {
  return through(deflated, new DecompressionStream(FORMAT));
}

/**
 * Inflates the export's kept rows one after another into one buffer it reuses (round 16). A DecompressionStream per
 * row (a stream, its promises and zlib's state made and dropped for each conversation, and a new array for each
 * row's bytes) cost the export worker more than the inflating itself at a row's size (~12 KB of lines); fflate's
 * synchronous inflate with the row's known length writes into the one buffer, so an export allocates nothing per
 * row for its bytes. Each result is a view of that buffer, valid until the next call: the bundle writer copies it
 * into its parts before the next row is read.
 */
export class KeptInflater {
  private scratch = new Uint8Array(64 * 1024);

  inflate(deflated: Uint8Array, bytes: number): Uint8Array {
    // One byte more than the row's length, so lines that inflate longer than their stated length show as a mismatch.
    if (this.scratch.length < bytes + 1) this.scratch = new Uint8Array(Math.max(bytes + 1, this.scratch.length * 2));
    const out = unzlibSync(deflated, { out: this.scratch.subarray(0, bytes + 1) });
    if (out.length !== bytes) throw new Error(`kept lines inflate to ${out.length} bytes, not ${bytes}`);
    return out;
  }
}
