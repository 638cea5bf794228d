// Round 20: a command line written as an array of strings — Docker's exec form (`CMD ["mysqladmin", "-u", "root",
// "-pX"]`), a Compose healthcheck's `test: ["CMD", …]`, Kubernetes `command:`/`args:`, a subprocess call's argument
// list. The command-line password rules read a line of words; here the array's strings are joined with spaces into
// that line, the rules run on it, and each span found is mapped back into the string it came from. Only arrays of
// two to 64 quoted strings on at most a few lines are read, each string at most 256 characters.
import type { Range, RedactionRule } from '../types';

const STRING = `"(?:[^"\\\\\\n]|\\\\.){0,256}"|'(?:[^'\\\\\\n]|\\\\.){0,256}'`;
const ARRAY = new RegExp(`\\[[ \\t\\r\\n]{0,8}(?:${STRING})(?:[ \\t]{0,4},[ \\t\\r\\n]{0,16}(?:${STRING})){1,63}[ \\t\\r\\n]{0,8},?[ \\t\\r\\n]{0,8}\\]`, 'g');
const ELEMENT = new RegExp(STRING, 'g');

function* findIn(text: string, rules: readonly RedactionRule[]): Iterable<Range> {
  const re = new RegExp(ARRAY.source, ARRAY.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    // the strings' contents and where each starts in the text and in the joined line
    const parts: { at: number; from: number; length: number }[] = [];
    let line = '';
    const element = new RegExp(ELEMENT.source, ELEMENT.flags);
    let e: RegExpExecArray | null;
    while ((e = element.exec(match[0])) !== null) {
      if (line !== '') line += ' ';
      parts.push({ at: match.index + e.index + 1, from: line.length, length: e[0].length - 2 });
      line += e[0].slice(1, -1);
    }
    // no string holds a space of its own: a list of words or messages is no command line
    if (parts.length < 2 || !/-/.test(line)) continue;
    for (const rule of rules) {
      for (const span of rule.find(line)) {
        const part = parts.find((p) => span.start >= p.from && span.start < p.from + p.length);
        if (!part) continue;
        const end = Math.min(span.end, part.from + part.length);
        yield { start: part.at + span.start - part.from, end: part.at + end - part.from };
      }
    }
  }
}

export function execArrayRule(rules: readonly RedactionRule[]): RedactionRule {
  return {
    id: 'exec-array-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: `Round 20: a password given to a command written as an array of strings (Docker exec form, Compose healthchecks, Kubernetes args): the strings joined into a command line and read by ${rules.map((r) => r.id).join(', ')}`,
    find: (text: string) => [...findIn(text, rules)].sort((a, b) => a.start - b.start),
  };
}
