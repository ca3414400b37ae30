import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pluginPairs } from '../../src/generators/comparison';
import { comparedOptions } from '../../src/generators/configuration';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist, readPage } from '../support/dist';

const model = loadModel(dataLocations());

beforeAll(() => ensureDist());

/** Script files a built page loads (module scripts bundled by Astro). */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).sort();
}

const options = comparedOptions(model);

describe('every plugin, configuration, pair and engine has a page', () => {
  it('a page per plugin, per configuration, per pair of them (ids in alphabetical order) and per policy engine', () => {
    for (const p of model.plugins) expect(fs.existsSync(path.join(DIST, 'plugins', p.id, 'index.html')), p.id).toBe(true);
    for (const c of model.configurations) expect(fs.existsSync(path.join(DIST, 'configurations', c.id, 'index.html')), c.id).toBe(true);
    const pairs = pluginPairs(model);
    expect(pairs).toHaveLength((options.length * (options.length - 1)) / 2);
    // Pairs of plugins keep the slugs they always had.
    expect(pairs.map((p) => p.slug)).toContain('azure-cni-overlay-vs-kubenet');
    for (const pair of pairs) {
      expect(pair.a.id < pair.b.id).toBe(true);
      expect(fs.existsSync(path.join(DIST, 'compare', pair.slug, 'index.html')), pair.slug).toBe(true);
    }
    for (const e of model.policyEngines) expect(fs.existsSync(path.join(DIST, 'policy-engines', e.id, 'index.html')), e.id).toBe(true);
  });

  it('every limitation is an anchor exactly once on its page and is linked from /limitations/', () => {
    const index = readPage('/limitations/');
    const owners = [
      ...model.plugins.map((p) => ({ url: `/plugins/${p.id}/`, limitations: p.data.limitations })),
      ...model.policyEngines.map((e) => ({ url: `/policy-engines/${e.id}/`, limitations: e.data.limitations })),
    ];
    for (const owner of owners) {
      const html = readPage(owner.url);
      for (const l of owner.limitations) {
        expect(html.match(new RegExp(`id="${l.id}"`, 'g')) ?? [], `${owner.url}#${l.id}`).toHaveLength(1);
        expect(index, `/limitations/ links ${owner.url}#${l.id}`).toContain(`href="${owner.url}#${l.id}"`);
      }
    }
  });

  it('/compare/ holds the full table without JavaScript: every plugin and configuration column and every property row', () => {
    const html = readPage('/compare/');
    for (const p of options) expect(html).toContain(`<th scope="col" data-plugin="${p.id}"`);
    for (const property of model.properties) expect(html).toContain(`id="row-${property.id}"`);
  });

  it('plugin pages show the generated az aks create, Terraform and Bicep snippets', () => {
    const html = readPage('/plugins/azure-cni-overlay/');
    expect(html).toContain('--network-plugin-mode overlay');
    expect(html).toContain('network_plugin_mode = &quot;overlay&quot;');
    expect(html).toContain('networkPluginMode: &#39;overlay&#39;');
    expect(readPage('/plugins/kubenet/')).toContain('To <a href="/plugins/azure-cni-overlay/">Azure CNI Overlay</a>');
  });

  it('plugin pages load no JavaScript beyond what every page loads (search) and the copy buttons', () => {
    const base = new Set(scriptsOf(readPage('/plugins/')));
    for (const p of model.plugins) {
      const extra = scriptsOf(readPage(`/plugins/${p.id}/`)).filter((s) => !base.has(s));
      for (const file of extra) {
        const code = fs.readFileSync(path.join(DIST, file), 'utf8');
        expect(code, `${file} on /plugins/${p.id}/`).toContain('data-copy-link');
      }
      expect(extra.length, `/plugins/${p.id}/`).toBeLessThanOrEqual(1);
    }
  });
});

describe('exports', () => {
  it('/data/plugins.json holds every plugin and every configuration with every property cell', () => {
    const data = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'plugins.json'), 'utf8'));
    expect(data.plugins.map((p: { id: string }) => p.id)).toEqual(model.plugins.map((p) => p.id));
    for (const p of data.plugins) expect(Object.keys(p.cells).sort()).toEqual(model.properties.map((x) => x.id).sort());
    expect(data.configurations.map((c: { id: string }) => c.id)).toEqual(model.configurations.map((c) => c.id));
    for (const c of data.configurations) {
      expect(Object.keys(c.cells).sort()).toEqual(model.properties.map((x) => x.id).sort());
      expect(c.parts.ipMode).toBe(model.configurationById.get(c.id)!.data.ipMode);
      expect(c.url).toMatch(new RegExp(`/configurations/${c.id}/$`));
    }
    const overlayCilium = data.configurations.find((c: { id: string }) => c.id === 'azure-cni-overlay-cilium-dataplane');
    expect(overlayCilium.cells['windows-nodes']).toMatchObject({ support: 'no', basis: 'both' });
    expect(overlayCilium.cells['l7-policy']).toMatchObject({ support: 'yes', basis: 'dataplane' });
    expect(data.policyEngines.map((e: { id: string }) => e.id)).toEqual(model.policyEngines.map((e) => e.id));
  });

  it('/data/comparison.csv has a column per plugin and per configuration, and a row per property', () => {
    const lines = fs.readFileSync(path.join(DIST, 'data', 'comparison.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(['category', 'property_id', 'property', ...options.map((p) => p.id)].join(','));
    for (const c of model.configurations) expect(lines[0]!.split(',')).toContain(c.id);
    expect(lines.length).toBe(1 + model.properties.length);
  });
});
