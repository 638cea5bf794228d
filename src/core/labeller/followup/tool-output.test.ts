import { describe, expect, it } from 'vitest';
import { isEnvironmentError, toolOutputKinds } from './tool-output';

describe('toolOutputKinds', () => {
  // Output as the toolchains print it (shapes taken from public issue reports; see test/scenarios/sources.ts).
  it.each([
    ['python-traceback', 'Traceback (most recent call last):\n  File "run.py", line 29, in <module>\n    main()\nTypeError: \'NoneType\' object is not iterable'],
    ['js-stack', "TypeError: Cannot read properties of undefined (reading 'map')\n    at News.render (bundle.js:318:39)\n    at finishClassComponent (bundle.js:24460:35)"],
    ['jvm-stack', 'Exception in thread "main" java.lang.NullPointerException: inStream parameter is null\n\tat java.base/java.util.Objects.requireNonNull(Objects.java:233)\n\tat Main.main(Main.java:9)'],
    ['compiler-diagnostic', "sq.c:2:12: error: implicit declaration of function 'malloc' [-Wimplicit-function-declaration]\n    2 |   int *a = malloc(n);"],
    ['compiler-diagnostic', "main.cpp:6:48: error: use of undeclared identifier 'cout'; did you mean 'std::cout'?\n1 error generated."],
    ['tsc', "src/LandroidSRouter.ts(45,50): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'."],
    ['tsc', "src/index.ts:3:20 - error TS2339: Property 'keys' does not exist on type 'Config'."],
    ['rustc', 'error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\n --> src/main.rs:4:25'],
    ['go', '# command-line-arguments\n./main.go:4:2: foo declared and not used'],
    ['javac', 'Main.java:3: error: cannot find symbol\n    Scanner sc = new Scanner(System.in);\n  symbol:   class Scanner'],
    ['pytest', 'FAILED test_slug.py::test_punctuation - AssertionError: assert \'a\' == \'b\'\n========================= 1 failed, 2 passed in 0.05s =========================='],
    ['runtime-error', "KeyError: 'Date'"],
    ['runtime-error', 'This gives me DeprecationWarning: datetime.datetime.utcnow() is deprecated'],
    ['package-manager', 'npm ERR! code ERESOLVE'],
  ])('recognises %s', (kind, text) => {
    expect(toolOutputKinds(text)).toContain(kind);
  });

  it.each([
    ['python except', 'try:\n    v = d["a"]\nexcept KeyError:\n    v = None'],
    ['python raise', 'def parse_age(s):\n    if int(s) < 0:\n        raise ValueError("age must be >= 0")'],
    ['js throw', 'if (!ok) throw new TypeError(`not a number: ${x}`);'],
    ['java catch', 'try {\n    return Files.readAllLines(p);\n} catch (IOException e) {\n    throw new UncheckedIOException(e);\n}'],
    ['a class that extends Error', 'class HttpError extends Error {\n  constructor(status) { super(`HTTP ${status}`); }\n}'],
    ['prose about errors', 'How should error handling work in this module? The error messages are unclear.'],
  ])('does not read source or prose as output: %s', (_name, text) => {
    expect(toolOutputKinds(text)).toEqual([]);
  });

  it('tells an environment error (missing package or command) from a failure of the answer', () => {
    expect(isEnvironmentError("ModuleNotFoundError: No module named 'requests'")).toBe(true);
    expect(isEnvironmentError('bash: poetry: command not found')).toBe(true);
    expect(isEnvironmentError("KeyError: 'Date'")).toBe(false);
  });
});
