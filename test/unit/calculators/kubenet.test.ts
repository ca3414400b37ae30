import { describe, expect, it } from 'vitest';
import { kubenet } from '~/calculators/kubenet';
import { codes, fixtureContext, limits, ok } from './helpers';

describe('kubenet worked examples (fact sheet 6.1, 6.3)', () => {
  it('a /24 node subnet holds 251 nodes', () => {
    const r = ok(kubenet({ nodes: 100, maxSurge: 0, nodeSubnet: '10.240.0.0/24' }, limits));
    expect([r.usableIps, r.nodeSubnetMaxNodes]).toEqual([251, 251]);
  });

  it('the default /16 pod CIDR covers 256 nodes, below the 400-node cap', () => {
    const r = ok(kubenet({ nodes: 10 }, limits));
    expect([r.podCidrNodeSlots, r.nodeLimit, r.maxNodes]).toEqual([256, 400, 256]);
  });

  it('caps at 400 nodes because of the route table', () => {
    const r = ok(kubenet({ nodes: 401, podCidr: '10.0.0.0/14' }, limits));
    expect(r.maxNodes).toBe(400);
    expect(codes(r, 'error')).toContain('node-limit-exceeded');
    expect(r.findings.find((f) => f.code === 'node-limit-exceeded')?.message).toMatch(/\(source: aks-kubenet\)/);
    expect(codes(ok(kubenet({ nodes: 400, maxSurge: 1, podCidr: '10.0.0.0/14' }, limits)), 'error')).not.toContain('node-limit-exceeded');
  });

  it('caps dual-stack kubenet at 200 nodes and warns that it is withdrawn', () => {
    const r = ok(kubenet({ nodes: 201, dualStack: true, podCidr: '10.0.0.0/14' }, limits));
    expect([r.nodeLimit, r.maxNodes]).toEqual([200, 200]);
    expect(codes(r, 'error')).toContain('node-limit-exceeded');
    expect(codes(r, 'warning')).toContain('kubenet-dual-stack');
  });

  it('takes the retirement date from the plugin data it is given', () => {
    const r = ok(kubenet({ nodes: 10 }, limits, fixtureContext));
    expect(r.findings.find((f) => f.code === 'retiring')?.message).toMatch(/retires on 2099-03-31/);
    const ds = ok(kubenet({ nodes: 10, dualStack: true }, limits, fixtureContext));
    expect(ds.findings.find((f) => f.code === 'retired')?.severity).toBe('error');
    expect(codes(ok(kubenet({ nodes: 10 }, limits)))).toContain('status-unknown');
  });
});
