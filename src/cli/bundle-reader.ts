// A bundle as the CLI reads it: the zip a participant sent, or the same files unzipped into a directory. Both give
// each file's bytes as a stream and its lines, so validate, stats, relabel and merge never load a file whole.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { entriesHolding } from '../core/export/file-parts';
import { BundleError } from './bundle-error';
import { linesOf } from './lines';
import { ZipReader } from './zip-reader';

export interface BundleReader {
  readonly path: string;
  /** Every file in the bundle, by its name inside it (`schemas/sft.schema.json`). */
  names(): string[];
  has(name: string): boolean;
  bytes(name: string): AsyncGenerator<Uint8Array>;
  lines(name: string, onBytes?: (chunk: Uint8Array) => void): AsyncGenerator<{ line: string; no: number }>;
  text(name: string): Promise<string>;
  json(name: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Opens a bundle zip or an unzipped bundle directory; a missing path or a stray directory fails with a BundleError. */
export async function openBundle(path: string): Promise<BundleReader> {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new BundleError(path, `cannot open: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
  }
  if (!isDir) return ZipReader.open(path);
  if (!existsSync(join(path, 'manifest.json'))) throw new BundleError(path, 'a directory without manifest.json is not a bundle', 'manifest.json');
  return new DirectoryReader(path);
}

class DirectoryReader implements BundleReader {
  private readonly files: Set<string>;

  constructor(readonly path: string) {
    this.files = new Set(
      readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(path, join(d.parentPath, d.name)).split(sep).join('/')),
    );
  }

  names(): string[] {
    return [...this.files];
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  async *bytes(name: string): AsyncGenerator<Uint8Array> {
    if (!this.files.has(name)) throw new BundleError(this.path, 'missing from the bundle directory', name);
    for await (const chunk of createReadStream(join(this.path, name), { highWaterMark: 1024 * 1024 })) yield chunk as Uint8Array;
  }

  lines(name: string, onBytes?: (chunk: Uint8Array) => void) {
    return linesOf(this.path, name, this.bytes(name), onBytes);
  }

  async text(name: string): Promise<string> {
    const chunks: Uint8Array[] = [];
    for await (const c of this.bytes(name)) chunks.push(c);
    return new TextDecoder().decode(Buffer.concat(chunks));
  }

  async json(name: string): Promise<unknown> {
    try {
      return JSON.parse(await this.text(name));
    } catch (e) {
      if (e instanceof BundleError) throw e;
      throw new BundleError(this.path, `not JSON (${(e as Error).message})`, name);
    }
  }

  async close(): Promise<void> {}
}

/**
 * The entries holding `file`: the file itself, or its parts in order (src/core/export/file-parts.ts), whose lines
 * read one after another are the whole file's.
 */
export function entriesOf(bundle: BundleReader, file: string): string[] {
  if (bundle.has(file)) return [file];
  const parts = entriesHolding(bundle.names(), file);
  if (!parts.length) throw new BundleError(bundle.path, 'missing from the bundle', file);
  return parts;
}
