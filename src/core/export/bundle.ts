// Writes an export bundle: a zip of JSONL (and text) files plus manifest.json (schema version, counts, sha256 of
// each file). Records may arrive for any file in any order (a training export writes events, labels and samples
// of one conversation at a time); each file is serialised, hashed and compressed as records arrive, its
// compressed bytes wait in a spool, and the zip is assembled from the spools at the end. Memory does not grow
// with the data: only the spools do, and they live in files (OPFS, temporary files) or Blobs. A file larger than one part
// (./file-parts.ts) is written as several, each with its own entry, spool and SHA-256. Each line is encoded as it is
// written, straight into its part's own buffer (at most PART_BYTES, reused for the next part once hashed): the
// compressor reads slices of it and the native hasher hashes it whole once the part is complete, so no byte is
// copied between encoding and hashing (the copy into the hasher was a tenth of the popup's export time), and no
// written text waits as a string (pending text of a few hundred K characters per file outlived the young
// generation: the collector copied and promoted it, and the page's heap grew with the export's length).
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { type Compressor, type CompressorFactory, defaultCompressor, READ_WHOLE_BYTES } from './compressor';
import { fileHashers, type FileHasher, type HasherFactory } from './file-hasher';
import { PART_BYTES, partName, partsLocation } from './file-parts';
import { blobSpool, type Spool, type SpoolFactory } from './spool';

export const BUNDLE_FORMAT = 'echo-capture-bundle';
/** 3: files over PART_BYTES are written in parts (./file-parts.ts). */
export const BUNDLE_SCHEMA_VERSION = 3;

export interface BundleFile {
  name: string;
  description: string;
  records: AsyncIterable<unknown> | Iterable<unknown>;
}

export interface BundleFileEntry {
  name: string;
  description: string;
  /** JSONL: lines (records); text files: lines. */
  records: number;
  bytes: number;
  sha256: string;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  schemaVersion: number;
  createdAt: string;
  generator: { name: string; version: string };
  counts: Record<string, number>;
  files: BundleFileEntry[];
  [extra: string]: unknown;
}

export type ManifestBase = Omit<BundleManifest, 'format' | 'schemaVersion' | 'files' | 'createdAt'> & { createdAt?: string };

export type Sink = (chunk: Uint8Array) => void | Promise<void>;

/** Encoded bytes handed to the compressor at once. */
const PUSH_BYTES = 256 * 1024;
/** A part's buffer starts this small (a small file never takes a whole part's) and doubles up to the part size. */
const FIRST_BUFFER = 64 * 1024;

interface Part {
  spool: Spool;
  compressor: Compressor;
  hash: FileHasher;
  /** The part's encoded bytes so far (`bytes` of them), unchanged until the part is hashed. */
  buffer: Uint8Array;
  bytes: number;
  /** Bytes handed to the compressor (and to an incremental hasher) so far. */
  pushedBytes: number;
  /** The compressor's read of the last slice pushed (one at a time per part: the compressor's backpressure). */
  pushed: Promise<void>;
  records: number;
  crc: number;
  /** Set once the part is complete (hashing runs while the export goes on). */
  sha256?: Promise<string>;
}

interface OpenFile {
  name: string;
  description: string;
  /** Complete parts, then the one being written (the last). */
  parts: Part[];
  records: number;
  closed: boolean;
}

export class BundleWriter {
  private files = new Map<string, OpenFile>();
  private enc = new TextEncoder();
  /**
   * Buffers of parts already compressed and hashed, for the next parts. A new buffer per flush (before round 7)
   * made hundreds of MB of short-lived ArrayBuffers that waited for a full collection: the page's memory grew with
   * the export's size. Reused whole, the buffers are the writer's memory: one per open file, bounded by the part size.
   */
  private pool: Uint8Array[] = [];

  constructor(
    private readonly spools: SpoolFactory = blobSpool,
    private readonly compressors: CompressorFactory = defaultCompressor,
    private readonly hashers: HasherFactory = fileHashers(),
    private readonly partBytes = PART_BYTES,
  ) {
    this.pushBytes = Math.min(PUSH_BYTES, Math.max(READ_WHOLE_BYTES, Math.floor(partBytes / 4)));
  }

  /**
   * Pushed in slices of at least READ_WHOLE_BYTES but for a part's last (./compressor.ts: a smaller push may be read
   * later; a part's buffer is reused only once the compressor has finished it).
   */
  private readonly pushBytes: number;

  /** Declares a file; files appear in the zip and the manifest in the order they were declared. */
  async declare(name: string, description: string): Promise<void> {
    if (this.files.has(name)) throw new Error(`bundle file declared twice: ${name}`);
    this.files.set(name, { name, description, parts: [await this.part(name, 0)], records: 0, closed: false });
  }

