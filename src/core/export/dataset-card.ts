// The bundle's README.md: a Hugging Face dataset card whose YAML front matter declares one config per sample
// file, so `load_dataset(dir, "sft")` (or "preference", "kto", ...) loads each format as its own dataset.
import { describeAcceptance, type AcceptanceStats } from './acceptance';

export interface CardFile {
  config: string;
  /** Path(s) relative to the card, globs allowed. */
  dataFiles: string[];
  description: string;
  records: number;
}

export interface CardInput {
  title: string;
  summary: string[];
  files: CardFile[];
  facts: [string, string][];
  acceptance?: AcceptanceStats;
}

const yamlString = (s: string) => JSON.stringify(s);

export function datasetCard(input: CardInput): string {
  const configs = input.files.filter((f) => f.records > 0);
  const lines = ['---', `pretty_name: ${yamlString(input.title)}`, 'tags:', '- echo-capture', '- user-feedback', '- preference', '- sft'];
  if (configs.length) {
    lines.push('configs:');
    for (const f of configs) {
      lines.push(`- config_name: ${f.config}`);
      if (f.dataFiles.length === 1) lines.push(`  data_files: ${yamlString(f.dataFiles[0]!)}`);
      else {
        lines.push('  data_files:');
        for (const d of f.dataFiles) lines.push(`  - ${yamlString(d)}`);
      }
    }
  }
  lines.push('---', '', `# ${input.title}`, '', ...input.summary, '', '## Configs', '', '| config | files | records | what |', '|---|---|---|---|');
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
    'described in the project\'s docs/export-format.md and checked against the JSON Schemas in its schemas/ folder.',
    '',
  );
  return lines.join('\n');
}
