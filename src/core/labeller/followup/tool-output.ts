// Tool output, as the common toolchains print it: a failure report when it appears in a follow-up (the user ran
// the answer and shows what happened), unlike source code, which merely mentions exception names (`except
// KeyError:`, `throw new TypeError(...)`, `catch (IOException e)`). Each recogniser matches a line shape that
// source code does not have: frames with file:line, `path:line:col: error`, diagnostic codes, runner summaries.

export type ToolOutputKind =
  | 'python-traceback'
  | 'js-stack'
  | 'jvm-stack'
  | 'compiler-diagnostic'
  | 'tsc'
  | 'rustc'
  | 'go'
  | 'javac'
  | 'pytest'
  | 'runtime-error'
  | 'package-manager';

interface Recogniser {
  kind: ToolOutputKind;
  /** Tested line by line (multiline flag): each is a whole-line shape, unless `inline`. */
  re: RegExp;
  /** Output quoted inside a sentence: the line is still the user's prose. */
  inline?: boolean;
}

const RECOGNISERS: Recogniser[] = [
  { kind: 'python-traceback', re: /^\s*Traceback \(most recent call last\):?\s*$/m },
  { kind: 'python-traceback', re: /^\s*File "[^"]+", line \d+(, in \S+)?\s*$/m },
  // Node/V8 and browsers: "    at fn (file.js:12:5)", "    at file.js:12:5", "    at Array.map (<anonymous>)".
  { kind: 'js-stack', re: /^\s+at (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:[^()\s]+:\d+:\d+|<anonymous>|native)\)?\s*$/m },
  // JVM: "Exception in thread "main" java.lang.X", "\tat pkg.Class.method(File.java:12)".
  { kind: 'jvm-stack', re: /^Exception in thread "[^"]*" [\w.$]+/m },
  { kind: 'jvm-stack', re: /^\s+at [\w$.<>/]+\((?:[\w$.-]+\.(?:java|kt|scala|groovy):\d+|Native Method|Unknown Source)\)\s*$/m },
  // gcc/clang and most compilers: "file.c:12:5: error: ..." (also "warning:", "fatal error:").
  { kind: 'compiler-diagnostic', re: /^\S*?[\w.-]+\.\w+:\d+(?::\d+)?: (?:fatal )?(?:error|warning)\b/m },
  // tsc: "src/a.ts(45,50): error TS2345: ..." or "src/a.ts:3:20 - error TS2339: ..." or "error TS2322: ...".
  { kind: 'tsc', re: /^(?:\S+\(\d+,\d+\): |\S+:\d+:\d+ - )?error TS\d{4}:/m },
  { kind: 'tsc', re: /^\s*(?:\[\w+\] )?(?:ERROR in )?.*\bTS\d{4}: /m },
  // rustc: "error[E0502]: ..." and its " --> src/main.rs:4:25" pointer.
  { kind: 'rustc', re: /^(?:error|warning)\[E\d{4}\]: /m },
  { kind: 'rustc', re: /^\s*--> [\w./\\-]+\.rs:\d+:\d+\s*$/m },
  // go build/vet: "./main.go:4:2: foo declared and not used", "# command-line-arguments".
  { kind: 'go', re: /^\.{0,2}\/?[\w./-]+\.go:\d+:\d+: /m },
  { kind: 'go', re: /^# (?:command-line-arguments|[\w./-]+)\s*$/m },
  { kind: 'go', re: /^panic: .+$/m },
  // javac: "Main.java:3: error: cannot find symbol".
  { kind: 'javac', re: /^\S*\.java:\d+: error: /m },
  // pytest: "FAILED test_x.py::test_y - ...", "E       AssertionError: ...", "==== 1 failed, 2 passed in 0.05s ====".
  { kind: 'pytest', re: /^(?:FAILED|ERROR) [\w/.-]+\.py::\S+/m },
  { kind: 'pytest', re: /^=+ (?:\d+ (?:failed|passed|error|errors|skipped)[, ]*)+(?: in [\d.]+s)? =+\s*$/m },
  { kind: 'pytest', re: /^E {3,}\S/m },
  // An unhandled error's own line: "TypeError: Cannot read properties of undefined (reading 'map')", "KeyError: 'Date'".
  { kind: 'runtime-error', re: /^(?:Uncaught )?(?:[\w$]+\.)*(?:[A-Z][\w$]*)?(?:Error|Exception|Warning)(?::[ \t]+\S.*|:?\s*$)/m },
  // The same quoted inside a sentence ("This gives me DeprecationWarning: utcnow() is deprecated").
  { kind: 'runtime-error', re: /(?:^|[\s:"'(])(?:[\w$]+\.)*[A-Z][a-z][\w$]*(?:Error|Exception|Warning): \S/m, inline: true },
  { kind: 'runtime-error', re: /^(?:Segmentation fault|Aborted|Killed)\b.*$|\bSegmentation fault \(core dumped\)/m },
  { kind: 'package-manager', re: /^npm ERR! /m },
  { kind: 'package-manager', re: /^(?:ERROR|error): (?:Could not find a version|No matching distribution|Could not resolve)/m },
];

/** Lines that are source code, not output: a declaration or statement that names an error type. */
const SOURCE_LINE = /^\s*(?:except\b|raise\b|throw\b|catch\b|class\b|def\b|function\b|const\b|let\b|var\b|import\b|from\b|return\b|if\b|elif\b|else\b|try\b|public\b|private\b|protected\b|static\b|#include|@|\/\/|\/\*|\*|#(?!\s*command-line))/;

/** The kinds of tool output the text contains, in the order first seen; empty when it has none. */
export function toolOutputKinds(text: string): ToolOutputKind[] {
  if (!text || text.length < 6) return [];
  const kinds: ToolOutputKind[] = [];
  for (const r of RECOGNISERS) {
    if (kinds.includes(r.kind)) continue;
    const m = r.re.exec(text);
    if (!m) continue;
    // The matching line itself must not be a line of source (`raise ValueError: ...` never is output).
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    if (r.kind === 'runtime-error' && SOURCE_LINE.test(line)) continue;
    kinds.push(r.kind);
  }
  return kinds;
}

/** Whether a line is itself tool output (not prose quoting it). */
export function isOutputLine(line: string): boolean {
  return RECOGNISERS.some((r) => !r.inline && r.re.test(line) && !(r.kind === 'runtime-error' && SOURCE_LINE.test(line)));
}

/** Errors that only say a package or command is missing: the user's environment, not the answer. */
const ENVIRONMENT_ERROR =
  /ModuleNotFoundError|No module named|Cannot find module|command not found|is not recognized as an internal or external command|cannot find package|Could not find a version that satisfies|No matching distribution found/i;

export function isEnvironmentError(text: string): boolean {
  return ENVIRONMENT_ERROR.test(text);
}
