// A tiny schema language: each schema validates untrusted values at a boundary (page world -> content script ->
// background -> pages, and exported files read back by the CLI) and also describes itself as JSON Schema, so the
// documented file formats and the runtime checks come from one definition. Hand-written rather than ajv/zod:
// extension pages and the service worker run under a CSP without `unsafe-eval`, and the content script bundle
// must stay small. `repair` parses too, but salvages what the schema says may go: an optional field that does not
// fit is trimmed (an over-long string) or dropped, an array item that does not fit is dropped, unknown keys are
// dropped; only a required field that does not fit refuses the value (see docs/export-format.md, Repairs).

export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || '(root)'}: ${problem}`);
    this.name = 'SchemaError';
  }
}

export interface Schema<T> {
  /** Returns the value typed as T, or throws SchemaError naming the first bad path. */
  parse(value: unknown, path?: string): T;
  /** Like parse, but salvages what may go (see the top of this file), noting each repair; absent: as parse. */
  salvage?(value: unknown, path: string, repairs: string[]): T;
  json(): Record<string, unknown>;
  readonly optional?: boolean;
  /** A string schema's length bound: what an over-long optional string is trimmed to. */
  readonly maxLength?: number;
}

/** What `repair` kept, and what it had to change to keep it (paths and problems only, never the values). */
export interface Repaired<T> {
  value: T;
  repairs: string[];
}

/** Parses `value`, repairing what the schema allows to be repaired; throws SchemaError when a required part fails. */
export function repair<T>(schema: Schema<T>, value: unknown): Repaired<T> {
  const repairs: string[] = [];
  return { value: salvageWith(schema, value, '', repairs), repairs };
}

function salvageWith<T>(schema: Schema<T>, value: unknown, path: string, repairs: string[]): T {
  return schema.salvage ? schema.salvage(value, path, repairs) : schema.parse(value, path);
}

/** The first `max` UTF-16 units, never ending inside a surrogate pair. */
function trimTo(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function fail(path: string, problem: string): never {
  throw new SchemaError(path, problem);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
  description?: string;
}

export function string(rules: StringRules = {}): Schema<string> {
  const { min = 0, max = 10_000_000, pattern, description } = rules;
  return {
    maxLength: max,
    parse(value, path = '') {
      if (typeof value !== 'string') fail(path, `expected string, got ${describe(value)}`);
      if (value.length < min) fail(path, `string shorter than ${min}`);
      if (value.length > max) fail(path, `string longer than ${max}`);
      if (pattern && !pattern.test(value)) fail(path, `string does not match ${pattern.source}`);
      return value;
    },
    json: () => ({
      type: 'string',
      ...(min > 0 ? { minLength: min } : {}),
      maxLength: max,
      ...(pattern ? { pattern: pattern.source } : {}),
      ...(description ? { description } : {}),
    }),
  };
}

export interface NumberRules {
  int?: boolean;
  min?: number;
  max?: number;
  description?: string;
}

export function number(rules: NumberRules = {}): Schema<number> {
  const { int = false, min, max, description } = rules;
  return {
    parse(value, path = '') {
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, `expected finite number, got ${describe(value)}`);
      if (int && !Number.isInteger(value)) fail(path, 'expected integer');
      if (min !== undefined && value < min) fail(path, `number below ${min}`);
      if (max !== undefined && value > max) fail(path, `number above ${max}`);
      return value;
    },
    json: () => ({
      type: int ? 'integer' : 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
      ...(description ? { description } : {}),
    }),
  };
}

export function boolean(): Schema<boolean> {
  return {
    parse(value, path = '') {
      if (typeof value !== 'boolean') fail(path, `expected boolean, got ${describe(value)}`);
      return value;
    },
    json: () => ({ type: 'boolean' }),
  };
}

export function literal<const L extends string | number | boolean>(expected: L): Schema<L> {
  return {
    parse(value, path = '') {
      if (value !== expected) fail(path, `expected ${JSON.stringify(expected)}`);
      return expected;
    },
    json: () => ({ const: expected }),
  };
}

export function oneOf<const L extends string>(values: readonly L[], rules: { description?: string } = {}): Schema<L> {
  const allowed = new Set<string>(values);
  return {
    parse(value, path = '') {
      if (typeof value !== 'string' || !allowed.has(value)) fail(path, `expected one of ${values.join(', ')}`);
      return value as L;
    },
    json: () => ({ type: 'string', enum: [...values], ...(rules.description ? { description: rules.description } : {}) }),
  };
}

export function array<T>(item: Schema<T>, rules: { max?: number; min?: number } = {}): Schema<T[]> {
  const { max = 100_000, min = 0 } = rules;
  return {
    parse(value, path = '') {
      if (!Array.isArray(value)) fail(path, `expected array, got ${describe(value)}`);
      if (value.length > max) fail(path, `array longer than ${max}`);
      if (value.length < min) fail(path, `array shorter than ${min}`);
      return value.map((v, i) => item.parse(v, `${path}[${i}]`));
    },
    salvage(value, path, repairs) {
      if (!Array.isArray(value)) fail(path, `expected array, got ${describe(value)}`);
      const kept: T[] = [];
      value.forEach((v, i) => {
        const at = `${path}[${i}]`;
        try {
          kept.push(salvageWith(item, v, at, repairs));
        } catch (e) {
          if (!(e instanceof SchemaError)) throw e;
          repairs.push(`${e.message} (item dropped)`);
        }
      });
      if (kept.length > max) {
        repairs.push(`${path}: ${kept.length - max} items past ${max} dropped`);
        kept.length = max;
      }
      if (kept.length < min) fail(path, `array shorter than ${min}`);
      return kept;
    },
    json: () => ({ type: 'array', items: item.json(), maxItems: max, ...(min > 0 ? { minItems: min } : {}) }),
  };
}

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return {
    optional: true,
    parse(value, path = '') {
      return value === undefined ? undefined : inner.parse(value, path);
    },
    salvage(value, path, repairs) {
      if (value === undefined) return undefined;
      try {
        return salvageWith(inner, value, path, repairs);
      } catch (e) {
        if (!(e instanceof SchemaError)) throw e;
        const max = inner.maxLength;
        if (typeof value === 'string' && max !== undefined && value.length > max) {
          try {
            const trimmed = inner.parse(trimTo(value, max), path);
            repairs.push(`${path}: trimmed from ${value.length} to ${max} characters`);
            return trimmed;
          } catch {
            // Trimmed, it still does not fit (a pattern): dropped below.
          }
        }
        repairs.push(`${e.message} (optional field dropped)`);
        return undefined;
      }
    },
    json: () => inner.json(),
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    parse(value, path = '') {
      return value === null ? null : inner.parse(value, path);
    },
    json: () => ({ anyOf: [inner.json(), { type: 'null' }] }),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

export interface ObjectSchema<S extends Shape> extends Schema<InferShape<S>> {
  readonly shape: S;
}

/** Strict object: unknown keys are rejected (repair drops them), so nothing outside the schema is ever stored. */
export function object<S extends Shape>(shape: S, options: { description?: string; open?: boolean } = {}): ObjectSchema<S> {
  const keys = Object.keys(shape);
  const read = (value: unknown, path: string, repairs: string[] | null): InferShape<S> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected object, got ${describe(value)}`);
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const at = path ? `${path}.${key}` : key;
      const parsed = repairs ? salvageWith(shape[key]!, input[key], at, repairs) : shape[key]!.parse(input[key], at);
      if (parsed !== undefined) out[key] = parsed;
    }
    for (const key of options.open ? [] : Object.keys(input)) {
      if (key in shape || input[key] === undefined) continue;
      const at = path ? `${path}.${key}` : key;
      if (repairs) repairs.push(`${at}: unexpected key dropped`);
      else fail(at, 'unexpected key');
    }
    return out as InferShape<S>;
  };
  return {
    shape,
    parse: (value, path = '') => read(value, path, null),
    salvage: (value, path, repairs) => read(value, path, repairs),
    json: () => ({
      type: 'object',
      properties: Object.fromEntries(keys.map((k) => [k, shape[k]!.json()])),
      required: keys.filter((k) => !shape[k]!.optional),
      additionalProperties: !!options.open,
      ...(options.description ? { description: options.description } : {}),
    }),
  };
}

