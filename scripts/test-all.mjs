// `npm test`: typecheck, lint (ESLint with the import boundaries, eslint.config.js), unit tests, then real-browser
// end-to-end tests (Chromium and Firefox), installing the browsers first when they are missing. Ends with one line
// `tests: N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const runAsync = (cmd, args) =>
  new Promise((resolve) => spawn(cmd, args, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)).on('error', () => resolve(1)));
mkdirSync('.cache', { recursive: true });
let passed = 0;
let failed = 0;
const stages = [];

function vitest(name, config) {
  const t = Date.now();
  const out = `.cache/${name}-results.json`;
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  const status = run('npx', ['vitest', 'run', ...(config ? ['-c', config] : []), ...reporters]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed += 1;
  }
  stages.push([name, status, Date.now() - t]);
}

const started = Date.now();
let t = Date.now();
stages.push(['browsers', run('node', ['scripts/ensure-browsers.mjs']), Date.now() - t]);
t = Date.now();
// Typecheck and lint side by side: each is mostly one thread (about 25 s and 65 s on two cores one after the other).
const [typecheck, lint] = await Promise.all([runAsync('npx', ['tsc', '--noEmit', '-p', '.']), runAsync('npx', ['eslint', '.'])]);
stages.push(['typecheck', typecheck]);
if (typecheck !== 0) failed += 1;
stages.push(['lint', lint, Date.now() - t]);
if (lint !== 0) failed += 1;
vitest('unit');
if (stages[0][1] === 0) vitest('e2e', 'vitest.e2e.config.ts');
else failed += 1;

const seconds = ((Date.now() - started) / 1000).toFixed(0);
// Each stage's seconds beside it (typecheck and lint ran side by side: one figure after lint for both).
const took = (ms) => (ms === undefined ? '' : ` (${(ms / 1000).toFixed(0)} s)`);
console.log('\n' + stages.map(([n, s, ms]) => `${n}: ${s === 0 ? 'ok' : 'FAILED'}${took(ms)}`).join(' · ') + ` · ${seconds} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed || stages.some(([, s]) => s !== 0) ? 1 : 0);
