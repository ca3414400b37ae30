import { describe, expect, it } from 'vitest';
import { overlay } from '~/calculators/overlay';
import { codes, errorFields, limits, ok } from './helpers';

describe('overlay worked examples (fact sheet 6.2)', () => {
  it.each([
    ['10.244.0.0/16', 256, 256],
    ['10.244.0.0/18', 64, 64],
    ['10.0.0.0/13', 2048, 2048],
    ['10.0.0.0/12', 4096, 4096],
    ['10.0.0.0/11', 8192, 5000],
  ])('pod CIDR %s -> %i node slots, max nodes %i', (podCidr, slots, maxNodes) => {
    const r = ok(overlay({ nodes: 10, podCidr }, limits));
    expect([r.podCidrNodeSlots, r.maxNodes]).toEqual([slots, maxNodes]);
  });

  it('the /11 is capped by the cluster node limit', () => {
    expect(codes(ok(overlay({ nodes: 10, podCidr: '10.0.0.0/11' }, limits)), 'info')).toContain('node-limit');
  });

  it('the smallest pod CIDR for 5,000 nodes is a /11', () => {
    expect(ok(overlay({ nodes: 5000, maxSurge: 0, podCidr: '10.0.0.0/11' }, limits)).minimumPodCidrPrefix).toBe(11);
    expect(ok(overlay({ nodes: 4096, maxSurge: 0, podCidr: '10.0.0.0/11' }, limits)).minimumPodCidrPrefix).toBe(12);
  });

  it('uses the default pod CIDR 10.244.0.0/16 and says so', () => {
    const r = ok(overlay({ nodes: 10 }, limits));
    expect(r.podCidr).toBe('10.244.0.0/16');
    expect(codes(r, 'info')).toContain('default-pod-cidr');
  });

  it('sizes the node subnet for nodes only', () => {
    const r = ok(overlay({ nodes: 50, maxSurge: 1, maxPods: 250, nodeSubnet: '10.240.0.0/24' }, limits));
    expect([r.requiredIps, r.minimumPrefix, r.usableIps, r.nodeSubnetMaxNodes]).toEqual([51, 26, 251, 250]);
    expect(r.maxPodsPerNode).toEqual({ min: 10, max: 250 });
  });

  it('flags a pod CIDR too small for the plan, reserved ranges and overlap with the node subnet', () => {
    const small = ok(overlay({ nodes: 300, podCidr: '10.244.0.0/16' }, limits));
    expect(codes(small, 'error')).toContain('pod-cidr-too-small');
    expect(small.findings.find((f) => f.code === 'pod-cidr-too-small')?.message).toMatch(/Use a \/15 or larger/);
    expect(codes(ok(overlay({ nodes: 10, podCidr: '172.16.0.0/12' }, limits)), 'error')).toContain('reserved-range');
    const clash = ok(overlay({ nodes: 10, podCidr: '10.0.0.0/16', nodeSubnet: '10.0.1.0/24' }, limits));
    expect(clash.overlaps).toEqual([{ a: 'podCidr', b: 'nodeSubnet' }]);
  });

  it('rejects an IPv6 pod CIDR and a pod CIDR smaller than a /24 is an error finding', () => {
    expect(errorFields(overlay({ nodes: 10, podCidr: 'fd00::/64' }, limits))).toEqual(['podCidr']);
    expect(codes(ok(overlay({ nodes: 1, maxSurge: 0, podCidr: '10.0.0.0/25' }, limits)), 'error')).toContain('pod-cidr-too-small');
  });
});
