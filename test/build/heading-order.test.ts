import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, ensureDist } from '../support/dist';

beforeAll(() => ensureDist());

describe('headings', () => {
  it('on every page, the headings of the main content never skip a level going down (h1 then h3, say)', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const skips: string[] = [];
    for (const [url, file] of pages) {
      const main = /<main[\s\S]*<\/main>/.exec(fs.readFileSync(file, 'utf8'))?.[0] ?? '';
      let previous = 0;
      for (const m of main.matchAll(/<h([1-6])[\s>]/g)) {
        const level = Number(m[1]);
        if (previous > 0 && level > previous + 1) {
          skips.push(`${url}: h${previous} then h${level}`);
          break;
        }
        previous = level;
      }
    }
    expect(skips).toEqual([]);
  });
});
