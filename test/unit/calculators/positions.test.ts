import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clusterReview } from '~/calculators/cluster-review';
import { loadPlanContext } from '~/calculators/load-context';
import { networkProfile } from '~/calculators/network-profile';
import { isSet, markSettings, positionFindings, settingsInUse } from '~/calculators/positions';
import { reduceClusterText } from '~/calculators/review/reduce';
import { contextPositions, positionSources } from '~/generators/calculators/positions';
import { calculatorPageView } from '~/generators/calculators/page';
import { GUIDANCE_AS_OF, guidanceData } from '../../support/guidance-model';
import { codes, limits, ok } from './helpers';
import { context as bareContext, sources } from './view-support';

/**
 * The network profile reader and the cluster review against an organisation's positions (the fixture
 * guidance of the organisation build): a finding for each prohibited (error) or exception (warning)
 * part or setting a running cluster uses, naming the position, rationale and owner.
 */
const { model, locations } = guidanceData();
const context = loadPlanContext(locations, GUIDANCE_AS_OF);
const show = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/calculators/az-aks-show-overlay-cilium.json'), 'utf8')) as Record<string, unknown>;
const kubenetShow = JSON.parse(fs.readFileSync(path.resolve('src/generators/calculators/examples/aks-show-kubenet.json'), 'utf8')) as Record<string, unknown>;
const withProfile = (cluster: Record<string, unknown>, profile: Record<string, unknown>) => ({ ...cluster, networkProfile: { ...(cluster.networkProfile as object), ...profile } });

describe('positions in the plan context', () => {
  it('holds only exception and prohibited positions, prohibited first, with messages written and settings\' API fields', () => {
    const positions = contextPositions(model, GUIDANCE_AS_OF);
    expect(positions.map((p) => `${p.position} ${p.subject}`)).toEqual([
      'prohibited configuration:azure-cni-node-subnet-cilium-dataplane',
      'prohibited plugin:kubenet',
      'prohibited policy-engine:azure-npm',
      'prohibited configuration:azure-cni-pod-subnet-static-block-cilium-dataplane',
      'exception plugin:azure-cni-pod-subnet-dynamic',
      'exception setting:kube-proxy-config',
    ]);
    expect(positions.find((p) => p.subject === 'setting:kube-proxy-config')).toMatchObject({ apiField: 'networkProfile.kubeProxyConfig', link: { url: '/settings/#kube-proxy-config' } });
    expect(positions.find((p) => p.subject === 'plugin:kubenet')!.message).toBe(
      'Contoso platform team’s position: Prohibited. The cluster uses kubenet, which must not be used. Route tables do not scale for the Fabrikam retail estate, and kubenet retires in March 2028. Owner: platform-network@contoso.example; review by 2026-06-30 (review overdue).',
    );
    expect(positionSources(positions)['position:plugin:kubenet']).toEqual({ title: 'Contoso platform team’s position on kubenet', url: '/plugins/kubenet/#position' });
  });

  it('the CLI context reads them from the data folder; the real data has none', () => {
    expect(context.positions).toEqual(contextPositions(model, GUIDANCE_AS_OF));
    expect(bareContext.positions).toBeUndefined();
  });
});

describe('the cluster review flags the organisation\'s positions', () => {
  it('a kubenet cluster with Azure NPM: two errors naming the position, rationale and owner, citing the position', () => {
    const r = ok(clusterReview(withProfile(kubenetShow, { networkPolicy: 'azure' }), limits, context));
    const found = r.findings.filter((f) => f.code.startsWith('position-'));
    expect(found.map((f) => [f.code, f.severity, f.sources])).toEqual([
      ['position-prohibited', 'error', ['position:plugin:kubenet']],
      ['position-prohibited', 'error', ['position:policy-engine:azure-npm']],
    ]);
    expect(found[0]!.message).toContain('Contoso platform team’s position: Prohibited. The cluster uses kubenet');
    expect(found[0]!.message).toContain('Owner: platform-network@contoso.example');
  });

  it('a configuration\'s own position and a setting the cluster sets; not a setting it leaves unset or disabled', () => {
    const nodeSubnetCilium = withProfile(show, { networkPluginMode: null, kubeProxyConfig: { enabled: true, mode: 'IPVS' } });
    const r = ok(clusterReview(nodeSubnetCilium, limits, context));
    expect(r.configuration.id).toBe('azure-cni-node-subnet-cilium-dataplane');
    expect(r.findings.filter((f) => f.code.startsWith('position-')).map((f) => `${f.severity} ${f.sources?.[0]}`)).toEqual([
      'error position:configuration:azure-cni-node-subnet-cilium-dataplane',
      'warning position:setting:kube-proxy-config',
    ]);
    const off = ok(clusterReview(withProfile(show, { kubeProxyConfig: { enabled: false, mode: 'IPVS' } }), limits, context));
    expect(codes(off).filter((c) => c.startsWith('position-'))).toEqual([]);
  });

  it('a recommended configuration, or a site without guidance, gives no position finding', () => {
    expect(codes(ok(clusterReview(show, limits, context))).filter((c) => c.startsWith('position-'))).toEqual([]);
    expect(codes(ok(clusterReview(withProfile(kubenetShow, { networkPolicy: 'azure' }), limits, bareContext))).filter((c) => c.startsWith('position-'))).toEqual([]);
  });

  it('the page links a position finding to the rationale on the subject\'s page', () => {
    const view = calculatorPageView('cluster-review', limits, context, sources);
    const finding = view.result.findings.find((f) => f.code === 'position-prohibited')!;
    expect(finding.severityLabel).toBe('Error');
    expect(finding.sources).toEqual([{ id: 'position:plugin:kubenet', title: 'Contoso platform team’s position on kubenet', url: '/plugins/kubenet/#position' }]);
    // Other calculators' pages carry neither the positions nor their links.
    expect(calculatorPageView('overlay', limits, context, sources).data.context?.positions).toBeUndefined();
    expect(Object.keys(calculatorPageView('overlay', limits, context, sources).data.sources).some((k) => k.startsWith('position:'))).toBe(false);
  });
});

