import { describe, expect, it } from 'vitest';
import { podSubnetStaticBlock } from '~/calculators/pod-subnet-static-block';
import { codes, errorFields, limits, ok } from './helpers';

describe('pod-subnet-static-block worked examples (fact sheet 6.5)', () => {
  it.each([
    [30, 2, 31, 1, 'info'],
    [31, 2, 31, 0, 'info'],
    [32, 3, 47, 15, 'warning'],
  ])('maxPods %i -> %i blocks, %i usable, %i wasted', (maxPods, blocks, usable, wasted, severity) => {
    const r = ok(podSubnetStaticBlock({ maxPods }, limits));
    expect([r.blocksPerNode, r.usablePodIps, r.wastedIps]).toEqual([blocks, usable, wasted]);
    expect(r.findings[0]?.severity).toBe(severity);
  });

  it('maxPods 250 -> 16 blocks, 256 pod subnet IPs per node', () => {
    const r = ok(podSubnetStaticBlock({ maxPods: 250 }, limits));
    expect([r.blocksPerNode, r.ipsPerNode, r.recommendedMaxPods]).toEqual([16, 256, 255]);
  });

  it('32 is not recommended: it suggests 47 (same blocks) or 31 (one block fewer)', () => {
    const r = ok(podSubnetStaticBlock({ maxPods: 32 }, limits));
    expect(r.recommendedMaxPods).toBe(47);
    expect(r.findings[0]?.message).toMatch(/Use 47 .* or 31 to save a block/);
  });

  it('sizes the node and pod subnets for a pool', () => {
    const r = ok(podSubnetStaticBlock({ maxPods: 30, nodes: 50, maxSurge: 1 }, limits));
    expect(r.nodeSubnet?.requiredIps).toBe(51);
    expect(r.podSubnet?.requiredIps).toBe(51 * 32);
    expect(r.podSubnet?.minimumPrefix).toBe(21);
    expect(r.vnetIps).toBe(51 + 51 * 32);
  });

  it('flags a pod subnet larger than the /12 maximum', () => {
    const r = ok(podSubnetStaticBlock({ maxPods: 250, nodes: 5000 }, limits));
    expect(codes(r, 'error')).toContain('pod-subnet-too-large');
    const given = ok(podSubnetStaticBlock({ maxPods: 30, nodes: 10, podSubnet: '10.0.0.0/11' }, limits));
    expect(codes(given, 'error')).toContain('pod-subnet-too-large');
  });

  it('reports what given subnets hold', () => {
    const r = ok(podSubnetStaticBlock({ maxPods: 31, nodes: 10, maxSurge: 1, podSubnet: '10.1.0.0/24', nodeSubnet: '10.0.0.0/28' }, limits));
    expect(r.podSubnet?.nodeSlots).toBe(7);
    expect(r.maxNodes).toBe(6);
    expect(codes(r, 'error')).toEqual(expect.arrayContaining(['subnet-too-small']));
  });

  it('needs nodes to check subnets, and maxPods always', () => {
    expect(errorFields(podSubnetStaticBlock({ maxPods: 30, podSubnet: '10.1.0.0/24' }, limits))).toEqual(['nodes']);
    expect(errorFields(podSubnetStaticBlock({}, limits))).toEqual(['maxPods']);
  });
});
