// Rows read from IndexedDB as one ArrayBuffer, for handing them from the export's read worker to the export worker by
// transfer (./export-reader.ts says why). A structured-clone message would do the same job, but its serialised copy
// stays with the message event in the receiving worker until a full collection, which is what the read worker is
// there to avoid; a transferred buffer leaves nothing behind but the buffer the rows are decoded from. The layout:
// the JSON text's length (uint32), the JSON text (UTF-8), then the bytes of every Uint8Array in it, each replaced in
// the JSON by its offset and length. `undefined` in an array (an answer's unknown model in a tally) is kept as a
// marker and read back as undefined; an `undefined` property is left out, as JSON leaves it.
const BYTES = '\u0000bytes';
const UNDEFINED = '\u0000undefined';

export function encodeRows(value: unknown): ArrayBuffer {
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
  const out = new Uint8Array(4 + text.byteLength + offset);
  new DataView(out.buffer).setUint32(0, text.byteLength);
  out.set(text, 4);
  let at = 4 + text.byteLength;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out.buffer;
}

/** The rows of `encodeRows`; their Uint8Arrays are views of `buffer`. */
export function decodeRows(buffer: ArrayBuffer): unknown {
  const length = new DataView(buffer).getUint32(0);
  const base = 4 + length;
  // An array's marked elements are set to undefined by the array's own call (which comes after its elements'): a
  // reviver's undefined would delete them, leaving holes.
  const marked = {};
  return JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length)), (_key, v: unknown) => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const items = v as unknown[];
      for (let i = 0; i < items.length; i++) if (items[i] === marked) items[i] = undefined;
      return items;
    }
    if (UNDEFINED in v) return marked;
    const bytes = (v as Record<string, unknown>)[BYTES] as [number, number] | undefined;
    return bytes ? new Uint8Array(buffer, base + bytes[0], bytes[1]) : v;
  });
}
