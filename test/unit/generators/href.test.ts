import { describe, expect, it } from 'vitest';
import { href, normaliseBase, withoutBase } from '../../../src/generators/href';

describe('href', () => {
  it('prefixes root paths with the base path, keeping query and anchor', () => {
    expect(href('/plugins/kubenet/#max-400-nodes', '/aks-field-manual/')).toBe('/aks-field-manual/plugins/kubenet/#max-400-nodes');
    expect(href('/', '/aks-field-manual/')).toBe('/aks-field-manual/');
    expect(href('/compare/?plugins=a,b', '/x/')).toBe('/x/compare/?plugins=a,b');
  });

  it('leaves root paths alone at the root, and never touches other links or an already based path', () => {
    expect(href('/plugins/kubenet/', '/')).toBe('/plugins/kubenet/');
    for (const other of ['https://learn.microsoft.com/azure/aks/', '//cdn.example/x', '#anchor', '?q=1', 'relative/']) expect(href(other, '/x/')).toBe(other);
    expect(href('/x/plugins/', '/x/')).toBe('/x/plugins/');
  });

  it('withoutBase undoes href', () => {
    for (const path of ['/', '/plugins/kubenet/', '/decide/?path=a:b']) expect(withoutBase(href(path, '/x/y/'), '/x/y/')).toBe(path);
  });

  it('normaliseBase accepts the ways people write a path', () => {
    expect(['', undefined, '/', '//'].map(normaliseBase)).toEqual(['/', '/', '/', '/']);
    expect(['aks', '/aks', 'aks/', '/aks/', ' /aks// '].map(normaliseBase)).toEqual(Array(5).fill('/aks/'));
    expect(normaliseBase('a/b')).toBe('/a/b/');
  });
});
