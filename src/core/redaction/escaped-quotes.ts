// Round 21: text escaped for HTML (`placeholder="Your password: &quot;X&quot;"`, JSON in an attribute:
// `data-config="{&quot;password&quot;:&quot;X&quot;}"`) hides its quotes from every rule that reads a quoted value,
// and `&quot;` glues a letter to the value's start. When a text holds escaped quotes, detect() reads, instead of it, a
// copy with the character references of quotes, `&`, `<` and `>` decoded, and maps what it finds back through
// `offsets` (one reading, not two: an escaped page costs what a plain one does).
const REFERENCE = /&(?:quot|apos|amp|lt|gt|#3[49]|#x2[27]|#0*3[49]|#x0*2[27]);/gi;
const QUOTES = /&(?:quot|apos|#3[49]|#x2[27]);/i;
const CHAR: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };

function decodeOne(reference: string): string {
  const name = reference.slice(1, -1).toLowerCase();
  const named = CHAR[name];
  if (named !== undefined) return named;
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return String.fromCharCode(code);
}

export interface DecodedText {
  text: string;
  /** `offsets[i]` is where the decoded text's character `i` starts in the original; `offsets[text.length]` its end. */
  offsets: number[];
}

/** The text with its quote (and `&`, `<`, `>`) references decoded, or null when it holds no escaped quote. */
export function decodeEscapedQuotes(text: string): DecodedText | null {
  if (!QUOTES.test(text)) return null;
  let out = '';
  const offsets: number[] = [];
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    for (let i = last; i < m.index; i++) offsets.push(i);
    out += text.slice(last, m.index) + decodeOne(m[0]);
    offsets.push(m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) offsets.push(i);
  out += text.slice(last);
  offsets.push(text.length);
  return { text: out, offsets };
}
