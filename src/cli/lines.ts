// Lines of a bundle file as its bytes stream in: strict UTF-8 (a bad byte names the file and line), 1-based.
import { BundleError } from './bundle-error';

/** Lines of a byte stream, 1-based, strict UTF-8; the empty rest after the last newline is not a line. */
export async function* linesOf(
  path: string,
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  onBytes?: (chunk: Uint8Array) => void,
): AsyncGenerator<{ line: string; no: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let no = 0;
  for await (const chunk of chunks) {
    onBytes?.(chunk);
    let text: string;
    try {
      text = rest + decoder.decode(chunk, { stream: true });
    } catch {
      throw new BundleError(path, 'not valid UTF-8', name, no + 1);
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield { line: text.slice(start, nl), no: ++no };
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest.length) yield { line: rest, no: no + 1 };
}
