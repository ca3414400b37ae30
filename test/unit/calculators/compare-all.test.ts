import { describe, expect, it } from 'vitest';
import { compareAll } from '~/calculators/compare-all';
import { errorFields, fixtureContext, limits, ok } from './helpers';

describe('compare-all', () => {
  it('puts every plugin family side by side for one cluster', () => {
    const r = ok(compareAll({ nodes: 50, maxSurge: 1, maxPods: 30 }, limits, fixtureContext));
    const row = (key: string) => r.options.find((o) => o.key === key)!;
    expect(r.options.map((o) => o.key)).toEqual(['node-subnet', 'pod-subnet-dynamic', 'pod-subnet-static-block', 'overlay', 'kubenet', 'byo-cni']);
    expect([row('node-subnet').vnetIps, row('node-subnet').nodeSubnetPrefix]).toEqual([1581, 21]);
    expect([row('pod-subnet-static-block').vnetIps, row('pod-subnet-static-block').podSubnetPrefix]).toEqual([51 + 51 * 32, 21]);
    expect([row('overlay').vnetIps, row('overlay').nodeSubnetPrefix, row('overlay').podCidrPrefix]).toEqual([51, 26, 18]);
    expect(row('overlay').vnetAddressSpace).toBe(64);
    expect(row('kubenet').pluginId).toBe('kubenet');
    expect(row('overlay').pluginId).toBe('azure-cni-overlay');
    expect(r.options.every((o) => o.fits)).toBe(true);
    expect(r.findings[0]?.message).toMatch(/^Azure CNI Overlay and kubenet take the least VNet address space for 51 planned nodes: 64 addresses/);
  });

  it('shows where a design does not fit a plugin', () => {
    const r = ok(compareAll({ nodes: 1000, maxPods: 30 }, limits));
    expect(r.options.find((o) => o.key === 'kubenet')?.fits).toBe(false);
    expect(r.options.find((o) => o.key === 'overlay')?.fits).toBe(true);
  });

  it('names bad fields', () => {
    expect(errorFields(compareAll({ nodes: 0, maxPods: 30 }, limits))).toEqual(['nodes']);
  });
});
