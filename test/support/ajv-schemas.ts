// Tests only: an independent check of exported files against the committed JSON Schema documents (schemas/, or
// the copies inside a bundle), with ajv, the validator most JSON Schema users have, rather than the schema DSL
// that wrote them. ajv compiles schemas to code, so it cannot run in the extension (CSP); Node tests may use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

export const SCHEMAS_DIR = join(import.meta.dirname, '../../schemas');

const ajv = new Ajv2020({ allErrors: false, strict: false });
const compiled = new Map<string, ValidateFunction>();

/** A validator for one schema document; the same text compiles once. */
export function ajvValidator(schema: Record<string, unknown>): (value: unknown) => string[] {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(schema)));
  const v = validate;
  return (value) => (v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`));
}

/** The committed schema of a bundle file (`sft.jsonl` -> schemas/sft.schema.json). */
export function committedSchema(file: string): Record<string, unknown> {
  const path = join(SCHEMAS_DIR, `${file.replace(/\.(jsonl|json)$/, '')}.schema.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}
