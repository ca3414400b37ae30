import { describe, expect, it } from 'vitest';
import { podSubnetDynamic } from '~/calculators/pod-subnet-dynamic';
import { dynamicIpsPerNode } from '~/calculators/sizing';
import { codes, errorFields, limits, ok } from './helpers';

describe('pod-subnet-dynamic', () => {
  it('node subnet holds one IP per node plus other IPs', () => {
    const r = ok(podSubnetDynamic({ nodes: 50, maxSurge: 1, maxPods: 30, otherIps: 5 }, limits));
    expect(r.nodeSubnet.requiredIps).toBe(56);
    expect(r.nodeSubnet.minimumPrefix).toBe(26);
  });

  it('plans at least one batch of 16 per node (fact sheet 6.4 minimum)', () => {
    const r = ok(podSubnetDynamic({ nodes: 50, maxSurge: 1, maxPods: 30 }, limits));
    expect(r.batchSize).toBe(16);
    expect(r.podSubnet.minimumRequiredIps).toBe(51 * 16);
  });

  it('at full density keeps 8 free in whole batches of 16 (derived)', () => {
    expect(dynamicIpsPerNode(25, limits)).toBe(48);
    expect(dynamicIpsPerNode(8, limits)).toBe(16);
    expect(dynamicIpsPerNode(9, limits)).toBe(32);
    expect(dynamicIpsPerNode(250, limits)).toBe(272);
    const r = ok(podSubnetDynamic({ nodes: 50, maxSurge: 1, maxPods: 30 }, limits));
    expect(r.ipsPerNodeAtMaxPods).toBe(48);
    expect(r.podSubnet.requiredIps).toBe(51 * 48);
    expect(r.vnetIps).toBe(51 + 51 * 48);
  });

  it('checks given subnets', () => {
    const r = ok(podSubnetDynamic({ nodes: 10, maxSurge: 1, maxPods: 30, nodeSubnet: '10.0.0.0/28', podSubnet: '10.1.0.0/24' }, limits));
    expect(r.nodeSubnet.nodeSlots).toBe(11);
    expect(r.podSubnet.nodeSlots).toBe(5);
    expect(r.maxNodes).toBe(4);
    expect(codes(r, 'error')).toContain('subnet-too-small');
  });

  it('requires maxPods (the documented defaults disagree)', () => {
    expect(errorFields(podSubnetDynamic({ nodes: 10 }, limits))).toEqual(['maxPods']);
  });
});
