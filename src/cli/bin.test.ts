// echo-dataset as a researcher runs it: the real bin in a child process, its exit codes, what it prints, and a
// merge of colliding and repeated participants whose printed counts match the merged manifest.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeBundle } from '../../test/support/cli-bundles';

const BIN = resolve(import.meta.dirname, '../../bin/echo-dataset.mjs');
let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('bin')));
afterAll(() => cleanup());

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('echo-dataset (child process)', () => {
  it('merges colliding and repeated participants through the CLI and prints every count it wrote', async () => {
    const a1 = await writeBundle(join(dir, 'p01-week1.zip'), { participantId: 'p01', studyId: 'pilot', prefix: 'x', conversations: [0, 5], createdAt: '2026-11-25T00:00:00.000Z' });
    const a2 = await writeBundle(join(dir, 'p01-week2.zip'), { participantId: 'p01', studyId: 'pilot', prefix: 'x', conversations: [3, 9], createdAt: '2026-12-02T00:00:00.000Z' });
    const b = await writeBundle(join(dir, 'p02.zip'), { participantId: 'p02', studyId: 'pilot', prefix: 'x', conversations: [0, 4], site: 'chatgpt' });
    const out = join(dir, 'merged');

    const refused = cli('merge', a1, a2, b, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^echo-dataset: refused: 1 participant has more than one bundle .*--allow-duplicate-participants/)]);

    const r = cli('merge', a1, a2, b, '--out', out, '--allow-duplicate-participants');
    expect(r.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(r.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    // p01: x-c0..c8 (c3, c4 replaced by week 2; c0..c2 only in week 1); p02: x-c0..c3, sharing ids with p01.
    expect(manifest.counts).toMatchObject({ bundles: 3, participants: 2, conversations: 13 });
    expect(manifest.merge).toMatchObject({
      conversationsReplaced: 2,
      conversationsKeptFromOlder: 3,
      sharedConversations: 4,
      recordsRefused: {},
    });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`merged 3 bundles (2 participants) -> ${out}`);
    expect(lines[1]).toContain(`conversations 13, events ${manifest.counts.events}, labels ${manifest.counts.labels}, sft ${manifest.counts.sft}`);
    const dropped = Object.values(manifest.merge.recordsDropped as Record<string, number>).reduce((x, y) => x + y, 0);
    expect(lines[2]).toBe(`  replaced: 2 conversations by a newer export (${dropped} records dropped); refused: 0 records; kept from older exports: 3; left out (not in newest export): 0; shared conversation ids: 4`);
    expect(lines.slice(3).join('\n')).toMatch(/warning: 4 conversation ids appear under more than one participant/);

    const valid = cli('validate', out);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^valid: /);
  });

  it('stops quietly when its reader goes away (validate | head -1) and reports bad flags with the usage, exit 1', async () => {
    const a = await writeBundle(join(dir, 'pipe.zip'), { participantId: 'p9', conversations: [0, 3] });
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" validate "${a}" | head -1`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(`valid: ${a}\n`);
    // A reader that is gone before the first line: every write meets a closed pipe.
    const closed = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" validate "${a}" | true`], { encoding: 'utf8' });
    expect(closed.stderr).toBe('');
    expect(closed.status).toBe(0);

    const bad = cli('validate', a, '--strict');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^echo-dataset: validate: Unknown option '--strict'.*\nusage:\n/);
  });
});
