// Kept export lines are stored deflated: as UTF-8 they took 6.8 KB per answer, four times the events they come from
// (docs/export-format.md, round 15), and deflated a conversation's lines take about a tenth of that. The platform's
// CompressionStream (service workers, pages, workers and Node 18+) does it in native zlib, so the background, the
// export worker, the Node tests and the bench's seeding all run this one code. The zlib format ('deflate') rather
// than 'deflate-raw', which older Node and Firefox lack; its six bytes of framing per row do not matter.
const FORMAT = 'deflate';

async function through(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

export function deflateKept(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new CompressionStream(FORMAT));
}

export function inflateKept(deflated: Uint8Array): Promise<Uint8Array> {
  return through(deflated, new DecompressionStream(FORMAT));
}
