// Captured text is hostile input: no extension code may turn strings into markup. (web-ext lint still reports
// one UNSAFE_VAR_ASSIGNMENT: it is Preact's own dangerouslySetInnerHTML branch, which this rule keeps unused.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('extension sources', () => {
  it('never assign HTML from strings', () => {
    const sink = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|new Function\(|\beval\(/;
    const offenders = sources(join(import.meta.dirname)).filter((file) => sink.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
