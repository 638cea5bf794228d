// docs/benchmarks.md, written from the latest run of each part of `npm run bench`. A full run takes about an hour on
// the 2-core machine; a session that changed one part reruns that part (`--only scale`) and its figures replace that
// part's, each part with its own date, command and machine line. The figures are kept as data in
// docs/benchmarks.json so the page is always rendered whole from the latest run of every part.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of the bench, in the order they run; `others` on the command line means merge, review and typing. */
export const PARTS = ['bundle', 'redaction', 'page', 'scale', 'merge', 'review', 'typing'] as const;
export type Part = (typeof PARTS)[number];
export const OTHER_PARTS: readonly Part[] = ['merge', 'review', 'typing'];

export interface Figure {
  name: string;
  value: string;
  target: string;
  ok: boolean | null;
}
/** One part's latest run: its figures, its detail lines, and for merge/review/typing the tail of their output. */
export interface PartRun {
  date: string;
  command: string;
  machine: string;
  figures: Figure[];
  details: string[];
  output?: { status: number | null; tail: string };
}
export type PartRuns = Partial<Record<Part, PartRun>>;

const JSON_PATH = 'docs/benchmarks.json';
const MD_PATH = 'docs/benchmarks.md';

/** Value / target when both are numbers in the same unit ("812 ms" against "< 500 ms"): above 1 misses. */
export function ofTarget(f: Figure): string {
  const num = (s: string) => /(-?\d[\d,]*(?:\.\d+)?)\s*([a-zA-Z%]*)/.exec(s);
  const v = num(f.value);
  const t = /^\s*<=?/.test(f.target) ? num(f.target) : null;
  if (!v || !t || v[2] !== t[2]) return '';
  const target = Number(t[1]!.replace(/,/g, ''));
  return target > 0 ? `${(Number(v[1]!.replace(/,/g, '')) / target).toFixed(2)}x` : '';
}

export function readPartRuns(root: string): PartRuns {
  const path = join(root, JSON_PATH);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { parts: PartRuns }).parts : {};
}

/** Replaces the parts this run measured, keeps the others' latest runs, and writes both files. */
export function recordRun(root: string, ran: PartRuns, why: [prefix: string, text: string][], notes: string): void {
  const parts = { ...readPartRuns(root), ...ran };
  const ordered = Object.fromEntries(PARTS.filter((p) => parts[p]).map((p) => [p, parts[p]]));
  writeFileSync(join(root, JSON_PATH), JSON.stringify({ parts: ordered }, null, 1) + '\n');
  writeFileSync(join(root, MD_PATH), renderDoc(ordered, why, notes));
}

export function renderDoc(parts: PartRuns, why: [prefix: string, text: string][], notes: string): string {
  const present = PARTS.filter((p) => parts[p]);
  const rows = present.flatMap((p) => parts[p]!.figures.map((f) => ({ p, f })));
  const verdict = (f: Figure) => (f.ok === null ? '' : f.ok ? 'ok' : '**missed**');
  const table = rows.map(({ p, f }) => `| ${f.name} | ${f.value} | ${f.target} | ${ofTarget(f)} | ${verdict(f)} | ${p} |`).join('\n');
  const whyOf = (f: Figure) => why.find(([prefix]) => f.name.startsWith(prefix))?.[1] ?? 'not analysed yet.';
  const missed = rows.filter(({ f }) => f.ok === false);
  const misses = missed.map(({ p, f }) => `- **${f.name}** (${f.value}, target ${f.target}; ${p}, ${parts[p]!.date}): ${whyOf(f)}`);
  const runs = present.map((p) => {
    const r = parts[p]!;
    return `- **${p}** (${r.date}): \`${r.command}\`; ${r.machine}`;
  });
  const missing = PARTS.filter((p) => !parts[p]);
  const details = present.flatMap((p) => parts[p]!.details.map((d) => `- ${p}: ${d}`));
  const fence = '```';
  const outputs = present
    .filter((p) => parts[p]!.output)
    .map((p) => `\n## \`npm run bench:${p}\` (exit ${parts[p]!.output!.status}, ${parts[p]!.date})\n\n${fence}\n${parts[p]!.output!.tail}\n${fence}\n`);
  const met = rows.filter(({ f }) => f.ok).length;
  return `# Benchmarks

Latest figures of each part of \`npm run bench\` (\`scripts/bench.ts\`), written by the script itself; the data is in
\`docs/benchmarks.json\`. A full run (\`npm run bench -- --rounds 3 --answers 20000\`) takes about an hour on the 2-core
machine, so a part can be rerun alone (\`--only scale\`, \`--only page,typing\`; \`others\` = merge, review, typing):
its figures replace that part's and the others keep their own run's date, command and machine. ${met} targets met,
${missed.length} missed.

## Runs

${runs.join('\n')}${missing.length ? `\n- not run yet: ${missing.join(', ')}` : ''}

| figure | value | target | value / target | | part |
|---|---|---|---|---|---|
${table}

${missed.length ? `## Misses: why, and what would close them\n\n${misses.join('\n')}\n` : ''}
${notes}

## Details

${details.join('\n')}
${outputs.join('')}`;
}
