// JSON Schema (as the schema DSL emits it) -> the column types DuckDB's read_json() takes, so Parquet columns get
// real nested types (lists of structs, TIMESTAMP WITH TIME ZONE for ISO timestamps) from the same definitions the
// validator uses, never by guessing.
import { isTimestampSchema } from '../core/export/hf-features';

type Json = Record<string, unknown>;
export type DuckStructure = string | DuckStructure[] | { [key: string]: DuckStructure };

export function duckStructure(schema: Json): DuckStructure {
  if (Array.isArray(schema.oneOf)) return mergeObjects(schema.oneOf as Json[]);
  if (Array.isArray(schema.anyOf)) {
    const inner = (schema.anyOf as Json[]).filter((s) => s.type !== 'null');
    return inner.length === 1 ? duckStructure(inner[0]!) : 'JSON';
  }
  if (isTimestampSchema(schema)) return 'TIMESTAMPTZ';
  if ('const' in schema) return scalar(typeof schema.const === 'number' ? (Number.isInteger(schema.const) ? 'integer' : 'number') : typeof schema.const);
  switch (schema.type) {
    case 'object': {
      const props = schema.properties as Record<string, Json> | undefined;
      if (!props) return 'JSON';
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, duckStructure(v)]));
    }
    case 'array':
      return [duckStructure((schema.items as Json | undefined) ?? {})];
    default:
      return scalar(schema.type);
  }
}

function scalar(type: unknown): string {
  switch (type) {
    case 'string':
      return 'VARCHAR';
    case 'integer':
      return 'BIGINT';
    case 'number':
      return 'DOUBLE';
    case 'boolean':
      return 'BOOLEAN';
    default:
      return 'JSON';
  }
}

/** A tagged union of objects becomes one struct with every member's fields (absent ones are NULL). */
function mergeObjects(members: Json[]): DuckStructure {
  const out: Record<string, DuckStructure> = {};
  for (const member of members) {
    const s = duckStructure(member);
    if (typeof s !== 'object' || Array.isArray(s)) return 'JSON';
    for (const [k, v] of Object.entries(s)) {
      if (!(k in out)) out[k] = v;
      else if (JSON.stringify(out[k]) !== JSON.stringify(v)) out[k] = 'JSON';
    }
  }
  return out;
}

/** DuckDB's type text for a structure: `STRUCT("a" VARCHAR, "b" BIGINT[])`. */
export function duckTypeText(s: DuckStructure): string {
  if (typeof s === 'string') return s;
  if (Array.isArray(s)) return `${duckTypeText(s[0]!)}[]`;
  return `STRUCT(${Object.entries(s).map(([k, v]) => `"${k.replace(/"/g, '""')}" ${duckTypeText(v)}`).join(', ')})`;
}
