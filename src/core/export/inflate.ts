// Inflates zlib streams (RFC 1950/1951) into a buffer the caller gives, with Huffman tables made once and reused: what the
// export does for every conversation's kept lines (./kept-bytes.ts). fflate's inflate, used before round 17, builds a
// lookup table of 2^(longest code) entries for each block, a new 64 KB array for a block with 15-bit codes: for rows of
// ~12 KB of lines in one block, making those tables took as long as the inflating (the export worker's profile at 8,000
// answers: 295 of fflate's 690 sampled ms, beside the garbage of the arrays). Here a table of 2^9 entries decodes the
// codes of up to 9 bits and longer ones are decoded from the codes' counts (as zlib's puff.c does), so a block's tables
// cost about a thousand writes and no allocation. Like fflate's unzlibSync, the Adler-32 trailer is not checked (the
// caller checks the length, and the manifest's SHA-256 is of the bytes written).

const FAST_BITS = 9;
const MAX_BITS = 15;

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289,
  16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order code length code lengths come in (RFC 1951 3.2.7). */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, the symbols in code order, and the short codes' table. */
class Huffman {
  readonly count = new Uint16Array(MAX_BITS + 1);
  readonly symbol: Uint16Array;
  /** Indexed by the next FAST_BITS bits: symbol << 4 | length for a code of at most FAST_BITS bits, else 0. */
  readonly fast = new Int32Array(1 << FAST_BITS);
  private readonly offs = new Uint16Array(MAX_BITS + 2);

  constructor(symbols: number) {
    this.symbol = new Uint16Array(symbols);
  }

  /** Makes the code of `n` symbols' lengths (0: unused) from `lengths[at..at+n)`. */
  build(lengths: Uint8Array, at: number, n: number): void {
    const { count, symbol, fast, offs } = this;
    count.fill(0);
    for (let s = 0; s < n; s++) count[lengths[at + s]!]!++;
    count[0] = 0;
    let left = 1;
    for (let len = 1; len <= MAX_BITS; len++) {
      left = (left << 1) - count[len]!;
      if (left < 0) throw new Error('inflate: over-subscribed code');
    }
    offs[1] = 0;
    for (let len = 1; len < MAX_BITS; len++) offs[len + 1] = offs[len]! + count[len]!;
    for (let s = 0; s < n; s++) {
      const len = lengths[at + s]!;
      if (len) symbol[offs[len]!++] = s;
    }
    fast.fill(0);
    let code = 0;
    let k = 0;
    for (let len = 1; len <= FAST_BITS; len++) {
      for (let i = 0; i < count[len]!; i++, code++) {
        // Codes are read from their first (most significant) bit on, bits packed from each byte's lowest.
        let rev = 0;
        for (let b = 0; b < len; b++) rev |= ((code >> b) & 1) << (len - 1 - b);
        const entry = (symbol[k++]! << 4) | len;
        for (let j = rev; j < 1 << FAST_BITS; j += 1 << len) fast[j] = entry;
      }
      code <<= 1;
    }
  }
}

const FIXED_LIT = new Huffman(288);
const FIXED_DIST = new Huffman(30);
{
  const lengths = new Uint8Array(288 + 30);
  lengths.fill(8, 0, 144);
  lengths.fill(9, 144, 256);
  lengths.fill(7, 256, 280);
  lengths.fill(8, 280, 288);
  lengths.fill(5, 288, 318);
  FIXED_LIT.build(lengths, 0, 288);
  FIXED_DIST.build(lengths, 288, 30);
}

/** Reusable: one per export (not reentrant). */
export class ZlibInflater {
  private readonly lit = new Huffman(288);
  private readonly dist = new Huffman(30);
  private readonly cl = new Huffman(19);
  private readonly lengths = new Uint8Array(288 + 32);
  private data: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private bitBuf = 0;
  private bitCount = 0;

  /**
   * Inflates the zlib stream `data` into `out` from its start and returns the view of what was written; throws on a
   * stream that is not zlib deflate, is damaged, or would write past `out`'s end.
   */
  inflate(data: Uint8Array, out: Uint8Array): Uint8Array {
    if (data.length < 6 || (data[0]! & 0x0f) !== 8 || ((data[0]! << 8) | data[1]!) % 31 !== 0 || data[1]! & 0x20) {
      throw new Error('inflate: not a zlib deflate stream');
    }
    this.data = data;
    this.pos = 2;
    this.bitBuf = 0;
    this.bitCount = 0;
    let o = 0;
    try {
      for (let last = 0; !last; ) {
        last = this.bits(1);
        const type = this.bits(2);
        if (type === 0) o = this.stored(out, o);
        else if (type === 1) o = this.codes(FIXED_LIT, FIXED_DIST, out, o);
        else if (type === 2) {
          this.dynamic();
          o = this.codes(this.lit, this.dist, out, o);
        } else throw new Error('inflate: invalid block type');
      }
      // Bytes read ahead into the bit buffer are not past the end unless they were padding.
      if (this.pos - (this.bitCount >> 3) > data.length) throw new Error('inflate: stream ends early');
      return out.subarray(0, o);
    } finally {
      this.data = new Uint8Array(0);
    }
  }

  /** Keeps at least 25 bits in the buffer (zeros past the end of the data, which inflate() checks it did not use). */
  private fill(): void {
    while (this.bitCount <= 24) {
      this.bitBuf |= (this.data[this.pos++] ?? 0) << this.bitCount;
      this.bitCount += 8;
    }
  }

