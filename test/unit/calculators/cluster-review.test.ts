import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterReview } from '~/calculators/cluster-review';
import { reduceClusterText, reducePrefixText } from '~/calculators/review/reduce';
import { codes, errorFields, limits, ok } from './helpers';
import { context } from './view-support';

/** A real-shaped az aks show document: every usual top-level key, GUIDs and resource ids included. */
const showText = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/calculators/az-aks-show-overlay-cilium.json'), 'utf8');
const show = JSON.parse(showText) as Record<string, unknown>;
const subnetId = (show.agentPoolProfiles as { vnetSubnetId: string }[])[0]!.vnetSubnetId;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('cluster review (issue 15 acceptance)', () => {
  it('reads a whole az aks show output: Overlay on the Cilium dataplane, with its configuration page', () => {
    expect(Object.keys(show)).toEqual(expect.arrayContaining(['aadProfile', 'agentPoolProfiles', 'identity', 'identityProfile', 'networkProfile', 'oidcIssuerProfile', 'servicePrincipalProfile', 'sku']));
    const r = ok(clusterReview(show, limits, context));
    expect(r.configuration).toMatchObject({ id: 'azure-cni-overlay-cilium-dataplane', href: '/configurations/azure-cni-overlay-cilium-dataplane/', dataplane: 'cilium' });
    expect(r.configuration.ipMode?.id).toBe('azure-cni-overlay');
    expect(r.configuration.policyEngine?.id).toBe('cilium');
    expect(r.pools.map((p) => [p.name, p.nodes, p.maxSurge, p.surgeNodes, p.plannedNodes])).toEqual([
      ['system', 3, '10%', 1, 4],
      ['user', 200, '33%', 66, 266],
    ]);
  });

  it('a node subnet without room for the next upgrade is an error finding, with a negative headroom', () => {
    const r = ok(clusterReview({ cluster: show, subnets: { [subnetId]: '10.10.0.0/24' } }, limits, context));
    expect(r.subnets).toEqual([expect.objectContaining({ id: subnetId, prefix: '10.10.0.0/24', usableIps: 251, requiredIps: 270, headroom: -19 })]);
    const f = r.findings.find((x) => x.code === 'no-room-for-upgrade');
    expect(f?.severity).toBe('error');
    expect(f?.sources).toEqual(expect.arrayContaining(['aks-ip-planning']));
  });

  it('none when the subnet has room, at the next upgrade and at the autoscaler maximum', () => {
    const r = ok(clusterReview({ cluster: show, subnets: 'vnet-spoke-prod/snet-aks-nodes = 10.10.0.0/23' }, limits, context));
    expect(r.subnets[0]).toMatchObject({ usableIps: 507, requiredIps: 270, headroom: 237, requiredIpsAtMaxCount: 4 + 240 + 80 });
    expect(codes(r, 'error')).toEqual([]);
    expect(codes(r)).toContain('room-for-upgrade');
  });

  it('counts autoscaled pools at max-count too: an error for Overlay, where the subnet check is documented', () => {
    const r = ok(clusterReview({ cluster: show, subnets: 'snet-aks-nodes 10.10.0.0/23\n' }, limits, context));
    expect(codes(r, 'error')).toEqual([]);
    const tight = structuredClone(show) as { agentPoolProfiles: { maxCount: number }[] };
    tight.agentPoolProfiles[1]!.maxCount = 400;
    const t = ok(clusterReview({ cluster: tight, subnets: `${subnetId} = 10.10.0.0/23` }, limits, context));
    expect(t.findings.find((f) => f.code === 'no-room-at-max-count')?.severity).toBe('error');
  });

  it('Node Subnet counts max pods + 1 per node; an unset max surge is the AKS default', () => {
    const nodeSubnet = structuredClone(show) as { networkProfile: Record<string, unknown>; agentPoolProfiles: Record<string, unknown>[] };
    nodeSubnet.networkProfile = { networkPlugin: 'azure', networkPolicy: 'azure', serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.0.0.10', ipFamilies: ['IPv4'] };
    nodeSubnet.agentPoolProfiles = [{ name: 'np1', count: 50, maxPods: 30, vnetSubnetId: subnetId, upgradeSettings: { maxSurge: null } }];
    const r = ok(clusterReview({ cluster: nodeSubnet, subnets: { 'vnet-spoke-prod/snet-aks-nodes': '10.10.0.0/21' } }, limits, context));
    expect(r.configuration.ipMode?.id).toBe('azure-cni-node-subnet');
    expect(r.subnets[0]).toMatchObject({ requiredIps: 55 * 31, usableIps: 2043 });
    expect(codes(r)).toContain('default-max-surge');
    expect(r.retiring.map((x) => x.id)).toContain('azure-npm');
  });

  it("leaves out an IP mode's limitations that hold only on the other dataplane", () => {
    const onDataplane = (dataplane?: string) => {
      const c = structuredClone(show) as { networkProfile: Record<string, unknown>; agentPoolProfiles: Record<string, unknown>[] };
      c.networkProfile = { networkPlugin: 'azure', ...(dataplane ? { networkDataplane: dataplane } : {}), serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.0.0.10', ipFamilies: ['IPv4'] };
      c.agentPoolProfiles = [{ name: 'np1', count: 5, maxPods: 30, vnetSubnetId: subnetId }];
      const r = ok(clusterReview(c, limits, context));
      expect(r.configuration.ipMode?.id).toBe('azure-cni-node-subnet');
      return r.limitations.map((l) => l.href);
    };
    const scoped = context.plugins.find((p) => p.id === 'azure-cni-node-subnet')!.limitations!.filter((l) => l.dataplane);
    expect(scoped.map((l) => [l.id, l.dataplane])).toEqual(expect.arrayContaining([['l7-policy-limits', 'cilium'], ['npm-retiring', 'azure']]));
    // Without networkDataplane the cluster runs the Azure dataplane.
    for (const azure of [onDataplane(), onDataplane('azure')]) {
      expect(azure).toContain('/plugins/azure-cni-node-subnet/#npm-retiring');
      expect(azure).not.toContain('/plugins/azure-cni-node-subnet/#l7-policy-limits');
    }
    for (const cilium of [onDataplane('cilium'), onDataplane('Cilium')]) {
      expect(cilium).toContain('/plugins/azure-cni-node-subnet/#l7-policy-limits');
      expect(cilium).not.toContain('/plugins/azure-cni-node-subnet/#npm-retiring');
    }
    // A dataplane the review does not know leaves out nothing.
    const unknown = onDataplane('ebpf-next');
    expect(unknown).toEqual(expect.arrayContaining(['/plugins/azure-cni-node-subnet/#l7-policy-limits', '/plugins/azure-cni-node-subnet/#npm-retiring']));
  });

  it('lists retiring parts, the limitations to check and the migrations out', () => {
    const kubenet = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../src/generators/calculators/examples/aks-show-kubenet.json'), 'utf8'));
    const r = ok(clusterReview(kubenet, limits, context));
    expect(r.configuration.ipMode?.id).toBe('kubenet');
    expect(r.retiring).toEqual([expect.objectContaining({ id: 'kubenet', date: '2028-03-31' })]);
    expect(codes(r, 'warning')).toContain('retiring');
    expect(r.migrations[0]).toMatchObject({ to: 'azure-cni-overlay' });
    expect(r.migrations[0]?.command).toMatch(/^az aks update \\\n {2}--name "\$CLUSTER_NAME" \\\n {2}--resource-group "\$RESOURCE_GROUP" \\\n {2}--network-plugin azure \\\n {2}--network-plugin-mode overlay$/);
    expect(r.limitations.length).toBeGreaterThan(0);
    expect(r.limitations.every((l) => l.href.startsWith('/plugins/kubenet/#') || l.href.startsWith('/policy-engines/calico/#'))).toBe(true);
  });

  it('mixed allocation modes on one pod subnet and a pod subnet that is also a node subnet are errors', () => {
    const c = { networkProfile: { networkPlugin: 'azure' }, agentPoolProfiles: [
      { name: 'a', count: 3, maxPods: 30, vnetSubnetId: 'v/nodes', podSubnetId: 'v/pods', podIpAllocationMode: 'StaticBlock' },
      { name: 'b', count: 3, maxPods: 30, vnetSubnetId: 'v/nodes', podSubnetId: 'v/pods' },
      { name: 'c', count: 3, maxPods: 30, vnetSubnetId: 'v/pods2', podSubnetId: 'v/nodes' },
    ] };
    const r = ok(clusterReview(c, limits, context));
    expect(codes(r, 'error')).toEqual(expect.arrayContaining(['allocation-modes-mixed', 'subnet-role-conflict']));
  });

  it('reports overlaps between the pod CIDR and a subnet', () => {
    const r = ok(clusterReview({ cluster: show, subnets: { [subnetId]: '10.129.0.0/24' } }, limits, context));
    expect(r.findings.find((f) => f.code === 'overlap')?.severity).toBe('error');
  });

  it.each([
    ['{', 'input'],
    ['{"name": "x"}', 'agentPoolProfiles'],
    [{ cluster: { agentPoolProfiles: [{ name: 'a', count: 'three', maxPods: 30 }], networkProfile: { networkPlugin: 'azure' } } }, 'cluster.agentPoolProfiles[0].count'],
    [{ cluster: { agentPoolProfiles: [{ name: 'a', count: 3, maxPods: 30, upgradeSettings: { maxSurge: 'lots' } }], networkProfile: { networkPlugin: 'azure' } } }, 'cluster.agentPoolProfiles[0].upgradeSettings.maxSurge'],
    [{ cluster: show, subnets: { [subnetId]: '10.10.0.0/33' } }, 'subnets["vnet-spoke-prod/snet-aks-nodes"]'],
    [{ cluster: show, extra: 1 }, 'extra'],
  ])('bad input %# fails naming %s', (input, field) => {
    expect(errorFields(clusterReview(input, limits, context))).toContain(field);
  });
});

describe('what a link keeps of a pasted az aks show', () => {
  it('keeps only the fields the review reads, with no GUID, tenant, identity or resource id', () => {
    const reduced = reduceClusterText(showText);
    expect(reduced).not.toMatch(GUID);
    expect(reduced).not.toMatch(/subscriptions|tenantId|clientId|principalId|identity/i);
    expect(reduced.length).toBeLessThan(showText.length / 5);
    // The reduced document gives the same review.
    const full = ok(clusterReview({ cluster: show, subnets: `${subnetId} = 10.10.0.0/24` }, limits, context));
    const again = ok(clusterReview({ cluster: reduced, subnets: reducePrefixText(`${subnetId} = 10.10.0.0/24`) }, limits, context));
    expect(again.subnets.map((s) => [s.key, s.requiredIps, s.headroom])).toEqual(full.subnets.map((s) => [s.key, s.requiredIps, s.headroom]));
    expect(again.findings.map((f) => f.code)).toEqual(full.findings.map((f) => f.code));
  });

  it('keeps nothing of text that is not a JSON object', () => {
    expect(reduceClusterText('not json tenantId 5b8d2e47-1c9a-4f3b-a6e0-93d7c14b2a88')).toBe('');
    expect(reducePrefixText(`${subnetId} = 10.0.0.0/24`)).toBe('vnet-spoke-prod/snet-aks-nodes = 10.0.0.0/24');
  });
});

describe('cluster review: the pod CIDR at the next upgrade', () => {
  it('a /16 pod CIDR has room for 256 Overlay nodes: 270 planned nodes is an error', () => {
    const small = structuredClone(show) as { networkProfile: Record<string, unknown> };
    small.networkProfile = { ...small.networkProfile, podCidr: '10.244.0.0/16', podCidrs: ['10.244.0.0/16'] };
    const r = ok(clusterReview(small, limits, context));
    expect(r.findings.find((f) => f.code === 'pod-cidr-no-room')?.message).toMatch(/room for 256 nodes .* needs 270/);
  });
});
