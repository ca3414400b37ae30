import { describe, expect, it } from 'vitest';
import { networkProfile } from '~/calculators/network-profile';
import { codes, errorFields, fixtureContext, limits, ok } from './helpers';
import { context } from './view-support';

const overlayCilium = {
  networkPlugin: 'azure',
  networkPluginMode: 'overlay',
  networkDataplane: 'cilium',
  networkPolicy: 'cilium',
  podCidr: '10.244.0.0/16',
  podCidrs: ['10.244.0.0/16'],
  serviceCidr: '10.0.0.0/16',
  serviceCidrs: ['10.0.0.0/16'],
  dnsServiceIp: '10.0.0.10',
  ipFamilies: ['IPv4'],
  outboundType: 'loadBalancer',
};

describe('network-profile', () => {
  it('identifies Overlay with the Cilium data plane and engine, and links to their pages', () => {
    const r = ok(networkProfile(JSON.stringify(overlayCilium), limits, fixtureContext));
    expect(r.plugin?.id).toBe('azure-cni-overlay');
    expect(r.dataplane?.id).toBe('azure-cni-cilium');
    expect(r.policyEngine?.id).toBe('cilium');
    expect(r.podCidrNodeSlots).toBe(256);
    expect(r.links.map((l) => l.href)).toEqual(['/plugins/azure-cni-overlay/', '/calculators/overlay/', '/plugins/azure-cni-cilium/', '/policy-engines/cilium/', '/calculators/cidr-check/']);
    expect(codes(r, 'error')).toEqual([]);
  });

  it('flags kubenet and Azure NPM retirements with dates from the context', () => {
    const r = ok(networkProfile({ networkPlugin: 'kubenet', networkPolicy: 'azure', podCidr: '10.244.0.0/16', ipFamilies: ['IPv4'] }, limits, fixtureContext));
    expect(r.plugin?.id).toBe('kubenet');
    const messages = r.findings.filter((f) => f.code === 'retiring' || f.code === 'retired').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('retires on 2099-03-31'),
      expect.stringContaining('retired on 2026-09-30: Windows nodes'),
      expect.stringContaining('retires on 2098-09-30: Linux nodes'),
    ]);
  });

  it('tells dual-stack kubenet from kubenet by the IP families', () => {
    const r = ok(networkProfile({ networkPlugin: 'kubenet', podCidrs: ['10.244.0.0/16', 'fd12:3456:789a::/64'], ipFamilies: ['IPv4', 'IPv6'] }, limits, fixtureContext));
    expect(r.plugin?.id).toBe('kubenet-dual-stack');
    expect(codes(r, 'error')).toContain('retired');
  });

  it('says when azure without a mode could be node subnet or pod subnet', () => {
    const r = ok(networkProfile({ networkPlugin: 'azure', networkPolicy: 'none' }, limits, fixtureContext));
    expect(r.plugin).toBeNull();
    expect(r.candidates.map((c) => c.id)).toEqual(['azure-cni-node-subnet', 'azure-cni-pod-subnet-dynamic', 'azure-cni-pod-subnet-static-block']);
    expect(codes(r)).toContain('plugin-ambiguous');
    const podSubnet = ok(networkProfile({ networkProfile: { networkPlugin: 'azure' }, podSubnet: true }, limits, fixtureContext));
    expect(podSubnet.candidates.map((c) => c.id)).toEqual(['azure-cni-pod-subnet-dynamic', 'azure-cni-pod-subnet-static-block']);
    expect(podSubnet.findings.find((f) => f.code === 'plugin-ambiguous')?.message).toMatch(/allocation mode is unknown/);
  });

  it('reads pod subnet and allocation mode from a whole az aks show output', () => {
    const show = (pools: object[]) => ({ name: 'c', networkProfile: { networkPlugin: 'azure' }, agentPoolProfiles: pools });
    expect(ok(networkProfile(show([{ name: 'a', podSubnetId: null }]), limits, fixtureContext)).plugin?.id).toBe('azure-cni-node-subnet');
    expect(ok(networkProfile(show([{ name: 'a', podSubnetId: '/subs/x' }]), limits, fixtureContext)).plugin?.id).toBe('azure-cni-pod-subnet-dynamic');
    expect(ok(networkProfile(show([{ podSubnetId: '/subs/x', podIpAllocationMode: 'StaticBlock' }]), limits, fixtureContext)).plugin?.id).toBe('azure-cni-pod-subnet-static-block');
    expect(ok(networkProfile({ networkPlugin: 'azure', podIpAllocationMode: 'StaticBlock' }, limits, fixtureContext)).plugin?.id).toBe('azure-cni-pod-subnet-static-block');
  });

  it('runs cidr-check on the profile ranges', () => {
    const r = ok(networkProfile({ networkPlugin: 'kubenet', podCidr: '172.16.0.0/12', serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.0.0.1' }, limits, fixtureContext));
    expect(codes(r, 'error')).toEqual(expect.arrayContaining(['reserved-range', 'dns-first-address']));
    // A malformed range is an input error now (issue 15): no result, no flags.
    expect(errorFields(networkProfile({ networkPlugin: 'kubenet', serviceCidr: '10.0.0.0/40' }, limits, fixtureContext))).toEqual(['networkProfile.serviceCidr']);
  });

  it('a pod CIDR with room for no node is an error, as in the Overlay calculator', () => {
    const r = ok(networkProfile({ networkPlugin: 'azure', networkPluginMode: 'overlay', podCidr: '10.244.0.0/25' }, limits, fixtureContext));
    expect(r.findings.find((f) => f.code === 'pod-cidr-too-small')?.severity).toBe('error');
  });

  it('offers the documented in-place migration out of the plugin', () => {
    const r = ok(networkProfile({ networkPlugin: 'kubenet', podCidr: '10.244.0.0/16' }, limits, context));
    expect(r.migrations.map((m) => m.to)).toEqual(['azure-cni-overlay']);
    expect(ok(networkProfile(overlayCilium, limits, context)).migrations).toEqual([]);
  });

  it('identifies bring your own CNI', () => {
    expect(ok(networkProfile({ networkPlugin: 'none' }, limits, fixtureContext)).plugin?.id).toBe('byo-cni');
  });

  it('works without plugin data, saying what it cannot do', () => {
    const r = ok(networkProfile(overlayCilium, limits));
    expect([r.plugin, r.dataplane, r.policyEngine]).toEqual([null, null, null]);
    expect(codes(r, 'warning')).toContain('no-plugin-data');
  });

  it.each([
    ['{"networkPlugin": ', 'networkProfile'],
    ['', 'networkProfile'],
    ['[1]', 'networkProfile'],
    [{}, 'networkProfile.networkPlugin'],
    [{ networkPlugin: 3 }, 'networkProfile.networkPlugin'],
    [{ networkPlugin: 'azure', podCidrs: '10.0.0.0/8' }, 'networkProfile.podCidrs'],
    [{ networkPlugin: 'azure', podIpAllocationMode: 'Static' }, 'podIpAllocationMode'],
    [{ networkPlugin: 'kubenet', podCidr: 'not a cidr' }, 'networkProfile.podCidr'],
    [{ networkPlugin: 'kubenet', podCidrs: ['10.244.0.0/16', '10.245.0.0/16'] }, 'networkProfile.podCidrs[1]'],
    [{ networkPlugin: 'kubenet', dnsServiceIp: '10.0.0.300' }, 'networkProfile.dnsServiceIp'],
    [{ networkPlugin: '' }, 'networkProfile.networkPlugin'],
    [{ networkPlugin: 'azure', ipFamilies: ['IPv4', 'IPv4'] }, 'networkProfile.ipFamilies[1]'],
    [{ networkPlugin: 'azure', ipFamilies: ['IPv5'] }, 'networkProfile.ipFamilies[0]'],
    [{ networkProfile: { networkPlugin: 'azure' }, agentPoolProfiles: [{ podSubnetId: '/s', podIpAllocationMode: 'Sometimes' }] }, 'agentPoolProfiles[0].podIpAllocationMode'],
  ])('invalid input %j fails naming %s', (input, field) => {
    expect(errorFields(networkProfile(input, limits, fixtureContext))).toEqual([field]);
  });
});
