// Round 21: terminal output pasted with its colour codes. An ANSI escape (`ESC[93m`, `ESC[0m`, an OSC title or link)
// touches the text it colours, so a key right after one (`ESC[93msk-…ESC[0m`) has a letter (`m`) glued to its start
// and no rule's boundary holds. CredSweeper reads the same thing as a boundary of its own (`\x1B\[[0-9;]{0,80}m` in
// the left context of its key rules, `credsweeper/rules/config.yaml` @ 1ed2ca5). Here every escape becomes spaces of
// its length before the rules run, so offsets keep their meaning and every rule sees a boundary, not only the keys:
// real ESC sequences (CSI of any final byte, OSC closed by BEL or ST), and the colour codes as source code and logs
// write them (`\033[31m`, `\x1b[0m`, `\e[1;32m`, `\u001b[93m`, `^[[0m`).
const ESCAPES =
  // eslint-disable-next-line no-control-regex -- the escape character is what this file looks for
  /\x1b\[[0-?]{0,40}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)|(?:\\x1[bB]|\\033|\\e|\\u001[bB]|\^\[)\[[0-9;]{0,40}m/g;
// eslint-disable-next-line no-control-regex -- as above
const MAYBE = /\x1b|\\x1[bB]\[|\\033\[|\\e\[|\\u001[bB]\[|\^\[\[/;

/** `text` with every terminal escape replaced by spaces of the same length (same offsets), or `text` itself. */
export function maskTerminalEscapes(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text.replace(ESCAPES, (escape) => ' '.repeat(escape.length));
}
