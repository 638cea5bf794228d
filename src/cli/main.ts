// echo-dataset: the researcher's tool for Echo Capture bundles. validate | stats | relabel | merge.
// Flags are checked per command before any work (an unknown flag, a bad --memory-limit or an occupied --out
// fails at once, not after every bundle is read). Any problem with an input prints one line naming the bundle,
// the file and the line, and exits 1. Output to a closed pipe (`validate … | head`) is dropped, never a crash.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BundleError } from './bundle-error';
import { PolicyError } from './bundle-plan';
import { checkOutput, DEFAULT_MEMORY_LIMIT, mergeBundles, OutputError } from './merge';
import { parseMemoryLimit } from './memory-limit';
import { relabelBundle } from './relabel';
import { bundleStats, formatStats } from './stats';
import { validateBundle } from './validate';
import { validateMergedDataset } from './validate-merged';

const USAGE = `usage:
  echo-dataset validate <bundle.zip | bundle dir | merged dataset dir>
  echo-dataset stats <bundle...> [--json]
  echo-dataset relabel <bundle> [--rules rules.json] --out new.zip [--force]
  echo-dataset merge <bundle...> --out DIR [--force] [--memory-limit ${DEFAULT_MEMORY_LIMIT}]
        [--allow-mixed-studies] [--allow-duplicate-participants] [--newest-export-only]
        [--license <Hub license id>] [--language en,de] [--quiet]`;

type Flag = { type: 'string' | 'boolean' };
const FLAGS: Record<string, Record<string, Flag>> = {
  validate: {},
  stats: { json: { type: 'boolean' } },
  relabel: { out: { type: 'string' }, rules: { type: 'string' }, force: { type: 'boolean' } },
  merge: {
    out: { type: 'string' },
    force: { type: 'boolean' },
    'memory-limit': { type: 'string' },
    'allow-mixed-studies': { type: 'boolean' },
    'allow-duplicate-participants': { type: 'boolean' },
    'newest-export-only': { type: 'boolean' },
    license: { type: 'string' },
    language: { type: 'string' },
    quiet: { type: 'boolean' },
  },
};

export class UsageError extends Error {}

function parse(command: string, args: string[]) {
  const options = FLAGS[command];
  if (!options) throw new UsageError(command ? `unknown command ${command}` : 'no command');
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.split('\n')[0]}`);
  }
}

export async function run(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): Promise<number> {
  const [command = '', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  const { values, positionals } = parse(command, rest);
  const str = (k: string) => values[k] as string | undefined;
  switch (command) {
    case 'validate': {
      if (positionals.length !== 1) throw new UsageError('validate takes one bundle or dataset');
      const path = positionals[0]!;
      if (isMergedDataset(path)) {
        const { manifest } = await validateMergedDataset(path);
        out(`valid: ${path} (merged dataset of ${manifest.counts.participants} participants, ${manifest.files.length} files)`);
        for (const f of manifest.files) out(`  ${f.path}\t${f.records} records\t${f.bytes} bytes\tsha256 ok`);
        return 0;
      }
      const report = await validateBundle(path);
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
      const target = str('out');
      if (positionals.length !== 1 || !target) throw new UsageError('relabel takes one bundle and --out');
      if (existsSync(target) && !values.force) throw new OutputError(`--out ${target} exists; choose a new name or pass --force to replace it`);
      const manifest = await relabelBundle(positionals[0]!, target, str('rules'));
      const { labels, sft = 0, preference = 0, kto = 0 } = manifest.counts;
      const rules = String(manifest.labelRulesVersion);
      out(`relabelled ${positionals[0]} -> ${target} (rules ${rules}): ${labels} labels, ${sft} sft, ${preference} preference, ${kto} kto`);
      return 0;
    }
    case 'merge': {
      const target = str('out');
      if (positionals.length === 0 || !target) throw new UsageError('merge takes bundles and --out DIR');
      const memoryLimit = str('memory-limit') ?? DEFAULT_MEMORY_LIMIT;
      try {
        parseMemoryLimit(memoryLimit);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const license = str('license');
      if (license !== undefined && !/^[a-z0-9][a-z0-9.+-]*$/.test(license)) throw new UsageError(`--license ${JSON.stringify(license)}: expected a Hub license id such as cc-by-4.0, mit or other`);
      const language = str('language')?.split(',').map((l) => l.trim()).filter(Boolean);
      if (language?.some((l) => !/^[a-z]{2,3}$/.test(l))) throw new UsageError(`--language ${str('language')}: expected ISO 639 codes such as en,de`);
      checkOutput(target, !!values.force);
      const manifest = await mergeBundles(positionals, target, {
        memoryLimit,
        force: !!values.force,
        allowMixedStudies: !!values['allow-mixed-studies'],
        allowDuplicateParticipants: !!values['allow-duplicate-participants'],
        newestExportOnly: !!values['newest-export-only'],
        ...(license ? { license } : {}),
        ...(language?.length ? { language } : {}),
        ...(values.quiet ? {} : { log: err }),
      });
      const m = manifest.merge;
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      out(`merged ${manifest.counts.bundles} bundles (${manifest.counts.participants} participants) -> ${target}`);
      out(`  ${['conversations', 'events', 'labels', 'sft', 'preference', 'kto'].map((k) => `${k} ${manifest.counts[k] ?? 0}`).join(', ')}`);
      out(
        `  replaced: ${m.conversationsReplaced} conversations by a newer export (${sum(m.recordsDropped)} records dropped); refused: ${sum(m.recordsRefused)} records; ` +
          `kept from older exports: ${m.conversationsKeptFromOlder}; left out (not in newest export): ${m.conversationsNotInNewest}; shared conversation ids: ${m.sharedConversations}`,
      );
      for (const w of manifest.warnings) out(`  warning: ${w}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

function isMergedDataset(path: string): boolean {
  try {
    return statSync(path).isDirectory() && existsSync(join(path, 'manifest.json')) && /"format"\s*:\s*"echo-capture-merged-dataset"/.test(readHead(join(path, 'manifest.json')));
  } catch {
    return false;
  }
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Writes to a stream until its reader goes away (EPIPE), then drops the rest instead of crashing. */
function pipeSafe(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (s) => {
    if (!closed) stream.write(s + '\n');
  };
}

export async function main(): Promise<void> {
  const out = pipeSafe(process.stdout);
  const err = pipeSafe(process.stderr);
  try {
    process.exitCode = await run(process.argv.slice(2), out, err);
  } catch (e) {
    if (e instanceof UsageError) err(`echo-dataset: ${e.message}\n${USAGE}`);
    else if (e instanceof BundleError) err(`echo-dataset: invalid bundle: ${e.message}`);
    else if (e instanceof PolicyError || e instanceof OutputError) err(`echo-dataset: refused: ${e.message}`);
    else err(`echo-dataset: ${((e as Error).message ?? String(e)).split('\n')[0]}`);
    process.exitCode = 1;
  }
}