  private bits(n: number): number {
    if (n === 0) return 0;
    if (this.bitCount < n) this.fill();
    const v = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>>= n;
    this.bitCount -= n;
    return v;
  }

  private decode(h: Huffman): number {
    if (this.bitCount < MAX_BITS) this.fill();
    const entry = h.fast[this.bitBuf & ((1 << FAST_BITS) - 1)]!;
    if (entry) {
      const len = entry & 15;
      this.bitBuf >>>= len;
      this.bitCount -= len;
      return entry >> 4;
    }
    // A longer code: bit by bit over the codes' counts (puff.c's decode).
    const { count, symbol } = h;
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      code |= (this.bitBuf >>> (len - 1)) & 1;
      const c = count[len]!;
      if (code - c < first) {
        this.bitBuf >>>= len;
        this.bitCount -= len;
        return symbol[index + (code - first)]!;
      }
      index += c;
      first = (first + c) << 1;
      code <<= 1;
    }
    throw new Error('inflate: invalid code');
  }

  private stored(out: Uint8Array, o: number): number {
    // To the byte boundary, then give back the whole bytes the bit buffer read ahead.
    this.bits(this.bitCount & 7);
    this.pos -= this.bitCount >> 3;
    this.bitBuf = 0;
    this.bitCount = 0;
    const { data } = this;
    if (this.pos + 4 > data.length) throw new Error('inflate: stream ends early');
    const len = data[this.pos]! | (data[this.pos + 1]! << 8);
    const nlen = data[this.pos + 2]! | (data[this.pos + 3]! << 8);
    if ((len ^ 0xffff) !== nlen) throw new Error('inflate: damaged stored block');
    this.pos += 4;
    if (this.pos + len > data.length) throw new Error('inflate: stream ends early');
    if (o + len > out.length) throw new Error('inflate: output longer than its buffer');
    out.set(data.subarray(this.pos, this.pos + len), o);
    this.pos += len;
    return o + len;
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new Error('inflate: bad counts');
    const lengths = this.lengths;
    lengths.fill(0, 0, 19);
    for (let i = 0; i < ncode; i++) lengths[CL_ORDER[i]!] = this.bits(3);
    this.cl.build(lengths, 0, 19);
    for (let i = 0; i < nlen + ndist; ) {
      const sym = this.decode(this.cl);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let len = 0;
      let repeat: number;
      if (sym === 16) {
        if (i === 0) throw new Error('inflate: repeat with no first length');
        len = lengths[i - 1]!;
        repeat = 3 + this.bits(2);
      } else if (sym === 17) repeat = 3 + this.bits(3);
      else repeat = 11 + this.bits(7);
      if (i + repeat > nlen + ndist) throw new Error('inflate: too many lengths');
      lengths.fill(len, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw new Error('inflate: no end-of-block code');
    this.lit.build(lengths, 0, nlen);
    this.dist.build(lengths, nlen, ndist);
  }

  /** A block's codes up to its end: the bit buffer in locals (the hot loop of the export's inflating). */
  private codes(lit: Huffman, dist: Huffman, out: Uint8Array, o: number): number {
    const data = this.data;
    const end = out.length;
    const litFast = lit.fast;
    const distFast = dist.fast;
    const mask = (1 << FAST_BITS) - 1;
    let buf = this.bitBuf;
    let count = this.bitCount;
    let pos = this.pos;
    const save = () => {
      this.bitBuf = buf;
      this.bitCount = count;
      this.pos = pos;
    };
    const load = () => {
      buf = this.bitBuf;
      count = this.bitCount;
      pos = this.pos;
    };
    for (;;) {
      while (count <= 24) {
        buf |= (data[pos++] ?? 0) << count;
        count += 8;
      }
      let sym: number;
      let entry = litFast[buf & mask]!;
      if (entry) {
        buf >>>= entry & 15;
        count -= entry & 15;
        sym = entry >> 4;
      } else {
        save();
        sym = this.decode(lit);
        load();
      }
      if (sym < 256) {
        if (o >= end) throw new Error('inflate: output longer than its buffer');
        out[o++] = sym;
        continue;
      }
      if (sym === 256) {
        save();
        return o;
      }
      const l = sym - 257;
      if (l >= 29) throw new Error('inflate: invalid length code');
      let len = LEN_BASE[l]!;
      const lx = LEN_EXTRA[l]!;
      if (lx) {
        len += buf & ((1 << lx) - 1);
        buf >>>= lx;
        count -= lx;
      }
      while (count <= 24) {
        buf |= (data[pos++] ?? 0) << count;
        count += 8;
      }
      let d: number;
      entry = distFast[buf & mask]!;
      if (entry) {
        buf >>>= entry & 15;
        count -= entry & 15;
        d = entry >> 4;
      } else {
        save();
        d = this.decode(dist);
        load();
      }
      if (d >= 30) throw new Error('inflate: invalid distance code');
      let back = DIST_BASE[d]!;
      const dx = DIST_EXTRA[d]!;
      if (dx) {
        if (count < dx) {
          while (count <= 24) {
            buf |= (data[pos++] ?? 0) << count;
            count += 8;
          }
        }
        back += buf & ((1 << dx) - 1);
        buf >>>= dx;
        count -= dx;
      }
      if (back > o) throw new Error('inflate: distance too far back');
      if (o + len > end) throw new Error('inflate: output longer than its buffer');
      if (back >= len && len > 32) {
        out.copyWithin(o, o - back, o - back + len);
        o += len;
      } else {
        for (let i = 0; i < len; i++, o++) out[o] = out[o - back]!;
      }
    }
  }
}
