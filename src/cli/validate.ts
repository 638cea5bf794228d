// `echo-dataset validate`: a bundle (zip or unzipped directory) is valid when its manifest matches the manifest
// schema (with a schemaVersion this reader knows), every file it lists is present with the listed sha256, byte
// count and line count, every JSONL line and JSON document matches its file's schema, the counts agree with the
// files, and nothing else is in it.
import { createHash } from 'node:crypto';
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
 * text, events.jsonl first (a merge decides which conversations a bundle contributes from its events).
 */
export async function validateBundle(path: string, onRecord?: RecordVisitor): Promise<ValidationReport> {
  const bundle = await openBundle(path);
  try {
    const manifest = await readManifest(bundle);
    const listed = new Set(manifest.files.map((f) => f.name));
    for (const name of bundle.names()) {
      if (name !== 'manifest.json' && !listed.has(name)) throw new BundleError(path, 'in the bundle but not listed in manifest.json', name);
    }
    const files = [...manifest.files].sort((a, b) => Number(b.name === 'events.jsonl') - Number(a.name === 'events.jsonl'));
    for (const file of files) {
      if (!bundle.has(file.name)) throw new BundleError(path, 'listed in manifest.json but missing from the bundle', file.name);
      const hash = createHash('sha256');
      let bytes = 0;
      let lines = 0;
      const schema = JSONL_FILE_SCHEMAS[file.name];
      const jsonl = file.name.endsWith('.jsonl');
      const whole: string[] = [];
      for await (const { line, no } of bundle.lines(file.name, (c) => {
        hash.update(c);
        bytes += c.length;
      })) {
        lines = no;
        if (!jsonl) {
          if (JSON_FILE_SCHEMAS[file.name]) whole.push(line);
          continue;
        }
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          throw new BundleError(path, `not JSON (${(e as Error).message})`, file.name, no);
        }
        if (schema) check(path, file.name, no, () => schema.parse(value));
        await onRecord?.(file.name, value, no, line);
      }
      if (bytes !== file.bytes) throw new BundleError(path, `has ${bytes} bytes, manifest.json says ${file.bytes}`, file.name);
      const sha = hash.digest('hex');
      if (sha !== file.sha256) throw new BundleError(path, `sha256 ${sha} does not match manifest.json (${file.sha256})`, file.name);
      if (lines !== file.records) throw new BundleError(path, `has ${lines} lines, manifest.json says ${file.records} records`, file.name);
      const docSchema = JSON_FILE_SCHEMAS[file.name];
      if (docSchema) {
        let doc: unknown;
        try {
          doc = JSON.parse(whole.join('\n'));
        } catch (e) {
          throw new BundleError(path, `not JSON (${(e as Error).message})`, file.name);
        }
        check(path, file.name, undefined, () => docSchema.parse(doc));
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

function checkCounts(path: string, manifest: Manifest): void {
  for (const file of manifest.files) {
    if (!file.name.endsWith('.jsonl') || file.name.includes('/')) continue;
    const count = file.name.replace(/\.jsonl$/, '');
    const n = manifest.counts[count];
    if (n !== undefined && n !== file.records) throw new BundleError(path, `counts.${count} is ${n} but ${file.name} has ${file.records} records`, 'manifest.json');
  }
}