describe('the network profile reader flags the organisation\'s positions', () => {
  it('kubenet with Azure NPM from a bare networkProfile', () => {
    const r = ok(networkProfile({ networkPlugin: 'kubenet', networkPolicy: 'azure', podCidr: '10.244.0.0/16' }, limits, context));
    expect(r.findings.filter((f) => f.code.startsWith('position-')).map((f) => f.sources?.[0])).toEqual(['position:plugin:kubenet', 'position:policy-engine:azure-npm']);
  });

  it('the configuration of an identified IP mode on its dataplane, and a setting in a bare networkProfile given as text', () => {
    const text = JSON.stringify({ networkPlugin: 'azure', networkDataplane: 'cilium', networkPolicy: 'cilium', podSubnet: false, kubeProxyConfig: { enabled: true } });
    const r = ok(networkProfile(text, limits, context));
    expect(r.plugin?.id).toBe('azure-cni-node-subnet');
    expect(r.findings.filter((f) => f.code.startsWith('position-')).map((f) => `${f.code} ${f.sources?.[0]}`)).toEqual([
      'position-prohibited position:configuration:azure-cni-node-subnet-cilium-dataplane',
      'position-exception position:setting:kube-proxy-config',
    ]);
  });

  it('an exception IP mode is a warning; an ambiguous profile names no part, so it flags none', () => {
    const dynamic = ok(networkProfile({ networkPlugin: 'azure', podSubnet: true, podIpAllocationMode: 'DynamicIndividual' }, limits, context));
    expect(dynamic.findings.filter((f) => f.code.startsWith('position-')).map((f) => f.severity)).toEqual(['warning']);
    const ambiguous = ok(networkProfile({ networkPlugin: 'azure' }, limits, context));
    expect(ambiguous.candidates.length).toBeGreaterThan(1);
    expect(codes(ambiguous).filter((c) => c.startsWith('position-'))).toEqual([]);
  });
});

describe('settings in use, and what a link keeps of them', () => {
  it('isSet: empty, null, false and objects turned off are not set', () => {
    expect([undefined, null, false, '', [], {}, { enabled: false, mode: 'IPVS' }].map(isSet)).toEqual([false, false, false, false, false, false, false]);
    expect([true, 0, 'x', ['1.2.3.4/32'], { enabled: true }, { mode: 'IPVS' }].map(isSet)).toEqual([true, true, true, true, true, true]);
  });

  it('reads API fields case-insensitively, through pool lists and from a bare networkProfile', () => {
    const ctx = { ...context, positions: [{ subject: 'setting:a', position: 'exception' as const, message: 'm', apiField: 'apiServerAccessProfile.authorizedIPRanges' }, { subject: 'setting:b', position: 'exception' as const, message: 'm', apiField: 'agentPoolProfiles[].podIPAllocationMode' }, { subject: 'setting:c', position: 'exception' as const, message: 'm', apiField: 'networkProfile.kubeProxyConfig' }] };
    expect(settingsInUse(ctx, { apiServerAccessProfile: { authorizedIpRanges: ['203.0.113.0/24'] }, agentPoolProfiles: [{}, { podIpAllocationMode: 'StaticBlock' }] })).toEqual(['setting:a', 'setting:b']);
    expect(settingsInUse(ctx, { networkPlugin: 'azure', kubeProxyConfig: { enabled: true } })).toEqual(['setting:c']);
    expect(positionFindings(ctx, ['setting:b']).map((f) => [f.code, f.severity])).toEqual([['position-exception', 'warning']]);
  });

  it('a link marks a set field true and keeps no value; a restored link flags the same setting', () => {
    const cluster = withProfile(kubenetShow, { kubeProxyConfig: { enabled: true, mode: 'IPVS', ipvsConfig: { scheduler: 'RoundRobin' } } });
    const reduced = JSON.parse(reduceClusterText(JSON.stringify(cluster), ['networkProfile.kubeProxyConfig', 'apiServerAccessProfile.authorizedIPRanges'])) as { networkProfile: Record<string, unknown> };
    expect(reduced.networkProfile.kubeProxyConfig).toBe(true);
    expect(JSON.stringify(reduced)).not.toContain('RoundRobin');
    expect(reduced).not.toHaveProperty('apiServerAccessProfile');
    expect(codes(ok(clusterReview(reduced, limits, context)))).toContain('position-exception');
    // Without settings to keep, the link is as before.
    expect(reduceClusterText(JSON.stringify(cluster))).not.toContain('kubeProxyConfig');
    expect(markSettings({ networkPlugin: 'azure', kubeProxyConfig: { enabled: true } }, { networkPlugin: 'azure' }, ['networkProfile.kubeProxyConfig'])).toEqual({ networkPlugin: 'azure', kubeProxyConfig: true });
  });
});

describe('plan CLI with guidance files in the data folder', { timeout: 30_000 }, () => {
  it('network-profile reports the prohibited position as an error finding, as the page does', () => {
    const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/plan.ts', 'network-profile', '--json', '{"networkPlugin":"kubenet","podCidr":"10.244.0.0/16"}'], {
      encoding: 'utf8',
      env: { ...process.env, FIELD_MANUAL_DATA: locations.dataDir },
    });
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as { findings: { code: string; severity: string; message: string }[] };
    expect(result.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'position-prohibited', severity: 'error', message: expect.stringContaining('Contoso platform team’s position: Prohibited. The cluster uses kubenet') })]));
  });
});
