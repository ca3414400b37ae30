import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist } from '../support/dist';
import { forgivingSearch } from '../../src/site/search-query';
import { loadPagefind, search } from '../support/pagefind';

beforeAll(() => ensureDist());

/**
 * Real questions readers type, each with the results that answer it; one of them must be in the top 3.
 * Limitations are their own results and land on their anchor.
 */
const QUESTIONS: [query: string, answers: string[]][] = [
  ['400 nodes', ['/plugins/kubenet/#max-400-nodes']],
  ['Windows Cilium', ['/plugins/azure-cni-cilium/#linux-only-no-windows']],
  ['ipBlock', ['/plugins/azure-cni-cilium/#ipblock-cannot-select-pod-or-node-ips']],
  ['Hubble', ['/glossary/hubble/']],
  ['Private Link static block', ['/plugins/azure-cni-pod-subnet-static-block/#no-private-link-service']],
  ['NetApp 1000', ['/plugins/azure-cni-node-subnet/#netapp-basic-1000-ips', '/glossary/azure-netapp-files-ip-limit/']],
  ['basic networking', ['/plugins/kubenet/', '/glossary/kubenet/']],
  ['advanced networking', ['/plugins/azure-cni-node-subnet/', '/glossary/azure-cni-node-subnet/']],
  ['flat network', ['/plugins/azure-cni-node-subnet/', '/glossary/azure-cni-node-subnet/']],
  ['VNet mode', ['/plugins/azure-cni-node-subnet/', '/glossary/azure-cni-node-subnet/']],
  ['BYOCNI', ['/plugins/byo-cni/', '/glossary/byo-cni/']],
  ['kubenet dual stack', ['/plugins/kubenet-dual-stack/']],
  ['Azure CNI Powered by Cilium', ['/plugins/azure-cni-cilium/', '/glossary/azure-cni-cilium/']],
  ['eBPF', ['/glossary/ebpf/']],
  ['kubenet retirement 2028', ['/plugins/kubenet/#retirement-2028-03-31']],
  ['dual-stack kubenet 200 nodes', ['/plugins/kubenet-dual-stack/#max-200-nodes']],
  ['Overlay virtual nodes', ['/plugins/azure-cni-overlay/#no-virtual-nodes']],
  ['kubenet Application Gateway for Containers', ['/plugins/kubenet/#no-app-gateway-for-containers']],
  ['Azure NPM Windows support ended', ['/policy-engines/azure-npm/#windows-support-ended-2026-09-30']],
  ['NPM 250 nodes', ['/policy-engines/azure-npm/#max-250-nodes-20000-pods']],
  ['dynamic IP allocation migrate to Overlay', ['/plugins/azure-cni-pod-subnet-dynamic/#no-overlay-migration']],
  // The L7 limits hold on every IP mode that runs the Cilium dataplane, so each plugin's copy answers.
  [
    'L7 policy 1000 nodes',
    [
      '/plugins/azure-cni-cilium/#l7-policy-max-1000-nodes',
      '/plugins/azure-cni-node-subnet/#l7-policy-limits',
      '/plugins/azure-cni-pod-subnet-dynamic/#l7-policy-limits',
      '/plugins/azure-cni-pod-subnet-static-block/#l7-policy-limits',
    ],
  ],
  ['Cilium hostNetwork pods policy', ['/plugins/azure-cni-cilium/#no-policy-for-host-network-pods']],
  ['Cilium identity limit 65535', ['/plugins/azure-cni-cilium/#identity-limit-65535']],
  ['pod CIDR expansion Windows', ['/plugins/azure-cni-overlay/#pod-cidr-expand-linux-only']],
  ['service CIDR', ['/glossary/service-cidr/']],
  ['kubenet vs Overlay', ['/compare/azure-cni-overlay-vs-kubenet/']],
];

/**
 * Questions about errors, settings and what can change later, in readers' words; they run through the
 * same forgiving search as the /search/ page and the header search, and one answer must be in the top 3.
 */
