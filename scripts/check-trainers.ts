// npm run check:trainers [-- --strict]: Echo Capture's exports against their real consumers. Writes two study
// bundles (two participants, different sites, redaction on) with the real export writer, unzips them, merges them
// with echo-dataset, then — in a Python venv cached under .cache/ — loads every config with Hugging Face
// `datasets` and trains two steps of SFT (on the prompt/completion form, checking only the labelled answer is
// trained), DPO and KTO with TRL on a tiny model built locally (scripts/check-trainers.py). pip uses the machine's
// configured indexes only (`pip config list`); where the trainers cannot be installed, the check says so and exits
// 0, or 1 with --strict. Nothing is downloaded at run time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { mergeBundles } from '../src/cli/merge';
import { exportToBytes, syntheticConversation } from '../test/support/synthetic-bundles';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, python: { type: 'string', default: 'python3' } } });
const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache');
/** ECHO_TRAINERS_VENV puts the venv elsewhere (a CI cache). */
const VENV = process.env.ECHO_TRAINERS_VENV ?? join(CACHE, 'trainers-venv');
const WORK = join(CACHE, 'check-trainers');
/** What the venv holds; a change of this list rebuilds it. datasets and trl pinned to the versions checked. */
const REQUIREMENTS = ['datasets==5.0.1', 'trl==1.13.0', 'transformers', 'torch', 'tokenizers', 'accelerate'];
const PY = join(VENV, 'bin', 'python');

function unavailable(reason: string): never {
  console.log(`check:trainers: SKIPPED — the trainers cannot be installed here: ${reason}`);
  console.log('check:trainers: nothing was checked against datasets/TRL (run with --strict to make this an error)');
  process.exit(values.strict ? 1 : 0);
}

function ensureVenv(): void {
  const stamp = join(VENV, 'echo-requirements.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === REQUIREMENTS.join('\n') && existsSync(PY)) {
    console.log(`check:trainers: venv ${VENV} (cached)`);
    return;
  }
  const t0 = performance.now();
  rmSync(VENV, { recursive: true, force: true });
  const venv = spawnSync(values.python, ['-m', 'venv', VENV], { encoding: 'utf8' });
  if (venv.status !== 0) {
    unavailable(`${values.python} -m venv failed: ${(venv.stderr || venv.error?.message || '').trim().split('\n').pop()}`);
  }
  console.log(`check:trainers: installing ${REQUIREMENTS.join(' ')} into ${VENV} (pip's configured indexes; --retries 0)…`);
  const pipArgs = ['-m', 'pip', 'install', '--retries', '0', '--disable-pip-version-check', '-q', ...REQUIREMENTS];
  const pip = spawnSync(PY, pipArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (pip.status !== 0) {
    const why = (pip.stderr || '').split('\n').filter((l) => /ERROR|No matching|Could not/.test(l)).slice(0, 3).join(' / ');
    rmSync(VENV, { recursive: true, force: true });
    unavailable(why || `pip exited ${pip.status}`);
  }
  writeFileSync(stamp, REQUIREMENTS.join('\n'));
  console.log(`check:trainers: venv ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function writeInputs(): Promise<{ merged: string; bundles: string[] }> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const bundles: string[] = [];
  // Two participants whose files differ in which optional fields appear (sites, models, scenarios): the card's
  // features must make them load together.
  const specs = [
    { participantId: 'p-alpha', site: 'chatgpt', model: 'gpt-4o', from: 0, n: 24 },
    { participantId: 'p-beta', site: 'claude', model: 'claude-sonnet', from: 3, n: 16 },
  ];
  for (const s of specs) {
    const convs = Array.from({ length: s.n }, (_, i) =>
      syntheticConversation(s.participantId, s.from + i, { site: s.site, model: s.model }),
    );
    const zip = join(WORK, `${s.participantId}.zip`);
    const options = { participantId: s.participantId, studyId: 'trainer-check', redaction: { level: 'standard' } };
    writeFileSync(zip, await exportToBytes(convs, options));
    const dir = join(WORK, s.participantId);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    bundles.push(zip);
  }
  const merged = join(WORK, 'merged');
  const manifest = await mergeBundles(bundles, merged);
  const { counts } = manifest;
  console.log(
    `check:trainers: merged ${bundles.length} bundles -> ${merged} ` +
      `(sft ${counts.sft}, sft-prompt-completion ${counts['sft-prompt-completion']}, preference ${counts.preference}, kto ${counts.kto})`,
  );
  return { merged, bundles: specs.map((s) => join(WORK, s.participantId)) };
}

async function main(): Promise<void> {
  const inputs = await writeInputs();
  ensureVenv();
  const t0 = performance.now();
  const env = {
    ...process.env,
    HF_HUB_OFFLINE: '1',
    HF_DATASETS_OFFLINE: '1',
    TRANSFORMERS_OFFLINE: '1',
    HF_HOME: join(WORK, 'hf-home'),
    TOKENIZERS_PARALLELISM: 'false',
    TRL_EXPERIMENTAL_SILENCE: '1',
    PYTHONWARNINGS: 'ignore',
  };
  const script = [join(ROOT, 'scripts', 'check-trainers.py'), inputs.merged, ...inputs.bundles, join(WORK, 'runs')];
  const run = spawnSync(PY, script, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const lines = run.stdout.split('\n').filter((l) => l.startsWith('--') || l.startsWith('   ') || l.startsWith('{"'));
  for (const l of lines) console.log(l);
  if (run.status !== 0) {
    console.error(run.stderr.split('\n').filter(Boolean).slice(-15).join('\n'));
    console.error('check:trainers: FAILED');
    process.exit(1);
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(`check:trainers: ok — datasets loaded every config and TRL trained SFT (completion only), DPO and KTO (${seconds} s)`);
}

await main();
