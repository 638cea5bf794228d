// Writes an export bundle: a zip of JSONL (and text) files plus manifest.json (schema version, counts, sha256 of
// each file). Records may arrive for any file in any order (a training export writes events, labels and samples
// of one conversation at a time); each file is serialised, hashed and compressed as records arrive, its
// compressed bytes wait in a spool, and the zip is assembled from the spools at the end. Memory does not grow
// with the data: only the spools do, and they live in Blobs or temporary files; each file's text is encoded into a few
// reused buffers.
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { type Compressor, type CompressorFactory, defaultCompressor } from './compressor';
import { createFileHasher, type FileHasher, type HasherFactory } from './file-hasher';
import { blobSpool, type Spool, type SpoolFactory } from './spool';

export const BUNDLE_FORMAT = 'echo-capture-bundle';
export const BUNDLE_SCHEMA_VERSION = 2;

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

const FLUSH_CHARS = 256 * 1024;
/** Encoding buffers in turn (see BundleWriter.slots). */
const SLOTS = 3;

interface OpenFile {
  name: string;
  description: string;
  spool: Spool;
  compressor: Compressor;
  hash: FileHasher;
  crc: number;
  bytes: number;
  records: number;
  buffer: string;
  closed: boolean;
}

export class BundleWriter {
  private files = new Map<string, OpenFile>();
  private enc = new TextEncoder();
  /**
   * A few buffers the flushes encode into in turn, each reused once the compressor has read it. A new buffer per
   * flush made hundreds of MB of short-lived ArrayBuffers, which outlived the young generation while the compressor
   * held them and waited for a full collection: the page's memory grew with the export's size. More than one, so a
   * compressor working on another thread (Node's zlib) reads one while the next is filled.
   */
  private slots: { buffer: Uint8Array; read: Promise<void> }[] = [];
  private nextSlot = 0;

  constructor(
    private readonly spools: SpoolFactory = blobSpool,
    private readonly compressors: CompressorFactory = defaultCompressor,
    private readonly hashers: HasherFactory = createFileHasher,
  ) {}

  /** Declares a file; files appear in the zip and the manifest in the order they were declared. */
  async declare(name: string, description: string): Promise<void> {
    if (this.files.has(name)) throw new Error(`bundle file declared twice: ${name}`);
    const spool = await this.spools(name);
    this.files.set(name, {
      name,
      description,
      spool,
      compressor: this.compressors((chunk) => spool.write(chunk)),
      hash: await this.hashers(),
      crc: 0,
      bytes: 0,
      records: 0,
      buffer: '',
      closed: false,
    });
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** Appends one JSON line. */
  async write(name: string, record: unknown): Promise<void> {
    await this.writeText(name, JSON.stringify(record) + '\n', 1);
  }

  async writeText(name: string, text: string, lines = countLines(text)): Promise<void> {
    const file = this.open(name);
    file.buffer += text;
    file.records += lines;
    if (file.buffer.length >= FLUSH_CHARS) await this.flush(file, false);
  }

  records(name: string): number {
    return this.files.get(name)?.records ?? 0;
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
      await this.flush(file, true);
      // Every chunk read by its hasher (a failure on the hashing thread fails the export here, not a wrong digest).
      await Promise.all(this.slots.map((slot) => slot.read));
      const entry: ZipInputFile = { filename: file.name, size: file.bytes, crc: file.crc, compression: 8 };
      zip.add(entry);
      for await (const chunk of file.spool.read()) {
        entry.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
        await drain();
      }
      entry.ondata!(null, new Uint8Array(0), true);
      await drain();
      await file.spool.dispose();
      const sha256 = await file.hash.hex();
      entries.push({ name: file.name, description: file.description, records: file.records, bytes: file.bytes, sha256 });
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
    for (const file of this.files.values()) await file.spool.dispose();
  }

  private open(name: string): OpenFile {
    const file = this.files.get(name);
    if (!file) throw new Error(`bundle file not declared: ${name}`);
    if (file.closed) throw new Error(`bundle file already finished: ${name}`);
    return file;
  }

  private async flush(file: OpenFile, final: boolean): Promise<void> {
    if (file.closed) return;
    const slot = (this.slots[this.nextSlot] ??= { buffer: new Uint8Array(0), read: Promise.resolve() });
    this.nextSlot = (this.nextSlot + 1) % SLOTS;
    await slot.read;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (slot.buffer.length < file.buffer.length * 3) slot.buffer = new Uint8Array(Math.max(file.buffer.length * 3, FLUSH_CHARS * 3));
    const data = slot.buffer.subarray(0, this.enc.encodeInto(file.buffer, slot.buffer).written);
    file.buffer = '';
    if (data.length) {
      file.bytes += data.length;
      // A hasher on another thread (./hash-service.ts) reads the buffer beside the compressor: the slot is free
      // once both have.
      const hashed = file.hash.update(data);
      const compressed = file.compressor.push(data);
      slot.read = hashed ? Promise.all([hashed, compressed]).then(() => undefined) : compressed;
      slot.read.catch(() => undefined); // a failure also fails the file's finish(); awaited when the slot is next used
    }
    if (final) {
      file.closed = true;
      file.crc = await file.compressor.finish();
    }
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
