// A tiny schema language: each schema validates untrusted values at a boundary (page world -> content script ->
// background -> pages, and exported files read back by the CLI) and also describes itself as JSON Schema, so the
// documented file formats and the runtime checks come from one definition. Hand-written rather than ajv/zod:
// extension pages and the service worker run under a CSP without `unsafe-eval`, and the content script bundle
// must stay small.

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
  json(): Record<string, unknown>;
  readonly optional?: boolean;
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

/** Strict object: unknown keys are rejected, so nothing outside the schema is ever stored. */
export function object<S extends Shape>(shape: S, options: { description?: string; open?: boolean } = {}): ObjectSchema<S> {
  const keys = Object.keys(shape);
  return {
    shape,
    parse(value, path = '') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected object, got ${describe(value)}`);
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const parsed = shape[key]!.parse(input[key], path ? `${path}.${key}` : key);
        if (parsed !== undefined) out[key] = parsed;
      }
      if (!options.open) {
        for (const key of Object.keys(input)) {
          if (!(key in shape) && input[key] !== undefined) fail(path ? `${path}.${key}` : key, 'unexpected key');
        }
      }
      return out as InferShape<S>;
    },
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
  return {
    parse(value, path = '') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected object, got ${describe(value)}`);
      const tag = (value as Record<string, unknown>)[key];
      if (typeof tag !== 'string' || !Object.prototype.hasOwnProperty.call(members, tag)) {
        fail(path ? `${path}.${key}` : key, `expected one of ${Object.keys(members).join(', ')}`);
      }
      return members[tag]!.parse(value, path) as { [T in keyof M]: Infer<M[T]> }[keyof M];
    },
    json: () => ({ oneOf: Object.values(members).map((m) => m.json()) }),
  };
}

/** Fixed millisecond precision (what Date#toISOString gives), so comparing the strings compares the times. */
export const isoTimestamp = (description = 'ISO 8601 UTC timestamp with milliseconds') =>
  string({ max: 24, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, description });
