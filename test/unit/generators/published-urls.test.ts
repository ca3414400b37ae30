import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPublishedList, missingPublishedUrls, parsePublishedList, publishedUrls } from '../../../src/generators/published-urls';
import { loadModel } from '../../../src/model';

const root = path.resolve('test/fixtures/minimal');
const model = loadModel({ root, dataDir: path.join(root, 'data'), glossaryDir: path.join(root, 'glossary') });

describe('publishedUrls', () => {
  const urls = publishedUrls(model, { guides: ['a-guide'] });

  it('lists plugin pages with their limitation and property anchors, engines, glossary, guides, calculators, pairs', () => {
    expect(urls).toEqual(expect.arrayContaining(['/plugins/alpha/', '/plugins/alpha/#first-limit', '/plugins/alpha/#property-max-nodes', '/policy-engines/gamma/', '/glossary/term-one/', '/guides/a-guide/', '/calculators/node-subnet/', '/compare/alpha-vs-beta/', '/changes/', '/changes.xml']));
  });

  it('is sorted and lists each entry once', () => {
    expect(urls).toEqual([...new Set(urls)].sort());
  });
});

describe('the list file', () => {
  it('regenerating keeps every listed line, adds the new ones, and skips comments when read back', () => {
    const text = formatPublishedList(['/gone/', '/plugins/alpha/'], ['/plugins/alpha/', '/new/']);
    expect(parsePublishedList(text).map((l) => l.entry)).toEqual(['/gone/', '/new/', '/plugins/alpha/']);
    expect(text.startsWith('# ')).toBe(true);
  });

  it('reports the listed entries the site no longer has, with their line numbers when parsed', () => {
    const listed = parsePublishedList('# header\n/a/\n\n/b/#x\n');
    expect(listed).toEqual([{ entry: '/a/', line: 2 }, { entry: '/b/#x', line: 4 }]);
    expect(missingPublishedUrls(listed.map((l) => l.entry), ['/a/'])).toEqual(['/b/#x']);
  });
});
