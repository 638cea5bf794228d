// Rows read from IndexedDB as one ArrayBuffer, for handing them from the export's read worker to the export worker
// (./export-reader.ts says why). What arrives from another thread is the browser's to keep until a full collection of
// the receiving worker, which an export whose JavaScript heap stays flat never brings (round 21, docs/export-format.md):
// a structured-clone message's serialised copy (PartitionAlloc's buffer partition), a transferred buffer's bytes (its
// array-buffer partition), and so is a string TextDecoder makes (a string of the browser's, in the buffer partition,
// which the JavaScript string only points to). So the rows come as one transferred buffer that the export hands back
// with a later request (the reader writes the next rows into it), and the JSON text is read into a string by
// JavaScript (protobuf.js's UTF-8 reader, @protobufjs/utf8), everything copied out before the buffer goes back.
// The layout: the JSON text's length (uint32), the JSON text (UTF-8), then the bytes of every Uint8Array in it; the
// JSON lists where each goes and where an array held undefined (an answer's unknown model in a tally), so both are
// read back as they were; an `undefined` property is left out, as JSON leaves it.
import * as utf8 from '@protobufjs/utf8';

/** Where a value sits in the rows: the keys and indexes down to it. */
type Path = (string | number)[];

/**
 * A JSON-able copy of `value` with every Uint8Array (pushed onto `parts`, its path onto `bytes`) and every
 * undefined array element (its path onto `holes`) replaced by null; undefined properties are left out, as JSON does.
 */
function prepare(value: unknown, path: Path, parts: Uint8Array[], bytes: Path[], holes: Path[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    if (!(value instanceof Uint8Array)) throw new Error(`row codec: only Uint8Array views, not ${value.constructor.name}`);
    parts.push(value);
    bytes.push(path);
    return null;
  }
  if (Array.isArray(value)) {
    return value.map((v: unknown, i) => {
      if (v === undefined) holes.push([...path, i]);
      return prepare(v, [...path, i], parts, bytes, holes);
    });
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = prepare(v, [...path, k], parts, bytes, holes);
  return out;
}

/** `value` as one buffer: `reuse` when it is large enough (the bytes past the rows are left as they were), else a new one. */
export function encodeRows(value: unknown, reuse?: ArrayBuffer): ArrayBuffer {
  const parts: Uint8Array[] = [];
  const bytes: Path[] = [];
  const holes: Path[] = [];
  const rows = prepare(value, [], parts, bytes, holes);
  const json = JSON.stringify({ rows, bytes, lengths: parts.map((p) => p.byteLength), holes });
  const binary = parts.reduce((n, p) => n + p.byteLength, 0);
  // The text written straight into the buffer (no array of its own left to the reader's collector): a UTF-8 byte
  // per UTF-16 unit is enough for most rows, three always.
  let buffer = reuse && reuse.byteLength >= 4 + json.length + binary ? reuse : grown(4 + json.length + binary, reuse);
  let written = new TextEncoder().encodeInto(json, new Uint8Array(buffer, 4, buffer.byteLength - 4 - binary));
  if (written.read < json.length) {
    buffer = grown(4 + 3 * json.length + binary, buffer);
    written = new TextEncoder().encodeInto(json, new Uint8Array(buffer, 4, buffer.byteLength - 4 - binary));
  }
  new DataView(buffer).setUint32(0, written.written);
  const out = new Uint8Array(buffer);
  let at = 4 + written.written;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return buffer;
}

/** A new buffer of at least `needed` bytes, and at least twice `reuse`'s so a growing page does not make one a page. */
const grown = (needed: number, reuse: ArrayBuffer | undefined) => new ArrayBuffer(Math.max(needed, 2 * (reuse?.byteLength ?? 0)));

/** Sets what `path` leads to in `root` (a path of at least one key). */
function put(root: unknown, path: Path, value: unknown): void {
  let holder = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  holder[path.at(-1)!] = value;
}

/**
 * The rows of `encodeRows`, copied out of `buffer` (which can then be written again). Parsed without a reviver (one
 * call per value read, several times the parse's own time): only the places `encodeRows` listed are set.
 */
export function decodeRows(buffer: ArrayBuffer): unknown {
  const length = new DataView(buffer).getUint32(0);
  const all = new Uint8Array(buffer);
  const read = JSON.parse(utf8.read(all, 4, 4 + length)) as { rows: unknown; bytes: Path[]; lengths: number[]; holes: Path[] };
  let at = 4 + length;
  let rows = read.rows;
  read.bytes.forEach((path, i) => {
    const copy = all.slice(at, at + read.lengths[i]!);
    at += read.lengths[i]!;
    if (path.length) put(rows, path, copy);
    else rows = copy;
  });
  for (const path of read.holes) put(rows, path, undefined);
  return rows;
}
