import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAll } from '~/calculators/compare-all';
import { kubenet } from '~/calculators/kubenet';
import { nodeSubnet } from '~/calculators/node-subnet';
import { overlay } from '~/calculators/overlay';
import { podSubnetDynamic } from '~/calculators/pod-subnet-dynamic';
import { podSubnetStaticBlock } from '~/calculators/pod-subnet-static-block';
import { usableIps } from '~/calculators/sizing';
import { codes, errorFields, fixtureContext, limits, ok } from './helpers';

const twoPools = { pools: [{ name: 'a', nodes: 10, maxSurge: 1, maxPods: 30 }, { name: 'b', nodes: 20, maxSurge: 2, maxPods: 50 }] };

describe('node pools (issue 15 acceptance)', () => {
  it('node-subnet sums the pools of a subnet: 1,463 IPs, a /21, with each pool\'s share', () => {
    const r = ok(nodeSubnet(twoPools, limits));
    expect([r.requiredIps, r.minimumPrefix]).toEqual([1463, 21]);
    expect(r.pools.map((p) => [p.name, p.plannedNodes, p.ipsPerNode, p.requiredIps])).toEqual([
      ['a', 11, 31, 341],
      ['b', 22, 51, 1122],
    ]);
    expect(r.subnets).toEqual([expect.objectContaining({ name: 'default', role: 'nodes', pools: ['a', 'b'], requiredIps: 1463, minimumPrefix: 21 })]);
    expect(r.ipsPerNode).toBeNull();
  });

  it('pools in their own subnets get a subnet each; the plan is their sum', () => {
    const r = ok(nodeSubnet({ pools: [{ name: 'sys', nodes: 3, maxPods: 30, subnet: 'snet-sys' }, { name: 'user', nodes: 40, maxSurge: '33%', maxPods: 110, subnet: 'snet-user' }, { name: 'spot', nodes: 5, maxPods: 30 }] }, limits));
    expect(r.subnets.map((s) => [s.name, s.pools, s.requiredIps])).toEqual([
      ['snet-sys', ['sys', 'spot'], (3 + 1) * 31 + (5 + 1) * 31],
      ['snet-user', ['user'], (40 + 14) * 111],
    ]);
    expect(r.requiredIps).toBe(r.subnets.reduce((s, x) => s + x.requiredIps, 0));
    expect(codes(r)).toContain('subnet-share');
  });

  it('an autoscaled pool counts at its maximum, and the finding gives today\'s figure', () => {
    const r = ok(nodeSubnet({ nodes: 50, maxNodes: 80, maxSurge: '10%', maxPods: 30 }, limits));
    expect([r.plannedNodes, r.requiredIps]).toEqual([88, 88 * 31]);
    const f = r.findings.find((x) => x.code === 'autoscaler-maximum');
    expect(f?.message).toMatch(/At today's node count the plan needs 1,705/);
    expect(f?.sources).toEqual(['aks-insufficient-subnet-size']);
  });

  it('max pods 10 needs room for 30 pods in the pool: three nodes', () => {
    expect(codes(ok(nodeSubnet({ nodes: 2, maxPods: 10 }, limits)), 'error')).toContain('pool-pod-room');
    expect(codes(ok(nodeSubnet({ nodes: 3, maxPods: 10 }, limits)), 'error')).not.toContain('pool-pod-room');
    const listed = ok(nodeSubnet({ pools: [{ nodes: 5, maxPods: 30 }, { nodes: 1, maxPods: 20 }] }, limits));
    expect(listed.findings.find((f) => f.code === 'pool-pod-room')?.field).toBe('pools[1].maxPods');
  });

  it('names bad pool fields and refuses pools with the single-pool fields', () => {
    expect(errorFields(nodeSubnet({ pools: [{ nodes: 1, maxPods: 30, maxSurge: 'ten' }] }, limits))).toEqual(['pools[0].maxSurge']);
    expect(errorFields(nodeSubnet({ pools: [{ nodes: 1, maxPods: 30 }, { nodes: 1, maxPods: 30, maxpods: 3 }] }, limits))).toEqual(['pools[1].maxpods']);
    expect(errorFields(nodeSubnet({ pools: [{ name: 'a', nodes: 1, maxPods: 30 }, { name: 'a', nodes: 1, maxPods: 30 }] }, limits))).toEqual(['pools[1].name']);
    expect(errorFields(nodeSubnet({ nodes: 5, pools: [{ nodes: 1, maxPods: 30 }] }, limits))).toEqual(['nodes']);
    expect(errorFields(nodeSubnet({ pools: [] }, limits))).toEqual(['pools']);
    expect(errorFields(nodeSubnet({ pools: [{ nodes: 10, maxNodes: 5, maxPods: 30 }] }, limits))).toEqual(['pools[0].maxNodes']);
    expect(errorFields(nodeSubnet({ pools: [{ nodes: 4000, maxPods: 30 }, { nodes: 1001, maxPods: 30 }] }, limits))).toEqual(['pools']);
    const r = nodeSubnet({ nodes: 50, maxSurge: 'lots', maxPods: 30 }, limits);
    expect(!r.ok && r.errors[0]?.message).toBe('maxSurge: enter a whole number of nodes, or a percentage like 10%; got "lots"');
  });

  it('pod subnet modes put node and pod addresses in their own subnets', () => {
    const pools = { pools: [{ name: 'a', nodes: 10, maxSurge: 1, maxPods: 30, podSubnet: 'pods-a' }, { name: 'b', nodes: 20, maxSurge: 2, maxPods: 31, podSubnet: 'pods-b' }] };
    const dyn = ok(podSubnetDynamic(pools, limits));
    expect(dyn.subnets.map((s) => [s.name, s.role, s.requiredIps])).toEqual([
      ['default', 'nodes', 33],
      ['pods-a', 'pods', 11 * 48],
      ['pods-b', 'pods', 22 * 48],
    ]);
    const sb = ok(podSubnetStaticBlock(pools, limits));
    expect(sb.pools?.map((p) => [p.name, p.blocksPerNode, p.podSubnetIps])).toEqual([
      ['a', 2, 11 * 32],
      ['b', 2, 22 * 32],
    ]);
    expect(codes(ok(podSubnetDynamic({ pools: [{ nodes: 3, maxPods: 30, subnet: 'x', podSubnet: 'x' }] }, limits)), 'error')).toContain('subnet-role-conflict');
  });

  it('overlay and kubenet count every pool against the pod CIDR and the node limit', () => {
    const o = ok(overlay({ pools: [{ nodes: 200, maxSurge: 0 }, { nodes: 56, maxSurge: 1 }] }, limits));
    expect([o.plannedNodes, o.podCidrNodeSlots]).toEqual([257, 256]);
    expect(codes(o, 'error')).toContain('pod-cidr-too-small');
    const k = ok(kubenet({ pools: [{ nodes: 300 }, { nodes: 150 }], podCidr: '10.0.0.0/14' }, limits, fixtureContext));
    expect(codes(k, 'error')).toContain('node-limit-exceeded');
  });
});

/** Random pools of the node-subnet calculator. */
const poolArb = fc.record({
  nodes: fc.integer({ min: 0, max: 300 }),
  maxSurge: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`)),
  maxPods: fc.integer({ min: 30, max: 250 }),
  subnet: fc.constantFrom(undefined, 'a', 'b', 'c'),
});

describe('pool plan properties', () => {
  it('requiredIps equals the sum over subnets, and each subnet the sum of its pools', () => {
    fc.assert(
      fc.property(fc.array(poolArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 500 }), (pools, otherIps) => {
        const r = ok(nodeSubnet({ pools: pools.map((p, i) => ({ name: `p${i}`, ...p })), otherIps }, limits));
        expect(r.requiredIps).toBe(r.subnets.reduce((s, x) => s + x.requiredIps, 0));
        expect(r.requiredIps).toBe(r.pools.reduce((s, p) => s + p.requiredIps, 0) + otherIps);
        for (const p of r.pools) expect(p.requiredIps).toBe(p.plannedNodes * ((p.maxPods ?? 0) + 1));
      }),
    );
  });

  it('each minimum prefix fits and one bit longer does not', () => {
    fc.assert(
      fc.property(fc.array(poolArb, { minLength: 1, maxLength: 6 }), (pools) => {
        const r = ok(nodeSubnet({ pools }, limits));
        for (const s of [...r.subnets, r]) {
          if (s.minimumPrefix === null) continue;
          expect(usableIps(s.minimumPrefix, limits)).toBeGreaterThanOrEqual(s.requiredIps);
          if (s.minimumPrefix < limits.smallestSubnetPrefix) expect(usableIps(s.minimumPrefix + 1, limits)).toBeLessThan(s.requiredIps);
        }
      }),
    );
  });

  it('a percentage surge is never below the count it rounds up from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), (nodes, percent) => {
        const r = ok(nodeSubnet({ pools: [{ nodes, maxSurge: `${percent}%`, maxPods: 30 }] }, limits));
        expect(r.surgeNodes).toBeGreaterThanOrEqual((nodes * percent) / 100);
        expect(r.surgeNodes).toBeLessThanOrEqual(nodes);
      }),
    );
  });

  it('compare-all gives each family the numbers of its own calculator', () => {
    fc.assert(
      fc.property(fc.array(poolArb.map(({ subnet: _s, ...p }) => p), { minLength: 1, maxLength: 4 }), (pools) => {
        const input = { pools };
        const all = ok(compareAll(input, limits, fixtureContext));
        const row = (key: string) => all.options.find((o) => o.key === key);
        const ns = ok(nodeSubnet(input, limits));
        expect([row('node-subnet')?.vnetIps, row('node-subnet')?.nodeSubnetPrefix]).toEqual([ns.requiredIps, ns.minimumPrefix]);
        const dyn = ok(podSubnetDynamic(input, limits));
        expect(row('pod-subnet-dynamic')?.vnetIps).toBe(dyn.vnetIps);
        const sb = ok(podSubnetStaticBlock(input, limits));
        expect(row('pod-subnet-static-block')?.vnetIps).toBe(sb.vnetIps);
        const o = ok(overlay(input, limits));
        expect([row('overlay')?.vnetIps, row('overlay')?.podCidrPrefix]).toEqual([o.requiredIps, o.minimumPodCidrPrefix]);
      }),
      { numRuns: 60 },
    );
  });
});
