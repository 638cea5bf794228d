// `echo-dataset validate`: a bundle (zip or unzipped directory) is valid when its manifest matches the manifest
// schema (with a schemaVersion this reader knows), every file it lists is present with the listed sha256, byte
// count and line count, every JSONL line and JSON document matches its file's schema, the counts agree with the
// files, and nothing else is in it. A file written in parts (src/core/export/file-parts.ts) has every part listed
// and present, each checked on its own bytes, its lines read as the whole file's.
import { createHash } from 'node:crypto';
import { partOf, wholeFileOf } from '../core/export/file-parts';
import { JSON_FILE_SCHEMAS, JSONL_FILE_SCHEMAS, manifestSchema, type Manifest } from '../core/export/file-schemas';
import { SchemaError } from '../core/schema';
import { BundleError } from './bundle-error';
import { type BundleReader, openBundle } from './bundle-reader';

export interface ValidationReport {
  bundle: string;
  manifest: Manifest;
  files: { name: string; records: number; bytes: number }[];
}

/** Reads and checks the manifest only. */
export async function readManifest(bundle: BundleReader): Promise<Manifest> {
  if (!bundle.has('manifest.json')) throw new BundleError(bundle.path, 'missing (not an echo-capture bundle?)', 'manifest.json');
  const value = await bundle.json('manifest.json');
  if ((value as { format?: unknown } | null)?.format === 'echo-capture-merged-dataset') {
    throw new BundleError(bundle.path, 'this is a merged dataset, not a bundle: merge the bundles it came from instead', 'manifest.json');
  }
  try {
    return manifestSchema.parse(value);
  } catch (e) {
    if (e instanceof SchemaError) throw new BundleError(bundle.path, e.message, 'manifest.json');
    throw e;
  }
}

export type RecordVisitor = (file: string, record: unknown, line: number, text: string) => void | Promise<void>;

/**
 * Full check; throws BundleError at the first problem. `onRecord` sees every parsed JSONL record with its line's
 * text and its whole file's name (the parts of a file in order), events.jsonl first (a merge decides which
 * conversations a bundle contributes from its events).
 */
export async function validateBundle(path: string, onRecord?: RecordVisitor): Promise<ValidationReport> {
  const bundle = await openBundle(path);
  try {
    const manifest = await readManifest(bundle);
    const listed = new Set(manifest.files.map((f) => f.name));
    for (const name of bundle.names()) {
      if (name !== 'manifest.json' && !listed.has(name)) throw new BundleError(path, 'in the bundle but not listed in manifest.json', name);
    }
    checkParts(path, manifest);
    const isEvents = (name: string) => Number(wholeFileOf(name) === 'events.jsonl');
    const files = [...manifest.files].sort((a, b) => isEvents(b.name) - isEvents(a.name));
    for (const file of files) {
      if (!bundle.has(file.name)) throw new BundleError(path, 'listed in manifest.json but missing from the bundle', file.name);
      const whole = wholeFileOf(file.name);
      const hash = createHash('sha256');
      let bytes = 0;
      let lines = 0;
      const schema = JSONL_FILE_SCHEMAS[whole];
      const jsonl = file.name.endsWith('.jsonl');
      const doc: string[] = [];
      for await (const { line, no } of bundle.lines(file.name, (c) => {
        hash.update(c);
        bytes += c.length;
      })) {
        lines = no;
        if (!jsonl) {
          if (JSON_FILE_SCHEMAS[file.name]) doc.push(line);
          continue;
        }
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          throw new BundleError(path, `not JSON (${(e as Error).message})`, file.name, no);
        }
        if (schema) check(path, file.name, no, () => schema.parse(value));
        await onRecord?.(whole, value, no, line);
      }
      if (bytes !== file.bytes) throw new BundleError(path, `has ${bytes} bytes, manifest.json says ${file.bytes}`, file.name);
      const sha = hash.digest('hex');
      if (sha !== file.sha256) throw new BundleError(path, `sha256 ${sha} does not match manifest.json (${file.sha256})`, file.name);
      if (lines !== file.records) throw new BundleError(path, `has ${lines} lines, manifest.json says ${file.records} records`, file.name);
      const docSchema = JSON_FILE_SCHEMAS[file.name];
      if (docSchema) {
        let value: unknown;
        try {
          value = JSON.parse(doc.join('\n'));
        } catch (e) {
          throw new BundleError(path, `not JSON (${(e as Error).message})`, file.name);
        }
        check(path, file.name, undefined, () => docSchema.parse(value));
      }
    }
    checkCounts(path, manifest);
    return { bundle: path, manifest, files: manifest.files.map((f) => ({ name: f.name, records: f.records, bytes: f.bytes })) };
  } finally {
    await bundle.close();
  }
}

function check(path: string, file: string, line: number | undefined, parse: () => unknown): void {
  try {
    parse();
  } catch (e) {
    if (e instanceof SchemaError) throw new BundleError(path, `schema: ${e.message}`, file, line);
    throw e;
  }
}

/** Every part of a file listed, in order, each once, and no file listed both whole and in parts. */
function checkParts(path: string, manifest: Manifest): void {
  const parts = new Map<string, number[]>();
  const names = new Set(manifest.files.map((f) => f.name));
  for (const f of manifest.files) {
    const part = partOf(f.name);
    if (!part) continue;
    if (names.has(part.file)) throw new BundleError(path, `listed both whole and in parts (${f.name})`, part.file);
    const seen = parts.get(part.file) ?? [];
    if (seen.length !== part.index || partOf(manifest.files.find((g) => partOf(g.name)?.file === part.file)!.name)!.count !== part.count) {
      throw new BundleError(path, `parts listed out of order or with different counts in manifest.json`, f.name);
    }
    parts.set(part.file, [...seen, part.index]);
  }
  for (const f of manifest.files) {
    const part = partOf(f.name);
    if (part && parts.get(part.file)!.length !== part.count) throw new BundleError(path, `${part.count} parts named, ${parts.get(part.file)!.length} listed in manifest.json`, part.file);
  }
}

function checkCounts(path: string, manifest: Manifest): void {
  const records = new Map<string, number>();
  for (const file of manifest.files) {
    const whole = wholeFileOf(file.name);
    if (!whole.endsWith('.jsonl') || whole.includes('/')) continue;
    records.set(whole, (records.get(whole) ?? 0) + file.records);
  }
  for (const [file, total] of records) {
    const count = file.replace(/\.jsonl$/, '');
    const n = manifest.counts[count];
    if (n !== undefined && n !== total) throw new BundleError(path, `counts.${count} is ${n} but ${file} has ${total} records`, 'manifest.json');
  }
}
