// `echo-dataset validate`: a bundle is valid when its manifest matches the manifest schema, every file it lists
// is in the zip with the listed sha256, byte count and line count, every JSONL line matches its file's schema,
// the counts agree with the files, and the zip holds nothing else.
import { JSONL_FILE_SCHEMAS, manifestSchema, type Manifest } from '../core/export/file-schemas';
import { Sha256 } from '../core/export/sha256';
import { SchemaError } from '../core/schema';
import { BundleError } from './bundle-error';
import { ZipReader } from './zip-reader';

export interface ValidationReport {
  bundle: string;
  manifest: Manifest;
  files: { name: string; records: number; bytes: number }[];
}

/** Reads and checks the manifest only. */
export async function readManifest(zip: ZipReader): Promise<Manifest> {
  if (!zip.has('manifest.json')) throw new BundleError(zip.path, 'missing from the zip (not an echo-capture bundle?)', 'manifest.json');
  try {
    return manifestSchema.parse(await zip.json('manifest.json'));
  } catch (e) {
    if (e instanceof SchemaError) throw new BundleError(zip.path, e.message, 'manifest.json');
    throw e;
  }
}

/** Full check; throws BundleError at the first problem. `onRecord` sees every parsed JSONL record. */
export async function validateBundle(
  path: string,
  onRecord?: (file: string, record: unknown, line: number) => void | Promise<void>,
): Promise<ValidationReport> {
  const zip = await ZipReader.open(path);
  try {
    const manifest = await readManifest(zip);
    const listed = new Set(manifest.files.map((f) => f.name));
    for (const name of zip.entries.keys()) {
      if (name !== 'manifest.json' && !listed.has(name)) throw new BundleError(path, 'in the zip but not listed in manifest.json', name);
    }
    for (const file of manifest.files) {
      if (!zip.has(file.name)) throw new BundleError(path, 'listed in manifest.json but missing from the zip', file.name);
      const hash = new Sha256();
      let bytes = 0;
      let lines = 0;
      const schema = JSONL_FILE_SCHEMAS[file.name];
      for await (const { line, no } of zip.lines(file.name, (c) => {
        hash.update(c);
        bytes += c.length;
      })) {
        lines = no;
        if (!file.name.endsWith('.jsonl')) continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          throw new BundleError(path, `not JSON (${(e as Error).message})`, file.name, no);
        }
        if (schema) {
          try {
            schema.parse(value);
          } catch (e) {
            if (e instanceof SchemaError) throw new BundleError(path, `schema: ${e.message}`, file.name, no);
            throw e;
          }
        }
        await onRecord?.(file.name, value, no);
      }
      if (bytes !== file.bytes) throw new BundleError(path, `has ${bytes} bytes, manifest.json says ${file.bytes}`, file.name);
      const sha = hash.hex();
      if (sha !== file.sha256) throw new BundleError(path, `sha256 ${sha} does not match manifest.json (${file.sha256})`, file.name);
      if (lines !== file.records) throw new BundleError(path, `has ${lines} lines, manifest.json says ${file.records} records`, file.name);
    }
    checkCounts(path, manifest);
    return { bundle: path, manifest, files: manifest.files.map((f) => ({ name: f.name, records: f.records, bytes: f.bytes })) };
  } finally {
    await zip.close();
  }
}

const COUNTED_FILES: Record<string, string> = {
  events: 'events.jsonl',
  conversations: 'conversations.jsonl',
  labels: 'labels.jsonl',
  sft: 'sft.jsonl',
  'sft-prompt-completion': 'sft-prompt-completion.jsonl',
  preference: 'preference.jsonl',
  kto: 'kto.jsonl',
  'openai-chat': 'openai-chat.jsonl',
  sharegpt: 'sharegpt.jsonl',
};

function checkCounts(path: string, manifest: Manifest): void {
  for (const [count, name] of Object.entries(COUNTED_FILES)) {
    const file = manifest.files.find((f) => f.name === name);
    const n = manifest.counts[count];
    if (file && n !== undefined && n !== file.records) {
      throw new BundleError(path, `counts.${count} is ${n} but ${name} has ${file.records} records`, 'manifest.json');
    }
  }
}
