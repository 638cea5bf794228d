// Writes an export bundle: a zip of JSONL (and text) files plus manifest.json (schema version, counts, sha256 of
// each file). Records may arrive for any file in any order (a training export writes events, labels and samples
// of one conversation at a time); each file is serialised, hashed and compressed as records arrive, its
// compressed bytes wait in a spool, and the zip is assembled from the spools at the end. Memory does not grow
// with the data: only the spools do, and they live in Blobs or temporary files; each file's text is encoded into a few
// reused buffers. A file larger than one part (./file-parts.ts) is written as several, each with its own entry,
// spool and SHA-256 (hashed natively in one call once the part is complete).
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { type Compressor, type CompressorFactory, defaultCompressor } from './compressor';
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

const FLUSH_CHARS = 256 * 1024;
/** Encoding buffers in turn (see BundleWriter.slots). */
const SLOTS = 3;

interface Part {
  spool: Spool;
  compressor: Compressor;
  hash: FileHasher;
  bytes: number;
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
  /** Text not yet encoded and the lines it holds. */
  buffer: string;
  bufferLines: number;
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
    private readonly hashers: HasherFactory = fileHashers(),
    private readonly partBytes = PART_BYTES,
  ) {
    this.flushChars = Math.min(FLUSH_CHARS, Math.max(64 * 1024, Math.floor(partBytes / 4)));
  }

  /**
   * Flushed often enough that a part ends near its bound (a part holds whole flushes), and never in chunks under
   * 64 K: Node's CompressionStream reports a chunk below its stream's 16 KiB high-water mark read while it still
   * holds it, uncopied, so a reused buffer would be overwritten under it.
   */
  private readonly flushChars: number;

  /** Declares a file; files appear in the zip and the manifest in the order they were declared. */
  async declare(name: string, description: string): Promise<void> {
    if (this.files.has(name)) throw new Error(`bundle file declared twice: ${name}`);
    this.files.set(name, { name, description, parts: [await this.part(name, 0)], records: 0, buffer: '', bufferLines: 0, closed: false });
  }

  private async part(name: string, index: number): Promise<Part> {
    const spool = await this.spools(index ? `${name}.${index}` : name);
    return { spool, compressor: this.compressors((chunk) => spool.write(chunk)), hash: await this.hashers(), bytes: 0, records: 0, crc: 0 };
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
    file.bufferLines += lines;
    if (file.buffer.length >= this.flushChars) await this.flush(file, false);
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
    await this.flush(file, true);
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
      await this.flush(file, true);
      // Every chunk read by its hasher (a failure on the hashing thread fails the export here, not a wrong digest).
      await Promise.all(this.slots.map((slot) => slot.read));
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
      let part = file.parts.at(-1)!;
      // The buffer holds whole lines: a part ends at a line, before the one that would take it over the bound. Only
      // JSONL is split (a JSON document or the card in parts would not parse); those are small.
      if (part.bytes > 0 && part.bytes + data.length > this.partBytes && file.name.endsWith('.jsonl')) {
        await this.close(part);
        file.parts.push((part = await this.part(file.name, file.parts.length)));
      }
      part.bytes += data.length;
      part.records += file.bufferLines;
      // A hasher may read the buffer later (one on another thread): the slot is free once it and the compressor have.
      const hashed = part.hash.update(data);
      const compressed = part.compressor.push(data);
      slot.read = hashed ? Promise.all([hashed, compressed]).then(() => undefined) : compressed;
      slot.read.catch(() => undefined); // a failure also fails the file's finish(); awaited when the slot is next used
    }
    file.bufferLines = 0;
    if (final) {
      file.closed = true;
      await this.close(file.parts.at(-1)!);
    }
  }

  /** A complete part: its CRC once compressed, its SHA-256 computed while the export goes on. */
  private async close(part: Part): Promise<void> {
    part.crc = await part.compressor.finish();
    part.sha256 = Promise.resolve(part.hash.hex());
    part.sha256.catch(() => undefined); // awaited by finish(); a failed export never reads it
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
