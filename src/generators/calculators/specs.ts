/**
 * What each calculator page says and asks: title, one-line purpose, the method in a few sentences, and
 * its form fields with a documented worked example as the default values.
 */
import type { CalculatorName } from '../../calculators';
import type { LimitKey } from '../../calculators/limits';
import type { FieldSpec, PoolColumn } from './form';
import reviewExample from './examples/aks-show-kubenet.json';

/** A whole-number bound: a constant or a limit from data/limits.yaml. */
export type Bound = number | LimitKey;

/** A form field with the bounds its hint states (resolved from the limits at build time). */
export interface FieldDef extends FieldSpec {
  bounds?: { min: Bound; max: Bound };
}

/** One calculator as its page presents it. */
export interface CalculatorSpec {
  name: CalculatorName;
  /** Page title, e.g. "Node subnet calculator". */
  title: string;
  /** One line for the /calculators/ list and the page description. */
  purpose: string;
  /** Which worked example the default values are, and where it comes from. */
  example: string;
  /** How the numbers are worked out, in a few sentences. */
  method: string[];
  /** The plugin page the calculator is about, when there is one. */
  plugin?: string;
  fields: FieldDef[];
}

const POOL_MAX = 'clusterMaxNodes' as const;

function nodes(example: string, required = true): FieldDef {
  return { name: 'nodes', label: 'Nodes', hint: 'Nodes in the (first) node pool today; add more pools below.', kind: 'int', example, required, bounds: { min: 1, max: POOL_MAX } };
}
function maxSurge(example: string): FieldDef {
  return {
    name: 'maxSurge',
    label: 'Max surge',
    hint: 'Extra nodes during an upgrade: a whole number of nodes or a percentage of the pool such as 10%, rounded up; empty means the AKS default, {defaultMaxSurge}.',
    kind: 'surge',
    example,
    placeholder: '{defaultMaxSurge}',
  };
}
function extraNodes(example: string): FieldDef {
  return { name: 'extraNodes', label: 'Planned growth', hint: 'Nodes you expect to add to the first pool later, so the subnet does not need to change.', kind: 'int', example, bounds: { min: 0, max: POOL_MAX } };
}
function maxNodes(): FieldDef {
  return {
    name: 'maxNodes',
    label: 'Autoscaler maximum',
    hint: 'Optional: the cluster autoscaler\'s max-count for the pool; the pool is counted at it, as AKS\'s subnet check does.',
    kind: 'int',
    example: '',
    bounds: { min: 1, max: POOL_MAX },
  };
}
function maxPods(example: string, required: boolean, hint = 'Pods each node may run; set it explicitly, because the defaults differ by plugin and tool. {minPodsPerNode} is allowed only when the pool has room for {minPodsPerPool} pods.'): FieldDef {
  return { name: 'maxPods', label: 'Max pods per node', hint, kind: 'int', example, required, bounds: { min: 'minPodsPerNode', max: 'maxPodsPerNode' } };
}
function pools(columns: PoolColumn[]): FieldDef {
  return {
    name: 'pools',
    label: 'More node pools',
    hint: 'Pools after the first (the fields above): each with its nodes, surge and max pods; a pool without a subnet name shares the first pool\'s subnet.',
    kind: 'pools',
    example: '',
    columns,
  };
}
function otherIps(example: string): FieldDef {
  return { name: 'otherIps', label: 'Other IPs in the node subnet', hint: 'Internal load balancer front ends, private endpoints and other resources in the same subnet.', kind: 'int', example, bounds: { min: 0, max: 1_000_000 } };
}
function cidr(name: string, label: string, hint: string, example = '', placeholder = '10.240.0.0/16'): FieldDef {
  return { name, label, hint, kind: 'cidr', example, placeholder };
}
function cidrs(name: string, label: string, hint: string, example = '', placeholder = '10.0.0.0/8'): FieldDef {
  return { name, label, hint, kind: 'cidrs', example, placeholder };
}

