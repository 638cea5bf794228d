// Seeds a bench browser profile once, for the export tools to start from (ECHO_BENCH_PROFILE, ./browsers.ts
// seededProfile): seeding 20,000 answers takes minutes on a loaded machine, an export seconds, and an A/B of two builds
// wants the same rows for both. `npx tsx scripts/bench/seed-profile.ts --answers 20000 --dist DIST --out DIR`, then
// `ECHO_BENCH_PROFILE=DIR npx tsx scripts/bench/export-memory-dumps.ts --answers 20000 --dist DIST` with each build
// copied into DIST in turn (the extension's id follows its folder). The rows are the ones this tree's seedStore
// writes, kept lines made by this tree's maker: builds whose lines maker differs would recompute them.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chatgptBackend } from '../../test/sites/chatgpt/backend';
import { startFixtures } from '../../test/sites/server';
import { launchBench, SEEDED_MARKER } from './browsers';
import { popupReadyToExport, seedFresh } from './scale';

const { values } = parseArgs({
  options: { answers: { type: 'string', default: '20000' }, dist: { type: 'string' }, out: { type: 'string' } },
});
if (!values.dist || !values.out) throw new Error('--dist (a built extension) and --out (the profile folder) are needed');
delete process.env.ECHO_BENCH_PROFILE;
const answers = Number(values.answers);
const fixtures = await startFixtures([{ id: 'chatgpt', hosts: ['chatgpt.com'], backend: chatgptBackend({}), dir: 'chatgpt' }]);
const browser = await launchBench(fixtures, values.dist);
const t0 = performance.now();
await seedFresh(browser, answers);
// The popup's first open (its acceptance line) done, so each copy starts where an export tool would.
await (await popupReadyToExport(browser)).close();
await browser.context.close();
rmSync(values.out, { recursive: true, force: true });
cpSync(browser.userDataDir, values.out, { recursive: true });
writeFileSync(join(values.out, SEEDED_MARKER), String(answers));
rmSync(browser.userDataDir, { recursive: true, force: true });
await fixtures.close();
console.log(`${answers} answers seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${values.out}`);
