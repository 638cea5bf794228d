// The popup's export of a seeded store, file by file: how the export is run (threads, buffers, reading ahead) may
// change, the bundle it writes may not. The digests were taken from the export as it stood before round 12's changes
// to its memory and speed; a change that means to alter the bundle (a new field, a format) updates them on purpose.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { syntheticConversation } from '../../../test/support/synthetic-bundles';
import { openBackgroundStore } from '../../store/api';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportCancelled, type ExportOutput, runExport } from './export-run';
import { type SyncHandle, syncHandleOutput } from './export-files';
import { linesMaker, SPAN_DETECTOR } from '../../background/derived-upkeep';
import { deflateKept, inflateKept } from '../../core/export/kept-bytes';
import { KEPT_OPTIONS } from '../../core/export/kept-lines';


/** `maker`: the background's export lines kept too, for the given extension version. */
async function seededStore(name: string, maker?: ReturnType<typeof linesMaker>) {
  const store = openBackgroundStore(name);
  // Conversations appended in interleaved batches, as captured; the first half's derived rows brought up to date by
  // the background (kept labels and redaction spans), the second half's left for the export to compute.
  const convs = Array.from({ length: 60 }, (_, i) => syntheticConversation(i % 3 ? 'p' : 'q', i, { site: i % 5 ? 'chatgpt' : 'claude' }));
  const half = convs.length / 2;
  const batch = async (list: typeof convs) => {
    const events = list.flatMap((c) => c);
    for (let i = 0; i < events.length; i += 17) await store.append(events.slice(i, i + 17));
  };
  await batch(convs.slice(0, half));
  await store.updateDerived({ detector: SPAN_DETECTOR, ...(maker ? { maker } : {}) });
  await batch(convs.slice(half));
  return store;
}

/** Changes the first conversation's kept lines, on the database itself (pages reach it only through the store). */
async function firstKeptRow(name: string, change: (row: { deflated: Uint8Array; files: [string, number, number][] }) => Promise<void>) {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error ?? new Error('open failed'));
  });
  const done = (tx: IDBTransaction) => new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = fail)));
  const read = db.transaction('exportLines', 'readonly');
  const cursor = read.objectStore('exportLines').openCursor();
  let row: Parameters<typeof change>[0] | undefined;
  cursor.onsuccess = () => void (row = cursor.result!.value as Parameters<typeof change>[0]);
  await done(read);
  await change(row!); // inflating and deflating again is no IndexedDB request: the row is put in a second transaction
  const write = db.transaction('exportLines', 'readwrite');
  write.objectStore('exportLines').put(row);
  await done(write);
  db.close();
}

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** A file open for synchronous access on Node's file descriptors, as the export worker's OPFS files are (./export-files.ts). */
function syncFile(path: string): SyncHandle {
  const fd = openSync(path, 'w+');
  return {
    write: (data, { at }) => writeSync(fd, data, 0, data.length, at),
    read: (into, { at }) => readSync(fd, into, 0, into.length, at),
    flush: () => undefined,
    close: () => closeSync(fd),
  };
}

/** The export worker's output (spools and zip in two files written and read synchronously), in a temporary folder. */
function filesOutput(dir: string): ExportOutput {
  const spools = syncFile(join(dir, 'spools.bin'));
  const zip = syncFile(join(dir, 'bundle.zip'));
  const close = () => (spools.close(), zip.close());
  return {
    ...syncHandleOutput(spools, zip),
    finish: () => (close(), Promise.resolve(new Blob([readFileSync(join(dir, 'bundle.zip'))]))),
    discard: () => (close(), rmSync(dir, { recursive: true })),
  };
}

async function exported(store: Awaited<ReturnType<typeof seededStore>>, options: object, signal?: AbortSignal, output?: ExportOutput) {
  const { blob } = await runExport(store, {
    options,
    version: '9.9.9',
    report: () => undefined,
    ...(signal ? { signal } : {}),
    ...(output ? { output } : {}),
  });
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    createdAt: string;
    redaction?: object;
    files: { name: string }[];
  };
  // The manifest's moving fields: the time of the export, and the redaction rules' version and list, which the rules
  // own (a rule added changes them, not how the export runs); the README names the same version and rule count, so
  // its size and digest in the manifest's file list move with them too (the README itself is compared below).
  const redaction = manifest.redaction && { ...manifest.redaction, rulesVersion: 'fixed', rules: 'fixed' };
  const listed = manifest.files.map((f) => (f.name === 'README.md' ? { name: f.name } : f));
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify({ ...manifest, createdAt: 'fixed', redaction, files: listed }));
  const readme = new TextDecoder().decode(files['README.md']).replace(/rules version [^,]+, \d+ rules/g, 'rules version fixed');
  files['README.md'] = new TextEncoder().encode(readme);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, sha(data)]));
}

