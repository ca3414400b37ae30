import { describe, expect, it } from 'vitest';
import { glossaryAliases } from '../../src/generators/glossary-page';
import { slugify } from '../../src/generators/slug';
import { checkData, dataLocations, type Model } from '../../src/model';
import { markdownSections } from '../../src/model/rules/glossary-anatomy';
import { PROSE_SECTIONS } from '../../src/generators/glossary-anatomy';

const { model } = checkData(dataLocations());
const m = model as Model;

describe.skipIf(!model)('the glossary', () => {
  it('has at least 40 terms', () => {
    expect(m.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('covers the vocabulary the issue lists', () => {
    const required = [
      'aks-network-plugin', 'cni', 'kubenet', 'azure-cni-node-subnet', 'pod-subnet', 'dynamic-ip-allocation', 'static-block-allocation',
      'azure-cni-overlay', 'azure-cni-cilium', 'byo-cni', 'dataplane', 'ebpf', 'iptables', 'kube-proxy', 'hns', 'network-policy', 'azure-npm',
      'calico', 'cilium-network-policy', 'hubble', 'acns', 'l7-policy', 'fqdn-filtering', 'wireguard', 'pod-cidr', 'service-cidr',
      'dns-service-ip', 'max-pods', 'ip-exhaustion', 'user-defined-route', 'snat', 'outbound-type', 'nat-gateway', 'standard-load-balancer',
      'internal-load-balancer', 'private-link-service', 'agic', 'application-gateway-for-containers', 'ingress', 'gateway-api', 'service-mesh',
      'dual-stack', 'virtual-nodes', 'internal-traffic-policy', 'nsg', 'vnet-peering', 'max-surge', 'azure-netapp-files-ip-limit', 'network-profile',
    ];
    expect(required.filter((id) => !m.glossaryById.has(id))).toEqual([]);
  });

  it('every term has the anatomy: prose sections in order, lists non-empty, a source, a date and a difficulty', () => {
    for (const t of m.glossary) {
      const sections = markdownSections(t.body!.text);
      expect(sections.map((s) => s.heading), t.id).toEqual(PROSE_SECTIONS.map((s) => s.heading));
      for (const s of sections) expect(s.textLength, `${t.id}: ${s.heading}`).toBeGreaterThanOrEqual(80);
      const d = t.data;
      expect(d.sources.length, t.id).toBeGreaterThan(0);
      expect(d.lastVerified, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['beginner', 'intermediate', 'advanced']).toContain(d.difficulty);
      for (const list of [d.signals, d.situations, d.mistakes, d.cli.commands, d.cli.useCases, d.cli.beforeYouRun, d.cli.outputTells]) {
        expect(list.length, t.id).toBeGreaterThan(0);
      }
    }
  });

  it('"AKS network plugin" covers every part of the anatomy, case studies and calculator included', () => {
    const d = m.glossaryById.get('aks-network-plugin')!.data;
    expect(d.caseStudies?.length).toBeGreaterThan(0);
    expect(d.calculator).toBeDefined();
    expect(d.aliases.length).toBeGreaterThan(0);
    expect(d.relatedPlugins.length).toBeGreaterThan(0);
    expect(new Set(d.signals.map((s) => s.surface)).size).toBeGreaterThanOrEqual(3);
  });

  it('every title and alias resolves to its own term (directly or through its redirect)', () => {
    const resolves = new Map(m.glossary.map((t) => [t.id, t.id]));
    for (const a of glossaryAliases(m)) resolves.set(a.slug, a.termId);
    for (const t of m.glossary) {
      for (const name of [t.data.title, ...t.data.aliases]) expect(resolves.get(slugify(name)), `${t.id}: "${name}"`).toBe(t.id);
    }
  });

  it('plugin aliases readers use lead to the glossary term of the same plugin', () => {
    const kubenet = m.glossaryById.get('kubenet')!.data.aliases.map((a) => a.toLowerCase());
    expect(kubenet).toContain('basic networking');
    expect(m.glossaryById.get('azure-cni-node-subnet')!.data.aliases.map((a) => a.toLowerCase())).toContain('flat network');
  });
});
