import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../../src/model/read-yaml';

describe('parseYaml', () => {
  it('keeps dates as the text written', () => {
    const result = parseYaml('lastVerified: 2026-11-22\n');
    expect(result.ok && result.yaml.data).toEqual({ lastVerified: '2026-11-22' });
  });

  it('maps a field path to its line, or to the nearest existing parent', () => {
    const result = parseYaml('a:\n  b:\n    c: 1\n  d: 2\n');
    if (!result.ok) throw new Error('expected valid YAML');
    expect(result.yaml.lineOf(['a', 'b', 'c'])).toBe(3);
    expect(result.yaml.lineOf(['a', 'd'])).toBe(4);
    expect(result.yaml.lineOf(['a', 'b', 'missing'])).toBe(3);
  });

  it('reports syntax errors with their line, shifted by the frontmatter offset', () => {
    const result = parseYaml('a: 1\nb: [2\n', 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects duplicate keys, which would silently drop a fact', () => {
    expect(parseYaml('a: 1\na: 2\n').ok).toBe(false);
  });
});

describe('splitFrontmatter', () => {
  it('returns the YAML between the --- fences', () => {
    expect(splitFrontmatter('---\ntitle: X\n---\nBody')).toEqual({ yaml: 'title: X', lineOffset: 1, body: 'Body', bodyLine: 4 });
  });
  it('returns undefined without frontmatter', () => {
    expect(splitFrontmatter('# Heading')).toBeUndefined();
  });
});
