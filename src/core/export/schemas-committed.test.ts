import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchemas, SCHEMAS_DIR } from '../../../scripts/gen-schemas';

describe('schemas/', () => {
  it('holds exactly what scripts/gen-schemas.ts generates (run `npm run schemas` after changing a format)', () => {
    const expected = renderSchemas();
    expect(readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json')).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(SCHEMAS_DIR, name), 'utf8'), name).toBe(text);
  });
});
