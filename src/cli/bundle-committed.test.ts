// bin/echo-dataset.mjs runs the committed lib/echo-dataset.mjs so that the CLI works without dev dependencies.
// After any change to src/cli/ (or the src/core code it uses) run `npm run build:cli` and commit lib/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, configFor } from '../../vite.config';

const root = resolve(import.meta.dirname, '../..');

describe('lib/echo-dataset.mjs', () => {
  it('is what `npm run build:cli` makes from the sources now (run `npm run build:cli` and commit lib/ when this fails)', async () => {
    const config = configFor({ kind: 'cli' });
    const result = (await build({ ...config, configFile: false, build: { ...config.build, write: false } })) as Rolldown.RolldownOutput;
    const fresh = result.output.find((o) => o.type === 'chunk' && o.isEntry);
    expect(fresh?.type).toBe('chunk');
    const committed = readFileSync(resolve(root, CLI_BUNDLE), 'utf8');
    // One assertion on a boolean: a diff of a 160 KB file is noise; the message says what to do.
    const stale = `${CLI_BUNDLE} is stale: run \`npm run build:cli\` and commit it`;
    expect(committed === (fresh as Rolldown.OutputChunk).code, stale).toBe(true);
  }, 60_000);
});
