// The scale bench's export figures (scripts/bench.ts --only scale: export time, peak extra resident memory of the
// browser and of the extension process, peak extra JavaScript heap, `echo-dataset validate`) for one store size and one
// build, without the bench's seeding of both sizes in one browser: with ECHO_BENCH_PROFILE (./seed-profile.ts) each
// run starts from the same seeded rows, so builds can be alternated. `npx tsx scripts/bench/export-scale.ts --answers
// 20000 --dist DIST`; the ratio of two sizes' peaks is the bench's "export peak memory" figure.
import { parseArgs } from 'node:util';
import { withExportBench } from './export-browser';
import { exportAll, seedFresh } from './scale';

const { values } = parseArgs({ options: { answers: { type: 'string', default: '4000' }, dist: { type: 'string' } } });
const mb = (b: number) => (b / 1e6).toFixed(0);
await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const exp = await exportAll(browser);
  const v = exp.validation;
  console.log(
    `${answers} answers: export ${exp.seconds.toFixed(1)} s, ${mb(exp.bytes)} MB zip, peak extra RSS ${mb(exp.peakExtraAll)} MB ` +
      `(browser), ${mb(exp.peakExtraExtension)} MB (extension process), peak extra JS heap ${mb(exp.peakExtraHeap)} MB; ` +
      `validate: ${v ? (v.ok ? 'ok' : v.problem.slice(0, 80)) : 'no zip'}`,
  );
});