describe('export of a seeded store', () => {
  it('writes the same files, byte for byte, at the standard redaction level in every format', async () => {
    const store = await seededStore('export-run-golden');
    const files = await exported(store, { redaction: { level: 'standard' } });
    expect(files).toMatchInlineSnapshot(`
      {
        "README.md": "41c14517f72d3f04",
        "completion-fim.jsonl": "e3b0c44298fc1c14",
        "completion-labels.jsonl": "e3b0c44298fc1c14",
        "completion-preference.jsonl": "e3b0c44298fc1c14",
        "completion-prompt-completion.jsonl": "e3b0c44298fc1c14",
        "conversations.jsonl": "28a7b211c23edd9e",
        "dataset_info.json": "a8d75d3d12e6d859",
        "events.jsonl": "a22d0a9dfe0fdcfd",
        "kto.jsonl": "0e94bbc5054b2a6e",
        "labels.jsonl": "db15327d5b1fb5ec",
        "llamafactory-kto.jsonl": "38cd0a0e7190432f",
        "llamafactory-preference.jsonl": "7f7f02f6d1c8b5f7",
        "manifest.json": "449c583ae939acce",
        "openai-chat.jsonl": "f6d7c71eb13c4bfa",
        "openai-preference.jsonl": "0bac14384960753e",
        "preference.jsonl": "a0dbaa93a9944d94",
        "schemas/completion-fim.schema.json": "3c3be6c6aff50174",
        "schemas/completion-labels.schema.json": "c769916ea359892e",
        "schemas/completion-preference.schema.json": "6da0a0505ef47ae1",
        "schemas/completion-prompt-completion.schema.json": "46c83d2c3fb6bf7e",
        "schemas/conversations.schema.json": "67711bd3154378d9",
        "schemas/dataset_info.schema.json": "025aa5f4a276e417",
        "schemas/events.schema.json": "42bf1ba11ccf6139",
        "schemas/kto.schema.json": "1c1ae0675facef16",
        "schemas/labels.schema.json": "1af773ffc1d5f7a9",
        "schemas/llamafactory-kto.schema.json": "8257b2c693965970",
        "schemas/llamafactory-preference.schema.json": "f2fa5cc1a89ddf47",
        "schemas/manifest.schema.json": "825751ff3a3f7e5c",
        "schemas/openai-chat.schema.json": "3f6ef7e7ed38f78e",
        "schemas/openai-preference.schema.json": "8813838cf45ed11e",
        "schemas/preference.schema.json": "b2a7bb28dee0e1ac",
        "schemas/sft-prompt-completion.schema.json": "18b07abfcd5fe0bd",
        "schemas/sft.schema.json": "8b69457d92ecb3ad",
        "schemas/sharegpt.schema.json": "a4cf9d29526b77a6",
        "sft-prompt-completion.jsonl": "53684bb27a18cda0",
        "sft.jsonl": "0ae7441c3fdc91c9",
        "sharegpt.jsonl": "9c60ccab8d166d4f",
      }
    `);
  });

  it('writes the same files through files on disk (the export worker\'s output) as through Blobs', async () => {
    const store = await seededStore('export-run-files');
    const options = { redaction: { level: 'standard' } };
    const dir = mkdtempSync(join(tmpdir(), 'export-run-files-'));
    try {
      expect(await exported(store, options, undefined, filesOutput(dir))).toEqual(await exported(store, options));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same files from the export lines the background keeps, which it reads instead of computing', async () => {
    const options = { ...KEPT_OPTIONS, redaction: { level: 'standard', chosenBy: 'default' } };
    const computed = await exported(await seededStore('export-run-computed'), options);
    const kept = await seededStore('export-run-kept', linesMaker('9.9.9'));
    expect(await exported(kept, options)).toEqual(computed);
    // The kept bytes are what it wrote: a marker put in one conversation's kept events is in the bundle.
    await firstKeptRow('export-run-kept', async (row) => {
      const bytes = await inflateKept(row.deflated);
      bytes.set(new TextEncoder().encode('{"marker":true}\n'.padEnd(row.files[0]![1], ' ')));
      row.deflated = await deflateKept(bytes);
    });
    // As the popup runs it: cancellable.
    expect((await exported(kept, options, new AbortController().signal))['events.jsonl']).not.toEqual(computed['events.jsonl']);
  });

  it('removes its files when cancelled or when it fails', async () => {
    const store = await seededStore('export-run-files-fail');
    const parent = mkdtempSync(join(tmpdir(), 'export-run-fail-'));
    try {
      const abort = new AbortController();
      abort.abort();
      await expect(exported(store, {}, abort.signal, filesOutput(mkdtempSync(join(parent, 'run-'))))).rejects.toBeInstanceOf(ExportCancelled);
      await expect(exported(store, { formats: ['no-such-format'] }, undefined, filesOutput(mkdtempSync(join(parent, 'run-'))))).rejects.toThrow();
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('leaves no bundle once cancelled', async () => {
    const store = await seededStore('export-run-cancel');
    const abort = new AbortController();
    abort.abort();
    await expect(exported(store, {}, abort.signal)).rejects.toBeInstanceOf(ExportCancelled);
  });
});
