import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from '../support/dist';
import { search } from '../support/pagefind';

beforeAll(() => ensureDist());

describe('site search over dist/pagefind', () => {
  it('"overlay" finds the Azure CNI Overlay plugin page first', async () => {
    const hits = await search('overlay', 3);
    expect(hits.map((h) => h.url)).toContain('/plugins/azure-cni-overlay/');
  });

  it('"overlay virtual nodes" lands on the Overlay virtual nodes limitation itself', async () => {
    const hits = await search('overlay virtual nodes', 3);
    expect(hits.map((h) => h.url)).toContain('/plugins/azure-cni-overlay/#no-virtual-nodes');
  });
});
