// The YAML front matter of a dataset card: the Hugging Face Hub's metadata fields (license, language,
// task_categories, size_categories, pretty_name, tags) and one `datasets` config per file, one of them the
// default, each with explicit features so files from many bundles load as one table.
import { featuresYaml, type NamedFeature } from './hf-features';

export interface CardConfig {
  config: string;
  /** Path(s) relative to the card, globs allowed. */
  dataFiles: string[];
  records: number;
  features?: NamedFeature[];
}

export interface CardMetadata {
  prettyName: string;
  /** A Hub license id (https://hf.co/docs/hub/repositories-licenses); `other` with licenseName when unknown. */
  license?: string;
  licenseName?: string;
  licenseLink?: string;
  /** ISO 639 codes; `mul` (several languages) when the exporter cannot know. */
  language?: string[];
  tags?: string[];
  /** Config `load_dataset(dir)` loads without a name. */
  defaultConfig?: string;
}

export const DEFAULT_TAGS = ['echo-capture', 'user-feedback', 'preference', 'sft', 'dpo', 'kto'];
/** Captured text belongs to the people who wrote it; the exporter does not know under which terms it may be shared. */
export const UNSPECIFIED_LICENSE = { license: 'other', licenseName: 'echo-capture-unspecified', licenseLink: 'README.md' } as const;

const SIZE_CATEGORIES: [number, string][] = [
  [1e3, 'n<1K'],
  [1e4, '1K<n<10K'],
  [1e5, '10K<n<100K'],
  [1e6, '100K<n<1M'],
  [1e7, '1M<n<10M'],
  [1e8, '10M<n<100M'],
  [1e9, '100M<n<1B'],
];

/** The Hub's size bucket for a number of records. */
export function sizeCategory(n: number): string {
  return SIZE_CATEGORIES.find(([limit]) => n < limit)?.[1] ?? '1B<n<10B';
}

const yamlString = (s: string) => JSON.stringify(s);

/** Lines of the front matter, `---` to `---`. Configs without records are left out (`datasets` refuses empty files). */
export function cardFrontMatter(meta: CardMetadata, files: CardConfig[]): string[] {
  const configs = files.filter((f) => f.records > 0);
  const license = meta.license ?? UNSPECIFIED_LICENSE.license;
  const lines = ['---', `pretty_name: ${yamlString(meta.prettyName)}`, `license: ${license}`];
  if (license === 'other') {
    lines.push(`license_name: ${meta.licenseName ?? UNSPECIFIED_LICENSE.licenseName}`, `license_link: ${meta.licenseLink ?? UNSPECIFIED_LICENSE.licenseLink}`);
  }
  lines.push('language:', ...(meta.language?.length ? meta.language : ['mul']).map((l) => `- ${l}`));
  lines.push('task_categories:', '- text-generation');
  lines.push('size_categories:', `- ${sizeCategory(Math.max(0, ...configs.map((c) => c.records)))}`);
  lines.push('tags:', ...(meta.tags ?? DEFAULT_TAGS).map((t) => `- ${t}`));
  if (!configs.length) return [...lines, '---'];
  const defaultConfig = configs.some((c) => c.config === meta.defaultConfig) ? meta.defaultConfig : configs[0]!.config;
  lines.push('configs:');
  for (const f of configs) {
    lines.push(`- config_name: ${f.config}`);
    if (f.dataFiles.length === 1) lines.push(`  data_files: ${yamlString(f.dataFiles[0]!)}`);
    else lines.push('  data_files:', ...f.dataFiles.map((d) => `  - ${yamlString(d)}`));
    if (f.config === defaultConfig) lines.push('  default: true');
  }
  const typed = configs.filter((c) => c.features);
  if (typed.length) {
    lines.push('dataset_info:');
    for (const f of typed) lines.push(`- config_name: ${f.config}`, '  features:', ...featuresYaml(f.features!, 2));
  }
  return [...lines, '---'];
}
