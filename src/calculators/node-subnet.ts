import type { Cidr } from './cidr';
import { cited, fmt, plural, RULE_SOURCES } from './findings';
import { InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { NODE_SUBNET_RULE } from './address-rules';
import { checkSubnet, planFindings, poolPlan, poolTerms, subnetLines, totalSizing, type PoolResult } from './pool-plan';
import { echoPools, readPools, type PoolsInput } from './pools';
import { requireIpv4 } from './range-rules';
import type { SubnetFit, SubnetSizing } from './sizing';
import { givenSubnetFindings, sizingFinding } from './subnet-check';
import { poolRoomFindings } from './pool-rules';
import type { SubnetPlan } from './subnet-plan';
import { failure, type CalculatorResult, type Finding, type InputError } from './types';

/** One node pool of the pools input. */
export interface PoolInputItem {
  name?: string;
  nodes: number;
  /** The autoscaler maximum (max-count), when the pool autoscales. */
  maxNodes?: number;
  /** A whole number of nodes or a percentage such as "10%"; default the AKS default, 10%. */
  maxSurge?: number | string;
  maxPods: number;
  /** Name of the node subnet; pools without one share the first pool's. */
  subnet?: string;
}

/** Input of the node-subnet calculator (Azure CNI Node Subnet: nodes and pods share one subnet). */
export interface NodeSubnetInput {
  nodes?: number;
  maxNodes?: number;
  /** A whole number of nodes or a percentage such as "10%"; default the default-max-surge limit (10%). */
  maxSurge?: number | string;
  /** Planned growth of the first pool; default 0. */
  extraNodes?: number;
  /** Max pods per node; required because the defaults differ between sources. */
  maxPods?: number;
  /** Several node pools instead of nodes/maxNodes/maxSurge/maxPods. */
  pools?: PoolInputItem[];
  /** Internal load balancer IPs and other resources in the first pool's subnet; default 0. */
  otherIps?: number;
  /** An IPv4 subnet to check: the first pool's, e.g. 10.240.0.0/16. */
  subnet?: string;
}

/**
 * Output of the node-subnet calculator: requiredIps and minimumPrefix for the whole plan (every subnet
 * together), one entry per pool and per subnet; usableIps and fits (and, for a subnet of one pool,
 * nodeSlots and maxNodes) when a subnet was given.
 */
export type NodeSubnetOutput = SubnetSizing &
  Partial<SubnetFit> & {
    input: Record<string, unknown>;
    /** Nodes of every pool at the worst moment of an upgrade: counted nodes + surge. */
    plannedNodes: number;
    surgeNodes: number;
    /** maxPods + 1, when every pool has the same max pods; null otherwise. */
    ipsPerNode: number | null;
    pools: PoolResult[];
    subnets: SubnetPlan[];
  };

/** Sizes the node subnets of Azure CNI Node Subnet: sum over pools of (counted nodes + surge) x (maxPods + 1), plus otherIps. */
export function nodeSubnet(raw: unknown, limits: CalculatorLimits): CalculatorResult<NodeSubnetOutput> {
  const name = 'node-subnet';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const input = readPools(r, limits, { nodes: 'required', maxPods: 'required' });
  const subnet = r.cidr('subnet');
  r.rejectUnknown();
  const v4 = subnet && requireIpv4({ name: 'subnet', cidr: subnet }, 'node subnets are sized as IPv4');
  const errors: InputError[] = [...r.errors, ...(v4 ? [v4] : [])];
  if (errors.length > 0 || input.pools.length === 0) return failure(name, errors);

  const plan = poolPlan(input, NODE_SUBNET_RULE, limits);
  const sizing = totalSizing(plan.nodeSubnets, limits);
  const findings: Finding[] = [formulaFinding(input, plan.pools, sizing.requiredIps), sizingFinding('node subnet', sizing, limits)];
  findings.push(...planFindings(input, plan, NODE_SUBNET_RULE, limits, (p) => p.nodeIps), ...subnetLines(plan.nodeSubnets, 'nodes', limits));
  findings.push(...poolRoomFindings(plan.pools, limits, (i) => (input.listed ? `pools[${i}].maxPods` : 'maxPods')));
  const subnets = [...plan.nodeSubnets];
  let fit: Partial<SubnetFit> = {};
  const [first] = subnets;
  if (subnet && first) {
    const checked = checkSubnet(first, subnet, input, plan.pools, limits);
    subnets[0] = checked;
    fit = { subnet: subnet.text, usableIps: checked.usableIps ?? 0, fits: checked.fits ?? false, ...(checked.nodeSlots !== undefined ? { nodeSlots: checked.nodeSlots, maxNodes: checked.maxNodes ?? 0 } : {}) };
    findings.push(...givenSubnetFindings('subnet', subnet, first, { usableIps: subnets[0].usableIps ?? 0, fits: subnets[0].fits ?? false }, limits));
    const capacity = capacityFinding(subnet, fit, plan.pools[0], input.otherIps, limits);
    if (capacity) findings.push(capacity);
  }
  const perNode = new Set(plan.pools.map((p) => p.ipsPerNode));
  return {
    ok: true,
    calculator: name,
    input: { ...echoPools(input), ...(subnet ? { subnet: subnet.text } : {}) },
    plannedNodes: plan.plannedNodes,
    surgeNodes: plan.surgeNodes,
    ipsPerNode: perNode.size === 1 ? [...perNode][0] ?? null : null,
    ...sizing,
    ...fit,
    pools: plan.pools,
    subnets,
    findings,
  };
}

function formulaFinding(input: PoolsInput, pools: PoolResult[], required: number): Finding {
  const others = `${fmt(input.otherIps)} other IPs`;
  const [only] = pools;
  const text =
    pools.length === 1 && only && !input.listed
      ? `requiredIps = (${poolTerms(only, input.extraNodes)}) x (${fmt(only.maxPods ?? 0)} max pods + 1) + ${others} = ${fmt(required)}.`
      : `requiredIps = ${pools.map((p, i) => `${p.name}: (${poolTerms(p, i === 0 ? input.extraNodes : 0)}) x ${fmt(p.ipsPerNode)}`).join(' + ')} + ${others} = ${fmt(required)}.`;
  return cited('formula', 'info', text, [RULE_SOURCES.ipPlanning]);
}

function capacityFinding(subnet: Cidr, fit: Partial<SubnetFit>, pool: PoolResult | undefined, otherIps: number, limits: CalculatorLimits): Finding | undefined {
  if (!pool || fit.nodeSlots === undefined || fit.maxNodes === undefined) return undefined;
  const others = otherIps > 0 ? ` - ${fmt(otherIps)} other IPs` : '';
  const surge = typeof pool.maxSurge === 'string' ? `a surge of ${pool.maxSurge}` : `room for ${plural(pool.maxSurge, 'surge node')}`;
  return cited(
    'subnet-capacity',
    'info',
    `${subnet.text} holds ${plural(fit.nodeSlots, 'node')} at ${fmt(pool.maxPods ?? 0)} max pods ((${fmt(fit.usableIps ?? 0)} usable${others}) / ${fmt(pool.ipsPerNode)}); keeping ${surge} leaves a pool of at most ${fmt(fit.maxNodes)}.`,
    [limits.refs.reservedIpsPerSubnet.sources[0] ?? RULE_SOURCES.vnet, RULE_SOURCES.upgrade],
    'subnet',
  );
}
