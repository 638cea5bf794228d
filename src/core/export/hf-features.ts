// Hugging Face `datasets` features for a file, derived from its JSON Schema (the same definitions the validator
// uses), written into the dataset card per config. With them `load_dataset` reads every file of a config with one
// fixed set of columns: a key that some lines or some bundles leave out (an optional field) is a null, never a
// CastError, and nested objects keep their types instead of being inferred file by file.
type Json = Record<string, unknown>;

/** A feature as `datasets` writes it in YAML: a dtype, a struct of named features, or a list of one feature. */
export type Feature = { dtype: string } | { struct: NamedFeature[] } | { list: Feature };
export interface NamedFeature {
  name: string;
  feature: Feature;
}

export interface FeatureOptions {
  /** dtype for ISO timestamp strings: 'string' in JSONL, a timestamp type in Parquet. */
  timestamp?: string;
}

const ISO_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';

export function isTimestampSchema(schema: Json): boolean {
  return schema.type === 'string' && schema.pattern === ISO_PATTERN;
}

/** The columns of one JSONL/Parquet file whose lines match `schema` (an object, or a union of objects). */
export function featuresOf(schema: Json, options: FeatureOptions = {}): NamedFeature[] {
  const f = featureOf(schema, options);
  if (!('struct' in f)) throw new Error('a file schema must describe objects');
  return f.struct;
}

export function featureOf(schema: Json, options: FeatureOptions = {}): Feature {
  if (Array.isArray(schema.anyOf)) {
    const inner = (schema.anyOf as Json[]).filter((s) => s.type !== 'null');
    return inner.length === 1 ? featureOf(inner[0]!, options) : unify(inner.map((s) => featureOf(s, options)));
  }
  if (Array.isArray(schema.oneOf)) return unify((schema.oneOf as Json[]).map((s) => featureOf(s, options)));
  if ('const' in schema) return { dtype: scalar(typeof schema.const === 'number' ? (Number.isInteger(schema.const) ? 'integer' : 'number') : typeof schema.const) };
  if (isTimestampSchema(schema)) return { dtype: options.timestamp ?? 'string' };
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Json>;
      return { struct: Object.entries(props).map(([name, s]) => ({ name, feature: featureOf(s, options) })) };
    }
    case 'array':
      return { list: featureOf((schema.items as Json | undefined) ?? {}, options) };
    default:
      return { dtype: scalar(schema.type) };
  }
}

function scalar(type: unknown): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
      return 'int64';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    default:
      throw new Error(`no datasets dtype for JSON Schema type ${JSON.stringify(type)}`);
  }
}

/** Union members become one struct with every member's fields (absent ones null); int64 widens to float64. */
function unify(members: Feature[]): Feature {
  return members.reduce((a, b) => merge(a, b));
}

function merge(a: Feature, b: Feature): Feature {
  if ('dtype' in a && 'dtype' in b) {
    if (a.dtype === b.dtype) return a;
    const numeric = new Set([a.dtype, b.dtype]);
    if (numeric.size === 2 && numeric.has('int64') && numeric.has('float64')) return { dtype: 'float64' };
  }
  if ('list' in a && 'list' in b) return { list: merge(a.list, b.list) };
  if ('struct' in a && 'struct' in b) {
    const out = a.struct.map((f) => ({ ...f }));
    for (const f of b.struct) {
      const at = out.findIndex((o) => o.name === f.name);
      if (at < 0) out.push(f);
      else out[at] = { name: f.name, feature: merge(out[at]!.feature, f.feature) };
    }
    return { struct: out };
  }
  throw new Error(`incompatible union members: ${JSON.stringify(a)} / ${JSON.stringify(b)}`);
}

/** YAML lines of a features list, as `datasets` writes `dataset_info.features`, indented by `indent` spaces. */
export function featuresYaml(features: NamedFeature[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const { name, feature } of features) {
    lines.push(`${pad}- name: ${JSON.stringify(name)}`);
    lines.push(...featureBody(feature, indent + 2));
  }
  return lines;
}

function featureBody(feature: Feature, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if ('dtype' in feature) return [`${pad}dtype: ${feature.dtype}`];
  if ('struct' in feature) return [`${pad}struct:`, ...featuresYaml(feature.struct, indent)];
  const item = feature.list;
  if ('dtype' in item) return [`${pad}list: ${item.dtype}`];
  if ('struct' in item) return [`${pad}list:`, ...featuresYaml(item.struct, indent)];
  // A list of lists: `list:` holding a mapping with its own `list:` key.
  return [`${pad}list:`, ...featureBody(item, indent + 2)];
}
