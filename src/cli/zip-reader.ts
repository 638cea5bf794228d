// Reads bundle zips from disk without loading them: the central directory says where each entry is, and an entry
// is inflated as a stream (native zlib). A truncated or corrupt zip fails here, with the bundle and entry named, before any
// output is written.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { BundleError } from './bundle-error';
import { linesOf } from './lines';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const READ = 1024 * 1024;

export class ZipReader {
  private constructor(
    readonly path: string,
    private readonly fd: FileHandle,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<ZipReader> {
    let fd: FileHandle;
    try {
      fd = await open(path, 'r');
    } catch (e) {
      throw new BundleError(path, `cannot open: ${(e as Error).message}`);
    }
    try {
      return new ZipReader(path, fd, await readDirectory(path, fd));
    } catch (e) {
      await fd.close();
      throw e;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's bytes, inflated (native zlib), in chunks; checks its CRC and size at the end. */
  async *bytes(name: string): AsyncGenerator<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) throw new BundleError(this.path, 'missing from the zip', name);
    const local = Buffer.alloc(30);
    await this.fd.read(local, 0, 30, entry.headerOffset);
    if (local.readUInt32LE(0) !== LOCAL) throw new BundleError(this.path, 'corrupt zip: bad local header', name);
    if (entry.method !== 8 && entry.method !== 0) throw new BundleError(this.path, `unsupported compression method ${entry.method}`, name);
    const start = entry.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    let crc = 0;
    let size = 0;
    if (entry.compressedSize > 0) {
      const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: READ });
      const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: READ })) : raw;
      raw.on('error', (e) => stream.destroy(e));
      let read = 0;
      raw.on('data', (c: Buffer) => (read += c.length));
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          yield chunk;
        }
      } catch (e) {
        if (e instanceof BundleError) throw e;
        throw new BundleError(this.path, `corrupt compressed data (${(e as Error).message})`, name);
      }
      if (read < entry.compressedSize) throw new BundleError(this.path, 'truncated zip: entry data ends early', name);
    }
    if (size !== entry.size) throw new BundleError(this.path, `size mismatch: ${size} bytes inflated, zip says ${entry.size}`, name);
    if (crc >>> 0 !== entry.crc >>> 0) throw new BundleError(this.path, 'CRC mismatch: the entry is corrupt', name);
  }

  /** Lines of a text entry, 1-based; the final empty line after the last newline is not reported. */
  lines(name: string, onBytes?: (chunk: Uint8Array) => void): AsyncGenerator<{ line: string; no: number }> {
    return linesOf(this.path, name, this.bytes(name), onBytes);
  }

  async text(name: string): Promise<string> {
    const chunks: Uint8Array[] = [];
    for await (const c of this.bytes(name)) chunks.push(c);
    return new TextDecoder().decode(Buffer.concat(chunks));
  }

  async json(name: string): Promise<unknown> {
    const text = await this.text(name);
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new BundleError(this.path, `not JSON (${(e as Error).message})`, name);
    }
  }

  async close(): Promise<void> {
    await this.fd.close();
  }
}

async function readDirectory(path: string, fd: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await fd.stat();
  const tailSize = Math.min(size, 65_535 + 22);
  const tail = Buffer.alloc(tailSize);
  await fd.read(tail, 0, tailSize, size - tailSize);
  let eocd = -1;
  for (let i = tailSize - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new BundleError(path, 'truncated or not a zip: no end-of-central-directory record');
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirOffset + dirSize > size) throw new BundleError(path, 'truncated zip: central directory points past the end of the file');
  const dir = Buffer.alloc(dirSize);
  await fd.read(dir, 0, dirSize, dirOffset);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) throw new BundleError(path, 'corrupt zip: bad central directory');
    const nameLen = dir.readUInt16LE(at + 28);
    const name = dir.toString('utf8', at + 46, at + 46 + nameLen);
    const entry: ZipEntry = {
      name,
      method: dir.readUInt16LE(at + 10),
      crc: dir.readUInt32LE(at + 16),
      compressedSize: dir.readUInt32LE(at + 20),
      size: dir.readUInt32LE(at + 24),
      headerOffset: dir.readUInt32LE(at + 42),
    };
    if (entry.headerOffset + entry.compressedSize > dirOffset) throw new BundleError(path, 'corrupt zip: entry overlaps the directory', name);
    entries.set(name, entry);
    at += 46 + nameLen + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
  }
  return entries;
}
