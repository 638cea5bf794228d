// Writes an export bundle: a zip of JSONL files plus manifest.json (schema version, counts, sha256 of each
// file). Streams: records are serialised and compressed as they arrive, so memory does not grow with the data.
import { Zip, ZipDeflate } from 'fflate';
import { Sha256 } from './sha256';

export const BUNDLE_FORMAT = 'echo-capture-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;

export interface BundleFile {
  name: string;
  description: string;
  records: AsyncIterable<unknown> | Iterable<unknown>;
}

export interface BundleFileEntry {
  name: string;
  description: string;
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

export type Sink = (chunk: Uint8Array) => void | Promise<void>;

const FLUSH_BYTES = 256 * 1024;

export async function writeBundle(
  files: BundleFile[],
  base: Omit<BundleManifest, 'format' | 'schemaVersion' | 'files' | 'createdAt'> & { createdAt?: string },
  sink: Sink,
  onProgress: (records: number) => void = () => undefined,
): Promise<BundleManifest> {
  const enc = new TextEncoder();
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
  let done = 0;
  for (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    zip.add(entry);
    const hash = new Sha256();
    let bytes = 0;
    let records = 0;
    let buffer = '';
    const push = async (final: boolean) => {
      const data = enc.encode(buffer);
      buffer = '';
      hash.update(data);
      bytes += data.length;
      entry.push(data, final);
      await drain();
    };
    for await (const record of file.records as AsyncIterable<unknown>) {
      buffer += JSON.stringify(record) + '\n';
      records++;
      if (buffer.length >= FLUSH_BYTES) {
        await push(false);
        onProgress(done + records);
      }
    }
    await push(true);
    done += records;
    onProgress(done);
    entries.push({ name: file.name, description: file.description, records, bytes, sha256: hash.hex() });
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
  manifestEntry.push(enc.encode(JSON.stringify(manifest, null, 2) + '\n'), true);
  zip.end();
  await drain();
  return manifest;
}
