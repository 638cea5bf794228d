// The bundle's README.md: a Hugging Face dataset card whose YAML front matter (card-metadata.ts) declares one
// config per file with its features, so `load_dataset(dir, "sft")` (or "preference", "kto", ...) loads each
// format as its own dataset and `load_dataset(dir)` the default one.
import { describeAcceptance, type AcceptanceStats } from './acceptance';
import { cardFrontMatter, type CardMetadata } from './card-metadata';
import type { NamedFeature } from './hf-features';

export interface CardFile {
  config: string;
  /** Path(s) relative to the card, globs allowed. */
  dataFiles: string[];
  description: string;
  records: number;
  features?: NamedFeature[];
}

export interface CardInput {
  title: string;
  summary: string[];
  files: CardFile[];
  facts: [string, string][];
  acceptance?: AcceptanceStats;
  metadata?: Omit<CardMetadata, 'prettyName'>;
}

export function datasetCard(input: CardInput): string {
  const configs = input.files.filter((f) => f.records > 0);
  const lines = cardFrontMatter({ prettyName: input.title, ...input.metadata }, input.files);
  lines.push('', `# ${input.title}`, '', ...input.summary, '', '## Configs', '', '| config | files | records | what |', '|---|---|---|---|');
  for (const f of input.files) lines.push(`| ${f.config} | ${f.dataFiles.map((d) => `\`${d}\``).join(', ')} | ${f.records} | ${f.description} |`);
  if (configs.length < input.files.length) lines.push('', 'Configs with no records are not declared in the front matter.');
  lines.push('', '## Facts', '');
  for (const [k, v] of input.facts) lines.push(`- **${k}:** ${v}`);
  if (input.acceptance) {
    const pct = (r: number | null | undefined) => (r == null ? '–' : `${(r * 100).toFixed(1)}%`);
    lines.push('', '## Acceptance rate', '', `${describeAcceptance(input.acceptance, 10)}.`, '');
    lines.push(
      'Two denominators: **accepted / labelled** counts only the answers the user gave a verdict on (accepted, rejected or',
      'refined); **accepted / shown** counts every answer shown (regenerated-away variants and answers nobody reacted to',
      'included), as the Echo paper measures its acceptance rate (accepted / shown suggestions). Refined answers are not',
      `accepted in either. Definition: ${input.acceptance.definition}.`,
      '',
    );
    lines.push('| model | shown | labelled | accepted | rejected | refined | accepted / labelled | accepted / shown |', '|---|---|---|---|---|---|---|---|');
    for (const [model, c] of Object.entries(input.acceptance.byModel)) {
      lines.push(`| ${model} | ${c.answers} | ${c.labelled} | ${c.accepted} | ${c.rejected} | ${c.refined} | ${pct(c.rate)} | ${pct(c.answers ? c.accepted / c.answers : null)} |`);
    }
    lines.push('', 'Per day and model (both rates): `manifest.json` → `stats.acceptance.byDay`.');
  }
  lines.push(
    '',
    '## Provenance',
    '',
    'Captured by Echo Capture, a browser extension that records prompts, answers and what the user did with them',
    '(copy, regenerate, variant switches, thumbs, edits, paste-backs, follow-ups), labelled by rules that are a pure',
    'function of the raw event log (the Echo method: learning from user-driven refinement). The file formats are',
    'described in the project\'s docs/export-format.md; every file\'s JSON Schema is in the `schemas/` folder beside this card.',
    '',
  );
  if (!input.metadata?.license || input.metadata.license === 'other') lines.push(...LICENSE_NOTE);
  return lines.join('\n');
}

const LICENSE_NOTE = [
  '## License',
  '',
  'Not set by the exporter (`license: other`): the prompts belong to the people who wrote them, the answers come',
  'under the terms of the sites that produced them, and participants agreed to what their study says. Whoever',
  'publishes this dataset sets its license in the front matter (`echo-dataset merge --license <id>`).',
  '',
];
