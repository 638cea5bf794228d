// A file written line by line from the CLI: lines are gathered into ~1 MB writes, and (for outputs) hashed and
// counted as they go, so the manifest's sha256, bytes and records cost no second read.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  records: number;
  bytes: number;
  sha256: string;
}

const FLUSH = 1024 * 1024;

export class LineFile {
  private fd: number;
  private pending: string[] = [];
  private pendingChars = 0;
  private hash: Hash | null;
  records = 0;
  bytes = 0;

  /** `path` relative to `root` is what the manifest lists. */
  constructor(
    private readonly root: string,
    readonly path: string,
    options: { hash?: boolean } = {},
  ) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    this.fd = openSync(full, 'w');
    this.hash = options.hash === false ? null : createHash('sha256');
  }

  /** Appends one line (without its newline). */
  line(text: string): void {
    this.pending.push(text, '\n');
    this.pendingChars += text.length + 1;
    this.records++;
    if (this.pendingChars >= FLUSH) this.flush();
  }

  /** Appends text as it is (a whole document); its lines are counted. */
  text(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.records++;
    this.flush();
  }

  close(): OutputFile {
    this.flush();
    closeSync(this.fd);
    return { path: this.path, records: this.records, bytes: this.bytes, sha256: this.hash?.digest('hex') ?? '' };
  }

  private flush(): void {
    if (!this.pending.length) return;
    const buf = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.hash?.update(buf);
    this.bytes += buf.length;
    for (let at = 0; at < buf.length; ) at += writeSync(this.fd, buf, at);
  }
}

