// Round 21 (speed): a global or sticky pattern carries its scan position (lastIndex), so a rule that scans with it
// needs a copy of its own per call — two calls may be under way at once (a rule's generator suspended while a rule
// that reads a capitalised copy of a line runs it again). `new RegExp(P.source, P.flags)` per call gave each its copy,
// but a fresh copy of a large pattern costs ~5 µs before it reads a character (V8 sets it up anew; `matchAll`
// makes one too), against ~0.1 µs for a scan of a short line: the rules that read each line's copy paid that for
// every line (bench: `PO boxes and postcode-first lines`). Copies are kept here and handed out one per scan under
// way; a copy handed out starts at lastIndex 0, as a fresh one does, so every match is the same.
const spare = new WeakMap<RegExp, RegExp[]>();
/** Copies kept per pattern: enough for the scans nested at once, few enough to hold no memory worth noting. */
const KEPT = 4;

/** A copy of `pattern` for one scan, at lastIndex 0; give it back with `releaseScanner` when the scan ends. */
export function takeScanner(pattern: RegExp): RegExp {
  const re = spare.get(pattern)?.pop() ?? new RegExp(pattern.source, pattern.flags);
  re.lastIndex = 0;
  return re;
}

/** Gives back a copy taken with `takeScanner` (a copy never given back is simply collected). */
export function releaseScanner(pattern: RegExp, re: RegExp): void {
  let copies = spare.get(pattern);
  if (!copies) spare.set(pattern, (copies = []));
  if (copies.length < KEPT && !copies.includes(re)) copies.push(re);
}

/** Every match of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them, without its copy per call. */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches needs a global pattern');
  const re = takeScanner(pattern);
  const unicode = re.unicode || re.flags.includes('v');
  const out: RegExpExecArray[] = [];
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(m);
      // an empty match moves on by one character (a whole code point under the u flag), as matchAll does
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    releaseScanner(pattern, re);
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** What `read` yields with a copy of `pattern` of its own, the copy given back when the reading ends or is left. */
export function* scanning<T>(pattern: RegExp, read: (re: RegExp) => Iterable<T>): Generator<T> {
  const re = takeScanner(pattern);
  try {
    yield* read(re);
  } finally {
    releaseScanner(pattern, re);
  }
}
