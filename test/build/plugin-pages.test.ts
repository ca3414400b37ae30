import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist, readPage } from '../support/dist';

const model = loadModel(dataLocations());

beforeAll(() => ensureDist());

describe('plugin pages in dist/', () => {
  it.each(model.plugins.map((p) => [p.id, p] as const))('/plugins/%s/ is built from its data file', (id, plugin) => {
    const html = readPage(`/plugins/${id}/`);
    expect(html).toContain(`<title>${plugin.data.name}`);
    expect(html).toContain('data-pagefind-body');
    // Every limitation id is an anchor exactly once, so links from reviews land on it.
    for (const limitation of plugin.data.limitations) {
      const anchors = html.match(new RegExp(`id="${limitation.id}"`, 'g')) ?? [];
      expect(anchors, `#${limitation.id} on /plugins/${id}/`).toHaveLength(1);
    }
    // Every catalog property has a row.
    for (const property of model.properties) expect(html).toContain(`id="property-${property.id}"`);
  });

  it('the Overlay page shows its status, key numbers and limitations', () => {
    const html = readPage('/plugins/azure-cni-overlay/');
    expect(html).toMatch(/fm-status--ga/);
    expect(html).toContain('5,000');
    expect(html).toContain('id="no-virtual-nodes"');
  });

  it('the search index is built', () => {
    expect(fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.readdirSync(path.join(DIST, 'pagefind', 'index')).length).toBeGreaterThan(0);
  });
});
