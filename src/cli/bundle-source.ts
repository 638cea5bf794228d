// A bundle's events as an export source, one conversation at a time: events.jsonl or its parts (grouped by
// conversation, or in any order for older bundles) is copied once to a scratch file while an index of each
// conversation's line offsets is built; each conversation is then read back from those offsets. Memory holds the
// index, not events.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { captureEventSchema, conversationKey, type CaptureEvent } from '../core/events';
import type { ExportSource } from '../core/export/training-bundle';
import { SchemaError } from '../core/schema';
import { BundleError } from './bundle-error';
import { entriesOf, type BundleReader } from './bundle-reader';

interface Indexed {
  site: string;
  firstTs: string;
  lastTs: string;
  ranges: number[]; // offset, length pairs
}

export async function bundleEventSource(zip: BundleReader, scratchDir: string): Promise<ExportSource & { close(): void }> {
  const path = join(scratchDir, 'events.jsonl');
  const fd = openSync(path, 'w+');
  const index = new Map<string, Indexed>();
  const enc = new TextEncoder();
  let offset = 0;
  for (const part of entriesOf(zip, 'events.jsonl')) for await (const { line, no } of zip.lines(part)) {
    let event: CaptureEvent;
    try {
      event = captureEventSchema.parse(JSON.parse(line));
    } catch (e) {
      const problem = e instanceof SchemaError ? `schema: ${e.message}` : `not JSON (${(e as Error).message})`;
      throw new BundleError(zip.path, problem, part, no);
    }
    const bytes = enc.encode(line);
    writeSync(fd, bytes, 0, bytes.length, offset);
    const key = conversationKey(event.site, event.conversationId);
    let entry = index.get(key);
    if (!entry) index.set(key, (entry = { site: event.site, firstTs: event.ts, lastTs: event.ts, ranges: [] }));
    if (event.ts < entry.firstTs) entry.firstTs = event.ts;
    if (event.ts > entry.lastTs) entry.lastTs = event.ts;
    entry.ranges.push(offset, bytes.length);
    offset += bytes.length;
  }
  const dec = new TextDecoder();
  const readEvents = (entry: Indexed): CaptureEvent[] => {
    const out: CaptureEvent[] = [];
    for (let i = 0; i < entry.ranges.length; i += 2) {
      const buf = Buffer.alloc(entry.ranges[i + 1]!);
      readSync(fd, buf, 0, buf.length, entry.ranges[i]!);
      out.push(JSON.parse(dec.decode(buf)) as CaptureEvent);
    }
    return out;
  };
  return {
    total: index.size,
    // The interface is an async iterable (the extension's source awaits the database); this one reads a local file
    // synchronously, so there is nothing to await here.
    // eslint-disable-next-line @typescript-eslint/require-await -- async generator required by ExportSource, see above
    async *conversations() {
      for (const key of [...index.keys()].sort()) {
        const entry = index.get(key)!;
        yield {
          key,
          site: entry.site,
          firstTs: entry.firstTs,
          lastTs: entry.lastTs,
          events: () => Promise.resolve(readEvents(entry)),
        };
      }
    },
    close: () => closeSync(fd),
  };
}
