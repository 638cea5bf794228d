// Rows read from IndexedDB as one ArrayBuffer, for handing them from the export's read worker to the export worker
// (./export-reader.ts says why). What arrives from another thread is the browser's to keep until a full collection of
// the receiving worker, which an export whose JavaScript heap stays flat never brings (round 21, docs/export-format.md):
// a structured-clone message's serialised copy (PartitionAlloc's buffer partition), a transferred buffer's bytes (its
// array-buffer partition), and so is a string TextDecoder makes (a string of the browser's, in the buffer partition,
// which the JavaScript string only points to). So the rows come as one transferred buffer that the export hands back
// with a later request (the reader writes the next rows into it), and the JSON text is read into a string by
// JavaScript (protobuf.js's UTF-8 reader, @protobufjs/utf8), everything copied out before the buffer goes back.
// The layout: the JSON text's length (uint32), the JSON text (UTF-8), then the bytes of every Uint8Array in it, each
// replaced in the JSON by its offset and length. `undefined` in an array (an answer's unknown model in a tally) is kept
// as a marker and read back as undefined; an `undefined` property is left out, as JSON leaves it.
import * as utf8 from '@protobufjs/utf8';

const BYTES = '\u0000bytes';
const UNDEFINED = '\u0000undefined';

/**
 * `value` as one buffer: `reuse` when it is large enough (the bytes past the rows are left as they were), else a new
 * one, at least twice `reuse`'s size so a growing page does not make one a page.
 */
export function encodeRows(value: unknown, reuse?: ArrayBuffer): ArrayBuffer {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    if (v === undefined) return Array.isArray(this) ? { [UNDEFINED]: 1 } : undefined;
    if (ArrayBuffer.isView(v)) {
      if (!(v instanceof Uint8Array)) throw new Error(`row codec: only Uint8Array views, not ${v.constructor.name}`);
      parts.push(v);
      const at = offset;
      offset += v.byteLength;
      return { [BYTES]: [at, v.byteLength] };
    }
    return v;
  });
  const text = new TextEncoder().encode(json ?? 'null');
  const needed = 4 + text.byteLength + offset;
  const buffer = reuse && reuse.byteLength >= needed ? reuse : new ArrayBuffer(Math.max(needed, 2 * (reuse?.byteLength ?? 0)));
  const out = new Uint8Array(buffer);
  new DataView(buffer).setUint32(0, text.byteLength);
  out.set(text, 4);
  let at = 4 + text.byteLength;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return buffer;
}

/** The rows of `encodeRows`, copied out of `buffer` (which can then be written again). */
export function decodeRows(buffer: ArrayBuffer): unknown {
  const length = new DataView(buffer).getUint32(0);
  const base = 4 + length;
  // An array's marked elements are set to undefined by the array's own call (which comes after its elements'): a
  // reviver's undefined would delete them, leaving holes.
  const marked = {};
  return JSON.parse(utf8.read(new Uint8Array(buffer), 4, base), (_key, v: unknown) => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const items = v as unknown[];
      for (let i = 0; i < items.length; i++) if (items[i] === marked) items[i] = undefined;
      return items;
    }
    if (UNDEFINED in v) return marked;
    const bytes = (v as Record<string, unknown>)[BYTES] as [number, number] | undefined;
    return bytes ? new Uint8Array(buffer, base + bytes[0], bytes[1]).slice() : v;
  });
}
