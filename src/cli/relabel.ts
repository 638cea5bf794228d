// `echo-dataset relabel`: new labels and samples from a bundle's raw events (no recapture), with the default or a
// given rules file. Keeps the original's study/participant ids, redaction record and filters; the input is
// validated first, and the new bundle appears at --out only when it is complete.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolveRules } from '../core/labeller';
import { SAMPLE_FILES, SAMPLE_FORMATS, type ExportOptions } from '../core/export/options';
import { exportTrainingBundle } from '../core/export/training-bundle';
import type { BundleManifest } from '../core/export/bundle';
import { writeAtomically } from './atomic-output';
import { bundleEventSource } from './bundle-source';
import { fileSpools } from './file-spool';
import { validateBundle } from './validate';
import { openBundle } from './bundle-reader';

export { CLI_VERSION } from './version';
import { CLI_VERSION } from './version';

export async function relabelBundle(input: string, out: string, rulesFile?: string): Promise<BundleManifest> {
  const rules = rulesFile ? await readRules(rulesFile) : undefined;
  const { manifest: original } = await validateBundle(input);
  const filters = (original.filters ?? {}) as ExportOptions;
  const present = SAMPLE_FORMATS.filter((f) => original.files.some((file) => file.name === SAMPLE_FILES[f].file));
  // Older bundles wrote the redaction rules version as an integer; the new bundle writes it as a string.
  const redaction = original.redaction ? { ...original.redaction, rulesVersion: String(original.redaction.rulesVersion) } : undefined;
  const options: ExportOptions = {
    ...filters,
    formats: present,
    ...(original.studyId ? { studyId: original.studyId } : {}),
    ...(original.participantId ? { participantId: original.participantId } : {}),
    ...(rules !== undefined ? { rules } : {}),
  };
  const zip = await openBundle(input);
  try {
    return await writeAtomically(out, async (temp, scratch) => {
      const source = await bundleEventSource(zip, scratch);
      try {
        const stream = createWriteStream(temp);
        const manifest = await exportTrainingBundle(
          source,
          options,
          (chunk) => new Promise<void>((ok, fail) => stream.write(chunk, (e) => (e ? fail(e) : ok()))),
          {
            generator: { name: 'echo-dataset', version: CLI_VERSION },
            extensionVersion: original.extensionVersion ?? original.generator.version,
            spools: fileSpools(scratch),
            manifest: {
              ...(redaction ? { redaction } : {}),
              relabelledFrom: {
                createdAt: original.createdAt,
                labelRulesVersion: original.labelRulesVersion ?? null,
                rulesFile: rulesFile ?? null,
              },
            },
          },
        );
        await new Promise<void>((ok, fail) => stream.end((e?: Error | null) => (e ? fail(e) : ok())));
        return manifest;
      } finally {
        source.close();
      }
    });
  } finally {
    await zip.close();
  }
}

/** The rules file, parsed and checked by name before any work; every problem names the file. */
async function readRules(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read the rules file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
  }
  let rules: unknown;
  try {
    rules = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: the rules file is not JSON (${(e as Error).message})`, { cause: e });
  }
  try {
    resolveRules(rules);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
  return rules;
}
