// echo-dataset: the researcher's tool for Echo Capture bundles. validate | stats | relabel | merge.
// Any problem with an input prints one line naming the bundle, the file and the line, and exits 1.
import { parseArgs } from 'node:util';
import { BundleError } from './bundle-error';
import { mergeBundles } from './merge';
import { relabelBundle } from './relabel';
import { bundleStats, formatStats } from './stats';
import { validateBundle } from './validate';

const USAGE = `usage:
  echo-dataset validate <bundle.zip>
  echo-dataset stats <bundle.zip...> [--json]
  echo-dataset relabel <bundle.zip> [--rules rules.json] --out new.zip
  echo-dataset merge <bundle.zip...> --out DIR [--memory-limit 2GB]`;

export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: 'string' }, rules: { type: 'string' }, json: { type: 'boolean' }, 'memory-limit': { type: 'string' }, quiet: { type: 'boolean' } },
  });
  switch (command) {
    case 'validate': {
      if (positionals.length !== 1) throw new UsageError('validate takes one bundle');
      const report = await validateBundle(positionals[0]!);
      out(`valid: ${report.bundle}`);
      for (const f of report.files) out(`  ${f.name}\t${f.records} records\t${f.bytes} bytes\tsha256 ok`);
      return 0;
    }
    case 'stats': {
      if (positionals.length === 0) throw new UsageError('stats takes one or more bundles');
      const result = await bundleStats(positionals);
      out(values.json ? JSON.stringify(result, null, 2) : formatStats(result));
      return 0;
    }
    case 'relabel': {
      if (positionals.length !== 1 || !values.out) throw new UsageError('relabel takes one bundle and --out');
      const manifest = await relabelBundle(positionals[0]!, values.out, values.rules);
      out(`relabelled ${positionals[0]} -> ${values.out}: ${manifest.counts.labels} labels, ${manifest.counts.sft ?? 0} sft, ${manifest.counts.preference ?? 0} preference, ${manifest.counts.kto ?? 0} kto`);
      return 0;
    }
    case 'merge': {
      if (positionals.length === 0 || !values.out) throw new UsageError('merge takes bundles and --out DIR');
      const manifest = await mergeBundles(positionals, values.out, {
        ...(values['memory-limit'] ? { memoryLimit: values['memory-limit'] } : {}),
        ...(values.quiet ? {} : { log: (l: string) => process.stderr.write(l + '\n') }),
      });
      out(`merged ${positionals.length} bundles (${manifest.counts.participants} participants) -> ${values.out}`);
      out(`  ${Object.entries(manifest.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command');
  }
}

class UsageError extends Error {}

export async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`echo-dataset: ${e.message}\n${USAGE}\n`);
    else if (e instanceof BundleError) process.stderr.write(`echo-dataset: invalid bundle: ${e.message}\n`);
    else process.stderr.write(`echo-dataset: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 1;
  }
}

