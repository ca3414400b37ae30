import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, ensureDist } from '../support/dist';

beforeAll(() => ensureDist());

describe('the sidebar marks the page it is on', () => {
  it('on every page, the sidebar link marked aria-current="page" (if any) links to that page', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    let marked = 0;
    for (const [url, file] of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const sidebar = /<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
      const current = [...sidebar.matchAll(/<a href="([^"]*)"[^>]*aria-current="page"/g)].map((m) => m[1]!);
      if (current.length > 1) wrong.push(`${url}: ${current.length} links marked`);
      for (const link of current) if (link !== url) wrong.push(`${url}: marks ${link}`);
      marked += current.length;
    }
    expect(wrong).toEqual([]);
    // Pages that have a sidebar entry (every plugin and calculator page among them) are marked.
    expect(marked).toBeGreaterThan(15);
  });
});
