// Incremental CRC-32 (the zip checksum): entries are compressed into spools first and assembled into the zip at
// the end, so the checksum is computed as the data streams past.
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export class Crc32 {
  private c = -1;

  update(data: Uint8Array): this {
    let c = this.c;
    for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
    this.c = c;
    return this;
  }

  value(): number {
    return ~this.c >>> 0;
  }
}