  private async part(name: string, index: number): Promise<Part> {
    const spool = await this.spools(index ? `${name}.${index}` : name);
    return {
      spool,
      compressor: this.compressors((chunk) => spool.write(chunk)),
      hash: await this.hashers(),
      buffer: this.buffer(index > 0),
      bytes: 0,
      pushedBytes: 0,
      pushed: Promise.resolve(),
      records: 0,
      crc: 0,
    };
  }

  /**
   * A reused buffer, or a new one: small for a file's first part, a whole part's for the next ones (the file is
   * large: growing each part's buffer from small by doubling copied as many bytes as the hashing copy it replaced).
   */
  private buffer(large: boolean): Uint8Array {
    const i = large ? this.pool.findIndex((b) => b.length >= this.partBytes) : this.pool.length - 1;
    if (i >= 0) return this.pool.splice(i, 1)[0]!;
    return new Uint8Array(large ? this.partBytes : Math.min(FIRST_BUFFER, this.partBytes));
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /**
   * Appends one JSON line. Returns a promise only when bytes went to the compressor or a part ended, which the caller
   * awaits before writing again: most writes only encode into the part's buffer, and awaiting each one cost a
   * microtask turn per record.
   */
  write(name: string, record: unknown): Promise<void> | undefined {
    return this.writeText(name, JSON.stringify(record) + '\n', 1);
  }

  /** Appends text of whole lines; a promise only when it has to be awaited (see write). */
  writeText(name: string, text: string, lines = countLines(text)): Promise<void> | undefined {
    const file = this.open(name);
    file.records += lines;
    const part = file.parts.at(-1)!;
    // A part ends at a line, before the text that would take it over the bound. Only JSONL is split (a JSON document
    // or the card in parts would not parse); those are small.
    if (!this.encode(part, text, part.bytes === 0 || !file.name.endsWith('.jsonl'))) return this.nextPart(file, text, lines);
    part.records += lines;
    return part.bytes - part.pushedBytes >= this.pushBytes ? this.push(part) : undefined;
  }

  /**
   * Appends bytes of whole lines (a conversation's kept lines), split into parts exactly as writeText splits the
   * same text; a promise only when it has to be awaited (see write).
   */
  writeBytes(name: string, bytes: Uint8Array, lines: number): Promise<void> | undefined {
    const file = this.open(name);
    file.records += lines;
    const part = file.parts.at(-1)!;
    const fits = part.bytes + bytes.length <= this.partBytes;
    if (!fits && part.bytes > 0 && file.name.endsWith('.jsonl')) return this.nextPart(file, bytes, lines);
    this.copy(part, bytes);
    part.records += lines;
    return part.bytes - part.pushedBytes >= this.pushBytes ? this.push(part) : undefined;
  }

  /** Copies bytes after the part's, in a larger buffer when they do not fit (see encode). */
  private copy(part: Part, bytes: Uint8Array): void {
    if (part.bytes + bytes.length > part.buffer.length) {
      const grown = new Uint8Array(Math.max(part.bytes + bytes.length, part.buffer.length * 2));
      grown.set(part.buffer.subarray(0, part.bytes));
      part.buffer = grown;
    }
    part.buffer.set(bytes, part.bytes);
    part.bytes += bytes.length;
  }

  /** Ends the file's current part and starts the next with `text`. */
  private async nextPart(file: OpenFile, text: string | Uint8Array, lines: number): Promise<void> {
    await this.close(file.parts.at(-1)!);
    const part = await this.part(file.name, file.parts.length);
    file.parts.push(part);
    if (typeof text === 'string') this.encode(part, text, true);
    else this.copy(part, text);
    part.records += lines;
    if (part.bytes - part.pushedBytes >= this.pushBytes) await this.push(part);
  }

  records(name: string): number {
    return this.files.get(name)?.records ?? 0;
  }

  /**
   * Completes the file (nothing more may be written to it) and gives the names its parts will have in the zip, and
   * where a reader finds them (the file, or the folder of its parts): for the dataset card and LLaMA-Factory's registry.
   */
  async complete(name: string): Promise<{ parts: string[]; location: string }> {
    const file = this.open(name);
    await this.completeFile(file);
    const n = file.parts.length;
    return { parts: file.parts.map((_, i) => partName(name, i, n)), location: partsLocation(name, n) };
  }

  /** Assembles the zip into sink: every declared file, then manifest.json describing them. */
  async finish(base: ManifestBase, sink: Sink): Promise<BundleManifest> {
    const out: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else out.push(chunk);
    });
    const drain = async () => {
      if (failure) throw failure;
      for (const chunk of out.splice(0)) await sink(chunk);
    };
    const entries: BundleFileEntry[] = [];
    for (const file of this.files.values()) {
      await this.completeFile(file);
      for (const [i, part] of file.parts.entries()) {
        const name = partName(file.name, i, file.parts.length);
        const entry: ZipInputFile = { filename: name, size: part.bytes, crc: part.crc, compression: 8 };
        zip.add(entry);
        for await (const chunk of part.spool.read()) {
          entry.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
          await drain();
        }
        entry.ondata!(null, new Uint8Array(0), true);
        await drain();
        await part.spool.dispose();
        const sha256 = await part.sha256!;
        entries.push({ name, description: file.description, records: part.records, bytes: part.bytes, sha256 });
      }
    }
    const manifest = {
      format: BUNDLE_FORMAT,
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      ...base,
      createdAt: base.createdAt ?? new Date().toISOString(),
      files: entries,
    } as BundleManifest;
    const manifestEntry = new ZipDeflate('manifest.json', { level: 6 });
    zip.add(manifestEntry);
    manifestEntry.push(this.enc.encode(JSON.stringify(manifest, null, 2) + '\n'), true);
    zip.end();
    await drain();
    return manifest;
  }

  /** Drops every spool (after a failure). */
  async dispose(): Promise<void> {
    for (const file of this.files.values()) for (const part of file.parts) await part.spool.dispose();
  }

  private open(name: string): OpenFile {
    const file = this.files.get(name);
    if (!file) throw new Error(`bundle file not declared: ${name}`);
    if (file.closed) throw new Error(`bundle file already finished: ${name}`);
    return file;
  }

  private async completeFile(file: OpenFile): Promise<void> {
    if (file.closed) return;
    file.closed = true;
    await this.close(file.parts.at(-1)!);
  }

  /**
   * Encodes text after the part's bytes. Returns false, having kept nothing, when the text would take the part over
   * its bound and `grow` is false.
   */
  private encode(part: Part, text: string, grow: boolean): boolean {
    const start = part.bytes;
    let at = 0;
    for (;;) {
      const limit = grow ? part.buffer.length : Math.min(part.buffer.length, this.partBytes);
      const { read, written } = this.enc.encodeInto(at ? text.slice(at) : text, part.buffer.subarray(part.bytes, limit));
      part.bytes += written;
      at += read;
      if (at === text.length) return true;
      if (!grow && part.buffer.length >= this.partBytes) {
        part.bytes = start;
        return false;
      }
      // UTF-8 takes at most 3 bytes per UTF-16 unit. A grown buffer is a new one: a slice the compressor has not read
      // yet stays in the old, which nothing writes again.
      const need = part.bytes + (text.length - at) * 3;
      const doubled = Math.max(need, part.buffer.length * 2);
      const grown = new Uint8Array(grow ? doubled : Math.min(doubled, this.partBytes));
      grown.set(part.buffer.subarray(0, part.bytes));
      part.buffer = grown;
    }
  }

  /** Hands the part's bytes not yet pushed to the compressor (and to an incremental hasher), one slice at a time. */
  private async push(part: Part): Promise<void> {
    await part.pushed;
    const slice = part.buffer.subarray(part.pushedBytes, part.bytes);
    part.pushedBytes = part.bytes;
    if (!part.hash.adopt) void part.hash.update(slice);
    part.pushed = part.compressor.push(slice);
    part.pushed.catch(() => undefined); // a failure also fails the part's close(); awaited there
  }

  /** A complete part: its CRC once compressed, its SHA-256 computed while the export goes on, then its buffer reused. */
  private async close(part: Part): Promise<void> {
    if (part.bytes > part.pushedBytes) await this.push(part);
    await part.pushed;
    part.crc = await part.compressor.finish();
    const whole = part.buffer.subarray(0, part.bytes);
    if (part.hash.adopt) part.hash.adopt(whole);
    part.sha256 = Promise.resolve(part.hash.hex());
    part.sha256.catch(() => undefined); // awaited by finish(); a failed export never reads it
    const buffer = part.buffer;
    part.buffer = new Uint8Array(0);
    void part.sha256.then(() => buffer.length <= this.partBytes && this.pool.push(buffer), () => undefined);
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Writes files one after another (each an iterable of records) into a bundle. */
export async function writeBundle(
  files: BundleFile[],
  base: ManifestBase,
  sink: Sink,
  onProgress: (records: number) => void = () => undefined,
  spools: SpoolFactory = blobSpool,
): Promise<BundleManifest> {
  const writer = new BundleWriter(spools);
  try {
    let done = 0;
    for (const file of files) {
      await writer.declare(file.name, file.description);
      for await (const record of file.records as AsyncIterable<unknown>) {
        await writer.write(file.name, record);
        if (++done % 1000 === 0) onProgress(done);
      }
    }
    onProgress(done);
    return await writer.finish(base, sink);
  } catch (e) {
    await writer.dispose();
    throw e;
  }
}
