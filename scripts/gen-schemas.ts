// Writes schemas/*.schema.json from the schema DSL (src/core/export/file-schemas.ts, and the merged dataset's
// manifest from src/cli/merged-manifest.ts). Run after changing a format;
// src/core/export/schemas-committed.test.ts fails while the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleJsonSchemas } from '../src/core/export/file-schemas';
import { mergedManifestJsonSchema } from '../src/cli/merged-manifest';

export const SCHEMAS_DIR = resolve(import.meta.dirname, '../schemas');

export function renderSchemas(): Record<string, string> {
  const all = { ...bundleJsonSchemas(), 'merged-manifest.schema.json': mergedManifestJsonSchema() };
  return Object.fromEntries(Object.entries(all).map(([name, doc]) => [name, JSON.stringify(doc, null, 2) + '\n']));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const [name, text] of Object.entries(renderSchemas())) writeFileSync(join(SCHEMAS_DIR, name), text);
  console.log(`wrote ${Object.keys(renderSchemas()).length} schemas to ${SCHEMAS_DIR}`);
}
