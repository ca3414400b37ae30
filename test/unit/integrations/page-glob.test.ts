import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageGlob } from '../../../src/integrations/search-index';

/** A throw-away built site with the given HTML files. */
function site(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-page-glob-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '<html></html>');
  }
  return root;
}

describe('pageGlob', () => {
  it('takes every page but the pair pages, whose records come from the data', () => {
    const root = site(['index.html', '404.html', 'plugins/kubenet/index.html', 'compare/index.html', 'compare/a-vs-b/index.html']);
    const glob = pageGlob(root, ['/compare/a-vs-b/']);
    expect(glob.slice(1, -1).split(',').sort()).toEqual(['*.html', 'compare/*.html', 'plugins/**/*.html']);
  });

  it('fails when a folder of pair pages also holds another page, which the search would miss', () => {
    const root = site(['compare/index.html', 'compare/a-vs-b/index.html', 'compare/notes/index.html']);
    expect(() => pageGlob(root, ['/compare/a-vs-b/'])).toThrow(/compare\/notes\/ is not a pair page/);
  });
});
