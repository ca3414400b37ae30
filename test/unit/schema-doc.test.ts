import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaReference, withSchemaReference } from '../../src/cli/schema-doc';

describe('the schema reference in CONTRIBUTING.md', () => {
  it('is generated from the current schemas (run npm run docs:schema after changing one)', () => {
    const text = fs.readFileSync('CONTRIBUTING.md', 'utf8');
    expect(withSchemaReference(text)).toBe(text);
  });

  it('describes every field of the plugin schema', () => {
    expect(schemaReference()).toContain('| `lastVerified` | date YYYY-MM-DD | yes |');
    expect(schemaReference()).toContain('### Glossary term');
  });
});