/** Free-form JSON object (e.g. metadata): checked only for being a plain object of bounded size. */
export function record<T>(value: Schema<T>, rules: { maxKeys?: number } = {}): Schema<Record<string, T>> {
  const { maxKeys = 1000 } = rules;
  return {
    parse(input, path = '') {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) fail(path, `expected object, got ${describe(input)}`);
      const entries = Object.entries(input as Record<string, unknown>);
      if (entries.length > maxKeys) fail(path, `more than ${maxKeys} keys`);
      return Object.fromEntries(entries.map(([k, v]) => [k, value.parse(v, `${path}.${k}`)]));
    },
    json: () => ({ type: 'object', additionalProperties: value.json() }),
  };
}

export function unknownJson(): Schema<unknown> {
  return { parse: (v) => v, json: () => ({}) };
}

/** Union of objects discriminated by one key (e.g. `kind`): errors name the branch that was tried. */
export function tagged<K extends string, M extends Record<string, ObjectSchema<Shape>>>(
  key: K,
  members: M,
): Schema<{ [T in keyof M]: Infer<M[T]> }[keyof M]> {
  type Out = { [T in keyof M]: Infer<M[T]> }[keyof M];
  const member = (value: unknown, path: string): ObjectSchema<Shape> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected object, got ${describe(value)}`);
    const tag = (value as Record<string, unknown>)[key];
    if (typeof tag !== 'string' || !Object.prototype.hasOwnProperty.call(members, tag)) {
      fail(path ? `${path}.${key}` : key, `expected one of ${Object.keys(members).join(', ')}`);
    }
    return members[tag]!;
  };
  return {
    parse: (value, path = '') => member(value, path).parse(value, path) as Out,
    salvage: (value, path, repairs) => salvageWith(member(value, path), value, path, repairs) as Out,
    json: () => ({ oneOf: Object.values(members).map((m) => m.json()) }),
  };
}

/** Fixed millisecond precision (what Date#toISOString gives), so comparing the strings compares the times. */
export const isoTimestamp = (description = 'ISO 8601 UTC timestamp with milliseconds') =>
  string({ max: 24, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, description });