/** The method sentences every pool-sizing calculator shares: surge, pools, autoscaler and the max pods floor. */
const POOL_METHOD = [
  'Max surge is a number of nodes or a percentage of each pool, rounded up per pool and never more than the pool itself. Empty means the AKS default, {defaultMaxSurge}, since the release of 2025-03-16 for Kubernetes 1.32 and later; the IP planning and rolling upgrade pages still say one node, and a finding gives what that older default would need.',
  'Several node pools share subnets in real clusters: each pool adds its nodes and its own surge to the subnet it names, and a pool without a subnet name uses the first pool\'s. A pool with an autoscaler maximum is counted at that maximum, which AKS\'s subnet check counts (InsufficientSubnetSize troubleshooting article); a finding gives the figure at today\'s node count.',
  'Max pods can be as low as {minPodsPerNode} only when the pool has room for {minPodsPerPool} pods (nodes × max pods), for every pool including the ones added later.',
];

/** Every calculator page, by name, in the order of the library. */
export const CALCULATOR_SPECS: Record<CalculatorName, CalculatorSpec> = {
  'node-subnet': {
    name: 'node-subnet',
    title: 'Node subnet calculator',
    purpose: 'Azure CNI Node Subnet: how many IPs the shared node and pod subnet needs, and how many nodes a given subnet holds.',
    example: 'The defaults are the IP planning example, 50 nodes and 30 max pods, with the AKS default max surge of {defaultMaxSurge} (5 nodes): 1,705 IPs, a /21 or larger. The documented example with one surge node needs 1,581.',
    method: [
      'Every node takes one address for itself and one per pod it may run, all from its pool\'s subnet: required IPs = (nodes + max surge + planned growth) × (max pods + 1) + other IPs, summed over the pools in the subnet.',
      'Azure keeps {reservedIpsPerSubnet} addresses of every subnet, so the smallest subnet is the longest prefix whose size minus {reservedIpsPerSubnet} still holds the required IPs, and never smaller than a /{smallestSubnetPrefix}.',
      'For a subnet you give (the first pool\'s), the node slots are (usable IPs - other IPs) ÷ (max pods + 1); the largest pool keeps room for its surge nodes.',
      ...POOL_METHOD,
      'The InsufficientSubnetSize troubleshooting article counts max pods per node without the node\'s own address; this calculator counts both, as the IP planning article does, which never gives less.',
    ],
    plugin: 'azure-cni-node-subnet',
    fields: [nodes('50'), maxSurge(''), extraNodes('0'), maxPods('30', true), maxNodes(), otherIps('0'), cidr('subnet', 'Subnet to check', 'Optional: the first pool\'s IPv4 subnet, to check against the plan.'), pools(['name', 'nodes', 'maxNodes', 'maxSurge', 'maxPods', 'subnet'])],
  },
  'pod-subnet-dynamic': {
    name: 'pod-subnet-dynamic',
    title: 'Pod subnet (dynamic) calculator',
    purpose: 'Azure CNI Pod Subnet with dynamic allocation: the node subnet and the pod subnet, filled in batches of {dynamicBatchSize} addresses per node.',
    example: 'The defaults are 50 nodes and 30 max pods with the AKS default max surge of {defaultMaxSurge}, the node subnet example of the IP planning article applied to this mode.',
    method: [
      'Nodes take one address each from the node subnet; pods take addresses from the pod subnet, which nodes claim in batches of {dynamicBatchSize} and top up when fewer than {dynamicBatchThreshold} are free.',
      'At full pod density a node holds 16 × ceil((max pods + 8) ÷ 16) pod addresses (derived from the batch rules; the documentation gives no closed form). The documented floor is {dynamicBatchSize} per node.',
      'Both subnets lose the {reservedIpsPerSubnet} addresses Azure keeps in every subnet.',
      ...POOL_METHOD,
    ],
    plugin: 'azure-cni-pod-subnet-dynamic',
    fields: [
      nodes('50'),
      maxSurge(''),
      extraNodes('0'),
      maxPods('30', true),
      maxNodes(),
      otherIps('0'),
      cidr('nodeSubnet', 'Node subnet to check', 'Optional: the first pool\'s IPv4 node subnet.'),
      cidr('podSubnet', 'Pod subnet to check', 'Optional: the first pool\'s IPv4 pod subnet, in the same virtual network.', '', '10.241.0.0/16'),
      pools(['name', 'nodes', 'maxNodes', 'maxSurge', 'maxPods', 'subnet', 'podSubnet']),
    ],
  },
  'pod-subnet-static-block': {
    name: 'pod-subnet-static-block',
    title: 'Pod subnet (static block) calculator',
    purpose: 'Azure CNI Pod Subnet with static block allocation: /{staticBlockPrefix} blocks per node, wasted addresses, the best max pods and the subnets.',
    example: 'The defaults use the documented max pods 32 example: 3 blocks per node, 47 usable pod IPs and 15 wasted ("not recommended"), for 50 nodes.',
    method: [
      'Each node gets whole /{staticBlockPrefix} blocks of 16 addresses and keeps {staticBlockReservedIpsPerNode} address back, so it needs N = ceil((max pods + 1) ÷ 16) blocks and can run 16N - 1 pods.',
      'Addresses above max pods are wasted for the life of the node; a max pods of 16N - 1 (15, 31, 47 ...) wastes none.',
      'The pod subnet needs 16N addresses per planned node and can be at most a /{staticBlockLargestPodSubnetPrefix}; the node subnet needs one address per node.',
      'A subnet uses one allocation mode: static block pools cannot share a pod subnet with dynamic allocation pools.',
      ...POOL_METHOD,
    ],
    plugin: 'azure-cni-pod-subnet-static-block',
    fields: [
      maxPods('32', true, 'Pods each node may run; it decides how many /{staticBlockPrefix} blocks each node takes.'),
      nodes('50', false),
      maxSurge(''),
      extraNodes('0'),
      maxNodes(),
      otherIps('0'),
      cidr('nodeSubnet', 'Node subnet to check', 'Optional: the first pool\'s IPv4 node subnet (needs nodes).'),
      cidr('podSubnet', 'Pod subnet to check', 'Optional: the first pool\'s IPv4 pod subnet (needs nodes).', '', '10.241.0.0/16'),
      pools(['name', 'nodes', 'maxNodes', 'maxSurge', 'maxPods', 'subnet', 'podSubnet']),
    ],
  },
  overlay: {
    name: 'overlay',
    title: 'Azure CNI Overlay calculator',
    purpose: 'Azure CNI Overlay: the node subnet (nodes only), how many nodes a pod CIDR has room for, and the smallest pod CIDR for a node count.',
    example: 'The defaults are 50 nodes with the AKS default max surge of {defaultMaxSurge}, 250 max pods (the Overlay default) and the default pod CIDR 10.244.0.0/16, which has room for 256 nodes.',
    method: [
      'Only nodes take addresses from the virtual network: the node subnet needs one per node plus other IPs, with the {reservedIpsPerSubnet} Azure keeps.',
      'Pods take addresses from a private pod CIDR, a /{overlayNodePodPrefix} per node, so a pod CIDR of prefix p has room for 2^({overlayNodePodPrefix} - p) nodes; the cluster limit of {clusterMaxNodes} nodes caps it.',
      ...POOL_METHOD,
      'An Overlay cluster can move to the Cilium dataplane in place; the commands show the documented az aks update.',
    ],
    plugin: 'azure-cni-overlay',
    fields: [
      nodes('50'),
      maxSurge(''),
      extraNodes('0'),
      maxPods('250', false, 'Optional: pods each node may run ({maxPodsPerNode} at most); it does not change the address plan.'),
      maxNodes(),
      otherIps('0'),
      cidr('podCidr', 'Pod CIDR', 'The private range pods take addresses from; empty means the AKS default.', '10.244.0.0/16', '10.244.0.0/16'),
      cidr('nodeSubnet', 'Node subnet to check', 'Optional: the first pool\'s IPv4 node subnet.'),
      pools(['name', 'nodes', 'maxNodes', 'maxSurge', 'subnet']),
    ],
  },
  kubenet: {
    name: 'kubenet',
    title: 'kubenet calculator',
    purpose: 'kubenet (retiring): the node subnet, the pod CIDR capacity and the {kubenetMaxNodes}-node route table limit, for planning the move away.',
    example: 'The defaults are the documented /27 example: a 20-node cluster with 110 max pods in a /27 node subnet and the default pod CIDR.',
    method: [
      'Only nodes take addresses from the virtual network; pods take a /{kubenetNodePodPrefix} per node from the private pod CIDR, routed through a route table.',
      'A route table holds {kubenetMaxNodes} routes, one per node, so kubenet stops at {kubenetMaxNodes} nodes ({kubenetDualStackMaxNodes} for dual-stack, which uses two routes per node).',
      'kubenet is retiring; the finding below gives the date from this site\'s data, and the commands show the documented in-place move to Azure CNI Overlay with the pod CIDR you entered.',
      ...POOL_METHOD,
    ],
    plugin: 'kubenet',
    fields: [
      nodes('20'),
      maxSurge(''),
      extraNodes('0'),
      maxPods('110', false, 'Optional: pods each node may run; it does not change the address plan.'),
      maxNodes(),
      otherIps('0'),
      cidr('podCidr', 'Pod CIDR', 'The private range pods take addresses from; empty means the AKS default.', '10.244.0.0/16', '10.244.0.0/16'),
      cidr('nodeSubnet', 'Node subnet to check', 'Optional: the first pool\'s IPv4 node subnet.', '10.240.0.0/27'),
      { name: 'dualStack', label: 'Dual-stack kubenet', hint: 'Two routes per node, so half the node limit; its documentation was withdrawn.', kind: 'bool', example: 'false' },
      pools(['name', 'nodes', 'maxNodes', 'maxSurge', 'subnet']),
    ],
  },
  'cidr-check': {
    name: 'cidr-check',
    title: 'CIDR check',
    purpose: 'Every range of a design at once: overlapping pairs, reserved ranges, service CIDR size and DNS service IP placement; IPv4 and IPv6.',
    example: 'The defaults are the AKS defaults in the managed virtual network: VNet 10.224.0.0/12, node subnet 10.224.0.0/16, pod CIDR 10.244.0.0/16, service CIDR 10.0.0.0/16 and DNS service IP 10.0.0.10.',
    method: [
      'Every pair of ranges is compared; a subnet inside its own virtual network is expected, any other overlap is reported with the rule it breaks.',
      'The service CIDR can be at most a /{serviceCidrLargestPrefixV4} (IPv6: at most a /{serviceCidrLargestPrefixV6}); the DNS service IP must be inside it and not its network or first address.',
      'The pod CIDR, service CIDR and cluster virtual network must avoid the ranges AKS reserves. Lists take one range per line or comma; the pod and service CIDR take one IPv4 and one IPv6 range for dual-stack.',
    ],
    fields: [
      cidrs('vnetCidrs', 'VNet address spaces', 'The address spaces of the cluster virtual network.', '10.224.0.0/12', '10.224.0.0/12'),
      cidr('nodeSubnet', 'Node subnet', 'The subnet of the nodes.', '10.224.0.0/16', '10.224.0.0/16'),
      cidr('podSubnet', 'Pod subnet', 'Pod Subnet modes only: the subnet pods take addresses from.', '', '10.225.0.0/16'),
      cidrs('podCidr', 'Pod CIDR', 'Overlay and kubenet: the private pod range (one IPv4 and one IPv6 for dual-stack).', '10.244.0.0/16', '10.244.0.0/16'),
      cidrs('serviceCidr', 'Service CIDR', 'The range Kubernetes services take addresses from.', '10.0.0.0/16', '10.0.0.0/16'),
      { name: 'dnsServiceIp', label: 'DNS service IP', hint: 'The cluster DNS address, inside the service CIDR (usually its .10).', kind: 'ip', example: '10.0.0.10', placeholder: '10.0.0.10' },
      cidrs('peeredCidrs', 'Peered network ranges', 'Address spaces of peered virtual networks.', '', '10.100.0.0/16'),
      cidrs('onPremCidrs', 'On-premises ranges', 'Ranges reached over VPN or ExpressRoute.', '', '192.168.0.0/16'),
    ],
  },
  'compare-all': {
    name: 'compare-all',
    title: 'Compare all plugins',
    purpose: 'One cluster description, every plugin side by side: the VNet addresses and the smallest subnets each choice costs.',
    example: 'The defaults are the IP planning example, 50 nodes and 30 max pods, with the AKS default max surge of {defaultMaxSurge}.',
    method: [
      'Each plugin is sized with its own calculator: the flat modes count pod addresses in the virtual network, Overlay and kubenet count only the nodes and give pods a private pod CIDR.',
      'VNet address space is the sum of the smallest subnets each plugin needs; Bring your own CNI counts only the node addresses, because pod addressing depends on the CNI you install.',
    ],
    fields: [
      nodes('50'),
      maxSurge(''),
      extraNodes('0'),
      maxPods('30', true, 'Pods each node may run; the same value is used for every plugin.'),
      maxNodes(),
      otherIps('0'),
      pools(['name', 'nodes', 'maxNodes', 'maxSurge', 'maxPods', 'subnet', 'podSubnet']),
    ],
  },
  'network-profile': {
    name: 'network-profile',
    title: 'Network profile reader',
    purpose: 'Paste the output of az aks show --query networkProfile: the plugin, mode, data plane and policy engine named, ranges checked, retirements flagged.',
    example: 'The default is a kubenet cluster with Azure Network Policy Manager, a common profile to review before the kubenet retirement.',
    method: [
      'The networkPlugin, networkPluginMode, networkDataplane and networkPolicy values are matched against the networkProfile of every plugin and policy engine in this site\'s data.',
      'The networkProfile alone cannot tell node subnet from pod subnet mode: paste the whole az aks show output (its agent pools have podSubnetId) or add "podSubnet": true.',
      'The pod CIDRs, service CIDRs and DNS service IP go through the CIDR check. The JSON is read in your browser and never sent anywhere.',
    ],
    fields: [
      {
        name: 'profile',
        label: 'networkProfile JSON',
        hint: 'The output of az aks show --resource-group <group> --name <cluster> --query networkProfile, or the whole az aks show output.',
        kind: 'json',
        example: JSON.stringify(
          { networkPlugin: 'kubenet', networkPolicy: 'azure', podCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsServiceIp: '10.0.0.10', ipFamilies: ['IPv4'], outboundType: 'loadBalancer', loadBalancerSku: 'standard' },
          null,
          2,
        ),
        required: true,
      },
    ],
  },
  'cluster-review': {
    name: 'cluster-review',
    title: 'Cluster review',
    purpose: 'Paste the output of az aks show: the configuration the cluster runs, whether each subnet has room for the next upgrade, what is retiring, overlaps and the limitations to check.',
    example:
      'The default is a kubenet cluster with Calico and two pools, 120 nodes, one of them autoscaling to 150 (the identifiers are zeros): a common cluster to review before the kubenet retirement.',
    method: [
      'The networkProfile names the IP mode, the dataplane and the policy engine, matched against this site\'s plugin, configuration and policy engine data; the configuration links its page when this site has one.',
      'For each subnet the next upgrade needs the nodes and surge nodes of every pool in it: the pool\'s upgradeSettings.maxSurge, or the AKS default of {defaultMaxSurge} when unset, rounded up per pool. Node Subnet takes max pods + 1 addresses per node; Overlay, kubenet and the node subnet of the pod subnet modes take one; a dynamic pod subnet takes at least {dynamicBatchSize} per node and a static block pod subnet its /{staticBlockPrefix} blocks.',
      'The usable addresses are the subnet\'s size minus the {reservedIpsPerSubnet} Azure keeps; headroom is usable minus required, and a negative headroom is an error. Other resources in the subnet take addresses too, so keep some headroom. Autoscaled pools are also counted at their maximum, which AKS\'s subnet check counts (documented for Overlay).',
      'Give the subnet prefixes as lines of <vnet>/<subnet> = <CIDR>, as {"<subnet id>": "<CIDR>"}, or paste the JSON of az network vnet subnet list --resource-group <group> --vnet-name <vnet>. Everything is read in your browser; the link keeps only the fields the review reads, with subnet ids shortened to <vnet>/<subnet>.',
    ],
    fields: [
      {
        name: 'cluster',
        label: 'az aks show JSON',
        hint: 'The output of az aks show --resource-group <group> --name <cluster> (the whole object, with agentPoolProfiles).',
        kind: 'json',
        example: JSON.stringify(reviewExample, null, 2),
        required: true,
      },
      {
        name: 'subnets',
        label: 'Subnet prefixes',
        hint: 'Optional: one line per subnet, <vnet>/<subnet> = <CIDR> (or the subnet resource id), so the review can check the room each subnet has.',
        kind: 'text',
        example: 'vnet-aks/snet-nodes = 10.240.0.0/24',
        placeholder: 'vnet-aks/snet-nodes = 10.240.0.0/24',
      },
    ],
  },
};
