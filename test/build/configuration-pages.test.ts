import { beforeAll, describe, expect, it } from 'vitest';
import { pluginPairs } from '../../src/generators/comparison';
import { configurationParts } from '../../src/generators/configuration';
import { dataLocations, loadModel } from '../../src/model';
import { holdsOnDataplane } from '../../src/model/limitations';
import { ensureDist, readPage } from '../support/dist';

const model = loadModel(dataLocations());

beforeAll(() => ensureDist());

describe('configuration pages', () => {
  it.each(model.configurations.map((c) => [c.id, c] as const))('%s: parts, every property with its origin, create command, engines, both parts\' limitations, pair pages', (id, config) => {
    const html = readPage(`/configurations/${id}/`);
    const { ipMode, dataplane } = configurationParts(model, config);
    expect(html).toContain(`href="/plugins/${ipMode.id}/"`);
    if (dataplane) expect(html).toContain(`href="/plugins/${dataplane.id}/"`);
    for (const property of model.properties) expect(html, property.id).toContain(`id="property-${property.id}"`);
    expect(html).toMatch(/class="fm-origin fm-origin--(ip-mode|dataplane|both|configuration)"/);
    expect(html).toContain('az aks create');
    expect(html).toContain(`--network-plugin ${ipMode.data.networkProfile.networkPlugin}`);
    if (config.data.dataplane === 'cilium') expect(html).toContain('--network-dataplane cilium');
    for (const part of [ipMode, ...(dataplane ? [dataplane] : [])]) {
      for (const l of part.data.limitations) {
        // A limitation of the IP mode scoped to the other dataplane stays on the IP mode's page only.
        const link = `href="/plugins/${part.id}/#${l.id}"`;
        if (holdsOnDataplane(l, config.data.dataplane)) expect(html, `${part.id}#${l.id}`).toContain(link);
        else expect(html, `${part.id}#${l.id} holds only on the ${l.dataplane} dataplane`).not.toContain(link);
      }
    }
    for (const engine of model.policyEngines) expect(html).toContain(`href="/policy-engines/${engine.id}/"`);
    for (const pair of pluginPairs(model).filter((p) => p.a.id === id || p.b.id === id)) expect(html).toContain(`href="/compare/${pair.slug}/"`);
  });

  it('the index lists every configuration with its page', () => {
    const html = readPage('/configurations/');
    for (const c of model.configurations) expect(html).toContain(`href="/configurations/${c.id}/"`);
  });

  it('a stated cell says so; a cell taken from a part names the part', () => {
    const html = readPage('/configurations/azure-cni-node-subnet-cilium-dataplane/');
    const row = (id: string) => new RegExp(`id="property-${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    expect(row('node-auto-provisioning')).toContain('Stated for this configuration');
    expect(row('vnet-ips-per-node')).toContain('IP mode (Node Subnet)');
    expect(row('l7-policy')).toContain('Dataplane (Cilium)');
    // The Cilium page asks for a newer CLI for this pairing than for the others.
    expect(html).toContain('Azure CLI 2.69.0 or later');
  });
});

describe('what a dataplane page assumes', () => {
  it('the Cilium page says its numbers and create command assume Overlay, and links every Cilium configuration', () => {
    const html = readPage('/plugins/azure-cni-cilium/');
    expect(html).toContain('These numbers assume Azure CNI Overlay.');
    for (const c of model.configurations.filter((c) => c.data.dataplane === 'cilium')) expect(html, c.id).toContain(`href="/configurations/${c.id}/"`);
  });

  it('an IP mode page links the configurations that run it', () => {
    const html = readPage('/plugins/azure-cni-overlay/');
    for (const c of model.configurations.filter((c) => c.data.ipMode === 'azure-cni-overlay')) expect(html, c.id).toContain(`href="/configurations/${c.id}/"`);
  });
});
