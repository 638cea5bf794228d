// A small JSON Schema checker for the subset schemas/ uses (type, properties, required, additionalProperties,
// items, min/maxItems, enum, const, oneOf, anyOf, min/maxLength, pattern, minimum, maximum). Tests use it to
// check exported files against the committed schema documents themselves, independently of the DSL's parse().
type Json = Record<string, unknown>;

export function jsonSchemaErrors(schema: Json, value: unknown, path = '$'): string[] {
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Json[]).filter((s) => jsonSchemaErrors(s, value, path).length === 0).length;
    return passing === 1 ? [] : [`${path}: matches ${passing} of oneOf`];
  }
  if (Array.isArray(schema.anyOf)) {
    return (schema.anyOf as Json[]).some((s) => jsonSchemaErrors(s, value, path).length === 0) ? [] : [`${path}: matches no anyOf`];
  }
  if ('const' in schema && value !== schema.const) return [`${path}: expected ${JSON.stringify(schema.const)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: not in enum`];
  const errors: string[] = [];
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected object`];
      const v = value as Json;
      const props = (schema.properties ?? {}) as Record<string, Json>;
      for (const key of (schema.required ?? []) as string[]) if (!(key in v)) errors.push(`${path}.${key}: required`);
      for (const [key, item] of Object.entries(v)) {
        if (props[key]) errors.push(...jsonSchemaErrors(props[key], item, `${path}.${key}`));
        else if (schema.additionalProperties === false) errors.push(`${path}.${key}: additional property`);
        else if (typeof schema.additionalProperties === 'object') errors.push(...jsonSchemaErrors(schema.additionalProperties as Json, item, `${path}.${key}`));
      }
      return errors;
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: expected array`];
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: too many items`);
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: too few items`);
      value.forEach((item, i) => errors.push(...jsonSchemaErrors((schema.items ?? {}) as Json, item, `${path}[${i}]`)));
      return errors;
    }
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected string`];
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: too short`);
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${path}: too long`);
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: pattern`);
      return errors;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value))) return [`${path}: expected ${schema.type}`];
      if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
      if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
      return errors;
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected boolean`];
    case 'null':
      return value === null ? [] : [`${path}: expected null`];
    default:
      return [];
  }
}