const ERROR_AND_SETTING_QUESTIONS: [query: string, answers: string[]][] = [
  ['can I change max pods later', ['/settings/#max-pods']],
  ['change max pods on an existing node pool', ['/settings/#max-pods', '/plugins/azure-cni-node-subnet/#max-pods-fixed-per-pool']],
  ['can the service CIDR change', ['/settings/#service-cidr']],
  ['can the DNS service IP be changed', ['/settings/#dns-service-ip']],
  ['can I grow the pod CIDR', ['/settings/#pod-cidr', '/plugins/azure-cni-overlay/#pod-cidr-expand-linux-only']],
  ['expand pod CIDR overlay', ['/settings/#pod-cidr', '/plugins/azure-cni-overlay/#pod-cidr-expand-linux-only']],
  ['switch to Cilium and back', ['/settings/#network-dataplane', '/plugins/azure-cni-cilium/#no-way-back-to-azure-dataplane', '/plugins/azure-cni-cilium/']],
  ['change outbound type after creation', ['/settings/#outbound-type']],
  ['change network policy engine on an existing cluster', ['/settings/#network-policy']],
  ['make an existing cluster private', ['/settings/#private-cluster']],
  ['Basic load balancer to Standard', ['/settings/#load-balancer-sku']],
  ['max surge default', ['/settings/#max-surge']],
  ['kube-proxy IPVS', ['/settings/#kube-proxy-config']],
  ['update authorized IP ranges', ['/settings/#api-server-authorized-ip-ranges']],
  ['subnet full during upgrade', ['/errors/subnet-is-full/']],
  ['upgrade fails no free IPs', ['/errors/subnet-is-full/', '/errors/insufficient-subnet-size/']],
  ['pod CIDR too small overlay', ['/errors/insufficient-pod-cidr/']],
  ['service CIDR overlaps subnet', ['/errors/service-cidr-overlaps-subnet/']],
  ['DNS service IP out of range', ['/errors/dns-service-ip-out-of-service-cidr/']],
  ['cannot delete cluster route table in use', ['/errors/route-table-in-use/']],
  ['cannot delete private link service', ['/errors/private-link-service-has-endpoint-connections/', '/errors/load-balancer-referenced-by-private-link-service/']],
  ['exit status 50', ['/errors/outbound-connection-failed/']],
  ['nodes cannot reach API server', ['/errors/api-server-connection-failed/']],
  ['private DNS zone permission error', ['/errors/private-dns-zone-missing-permission/']],
  ['SNAT ports error', ['/errors/outbound-ports-not-feasible/']],
  ['add Windows node pool to kubenet cluster', ['/errors/windows-needs-azure-cni/', '/plugins/kubenet/#no-windows-node-pools']],
  ['migrate kubenet to overlay with calico', ['/policy-engines/calico/#kubenet-to-overlay-with-calico', '/errors/overlay-migration-blocked-by-network-policy/']],
  ['docker bridge address', ['/settings/#docker-bridge-address']],
  ['enable-ebpf-dataplane', ['/settings/#network-dataplane', '/glossary/ebpf/']],
  ['Can I move a cluster back from Overlay to node subnet', ['/plugins/azure-cni-overlay/#ipam-migration-one-way', '/settings/#network-plugin-mode', '/plugins/azure-cni-overlay/']],
];

describe('questions about errors and settings find their answer in the top 3', () => {
  it.each(ERROR_AND_SETTING_QUESTIONS)('"%s"', async (query, answers) => {
    const outcome = await forgivingSearch(await loadPagefind(), query);
    const urls = await Promise.all(outcome.results.slice(0, 3).map(async (r) => (await r.data()).url as string));
    expect(urls.some((u) => answers.includes(u)), `top 3 for "${query}" (searched "${outcome.query}"): ${urls.join(', ')}`).toBe(true);
  });
});

describe('real questions find their answer in the top 3', () => {
  it.each(QUESTIONS)('"%s"', async (query, answers) => {
    const urls = (await search(query, 3)).map((h) => h.url);
    expect(urls.some((u) => answers.includes(u)), `top 3 for "${query}": ${urls.join(', ')}`).toBe(true);
  });
});

describe('facets', () => {
  it('the index has type, plugin, severity and category filters', async () => {
    const filters = await (await loadPagefind()).filters();
    expect(Object.keys(filters)).toEqual(expect.arrayContaining(['type', 'plugin', 'severity', 'category']));
    expect(Object.keys(filters.type!)).toEqual(expect.arrayContaining(['Plugin', 'Limitation', 'Glossary term', 'Comparison', 'Policy engine', 'Error', 'Setting']));
    expect(Object.keys(filters.severity!)).toEqual(expect.arrayContaining(['Blocker', 'Caution', 'Info']));
  });

  it('limitation results carry their severity, plugin and category', async () => {
    const [hit] = await search('400 nodes', 1, { filters: { type: 'Limitation' } });
    expect(hit?.url).toBe('/plugins/kubenet/#max-400-nodes');
    expect(hit?.filters).toMatchObject({ type: ['Limitation'], plugin: ['kubenet'], severity: ['Blocker'] });
  });

  it('pair pages are Comparison results for both plugins', async () => {
    const hits = await search('kubenet Overlay', 20, { filters: { type: 'Comparison' } });
    const hit = hits.find((h) => h.url === '/compare/azure-cni-overlay-vs-kubenet/');
    expect(hit?.title).toBe('Azure CNI Overlay vs kubenet');
    expect(hit?.filters.plugin?.sort()).toEqual(['Azure CNI Overlay', 'kubenet']);
  });

  it('values within a facet combine with OR, facets with AND', async () => {
    const blockers = await search('nodes', 50, { filters: { type: 'Limitation', severity: { any: ['Blocker'] } } });
    const either = await search('nodes', 50, { filters: { type: 'Limitation', severity: { any: ['Blocker', 'Caution'] } } });
    const kubenetBlockers = await search('nodes', 50, { filters: { type: 'Limitation', severity: { any: ['Blocker'] }, plugin: { any: ['kubenet'] } } });
    expect(either.length).toBeGreaterThan(blockers.length);
    expect(kubenetBlockers.length).toBeLessThan(blockers.length);
    expect(kubenetBlockers.every((h) => h.filters.plugin?.includes('kubenet') && h.filters.severity?.includes('Blocker'))).toBe(true);
  });
});
