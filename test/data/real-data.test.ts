import { describe, expect, it } from 'vitest';
import { checkData, dataLocations, formatIssue, type Model } from '../../src/model';

const { model, issues } = checkData(dataLocations());

describe('the real data', () => {
  it('passes every schema and integrity rule', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

// The remaining checks need a model; if the data is broken the test above already says why.
const m = model as Model;
const plugin = (id: string) => {
  const p = m.pluginById.get(id);
  if (!p) throw new Error(`plugin ${id} missing from data/plugins/`);
  return p.data;
};
const cell = (pluginId: string, propertyId: string) => plugin(pluginId).properties[propertyId];

describe.skipIf(!model)('coverage of the subject', () => {
  it('has exactly the plugin ids readers link to', () => {
    expect(m.plugins.map((p) => p.id).sort()).toEqual(
      ['azure-cni-cilium', 'azure-cni-node-subnet', 'azure-cni-overlay', 'azure-cni-pod-subnet-dynamic', 'azure-cni-pod-subnet-static-block', 'byo-cni', 'kubenet', 'kubenet-dual-stack'].sort(),
    );
    expect(m.policyEngines.map((e) => e.id).sort()).toEqual(['azure-npm', 'calico', 'cilium']);
  });

  it('has a catalog of at least 30 properties covering every category, linked to their glossary terms', () => {
    expect(m.properties.length).toBeGreaterThanOrEqual(30);
    expect(new Set(m.properties.map((p) => p.data.category)).size).toBe(7);
    expect(m.properties.filter((p) => p.data.glossary).length).toBeGreaterThanOrEqual(25);
  });

  it('has at least 60 limitations across plugins and engines, each cited', () => {
    const all = [...m.plugins, ...m.policyEngines].flatMap((e) => e.data.limitations);
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const l of all) expect(l.sources.length).toBeGreaterThan(0);
  });

  it('records a history entry for each popular outdated claim', () => {
    const has = (id: string, property: string) => plugin(id).history.some((h) => h.property === property);
    expect(has('azure-cni-cilium', 'observability'), 'Cilium without Hubble').toBe(true);
    expect(has('azure-cni-cilium', 'l7-policy'), 'Cilium without L7 policy').toBe(true);
    expect(has('azure-cni-overlay', 'windows-nodes'), 'Overlay Linux-only').toBe(true);
    expect(has('azure-cni-overlay', 'agic'), 'Overlay without AGIC').toBe(true);
    expect(has('kubenet', 'default-for-new-clusters'), 'kubenet as the default').toBe(true);
  });

  it('every source has a date and a verification date', () => {
    for (const s of m.sources) {
      expect(s.data.date, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.data.lastVerified, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe.skipIf(!model)('facts reviews depend on', () => {
  const retirement = (dates: { date: string; scope: string }[] | undefined, scope: RegExp) => dates?.find((r) => scope.test(r.scope))?.date;

  it('retirement dates', () => {
    expect(plugin('kubenet').status.state).toBe('retiring');
    expect(plugin('kubenet').status.retirements?.map((r) => r.date)).toContain('2028-03-31');
    const npm = m.policyEngineById.get('azure-npm')!.data.status;
    expect(retirement(npm.retirements, /windows/i)).toBe('2026-09-30');
    expect(retirement(npm.retirements, /linux/i)).toBe('2028-09-30');
  });

  it('maximum nodes', () => {
    expect(cell('kubenet', 'max-nodes')?.value).toBe(400);
    expect(cell('azure-cni-overlay', 'max-nodes')?.value).toBe(5000);
  });

  it('default pods per node', () => {
    expect(cell('kubenet', 'default-max-pods')?.value).toBe(110);
    expect(cell('azure-cni-node-subnet', 'default-max-pods')?.value).toBe(30);
    expect(cell('azure-cni-overlay', 'default-max-pods')?.value).toBe(250);
  });

  it('Windows node pools', () => {
    expect(cell('kubenet', 'windows-nodes')?.support).toBe('no');
    expect(cell('azure-cni-cilium', 'windows-nodes')?.support).toBe('no');
    expect(cell('azure-cni-overlay', 'windows-nodes')?.support).toBe('yes');
  });

  it('calculator constants', () => {
    const limit = (id: string) => m.limitById.get(id)?.data.value;
    expect(limit('reserved-ips-per-subnet')).toBe(5);
    expect(limit('min-pods-per-node')).toBe(10);
    expect(limit('max-pods-per-node')).toBe(250);
    expect(limit('kubenet-max-nodes')).toBe(400);
    expect(limit('kubenet-dual-stack-max-nodes')).toBe(200);
    expect(limit('overlay-node-pod-prefix')).toBe(24);
    expect(limit('kubenet-node-pod-prefix')).toBe(24);
    expect(limit('static-block-prefix')).toBe(28);
    expect(limit('dynamic-batch-size')).toBe(16);
    expect(limit('service-cidr-largest-prefix-v4')).toBe(13);
    expect(limit('service-cidr-largest-prefix-v6')).toBe(108);
    expect(limit('cluster-max-nodes')).toBe(5000);
    expect(limit('reserved-ranges')).toEqual(expect.arrayContaining(['169.254.0.0/16', '172.30.0.0/16', '172.31.0.0/16', '192.0.2.0/24']));
  });

  it('the plugin facts agree with the calculator constants', () => {
    expect(cell('kubenet', 'max-nodes')?.value).toBe(m.limitById.get('kubenet-max-nodes')?.data.value);
    expect(cell('azure-cni-overlay', 'max-nodes')?.value).toBe(m.limitById.get('cluster-max-nodes')?.data.value);
    expect(cell('azure-cni-overlay', 'max-max-pods')?.value).toBe(m.limitById.get('max-pods-per-node')?.data.value);
  });
});
