import type { Cidr } from './cidr';
import { finding, fmt, plural } from './findings';
import { InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { plannedNodes, readPool } from './pool-input';
import { requireIpv4 } from './range-rules';
import { fitSubnet, sizeSubnet, type SubnetFit, type SubnetSizing } from './sizing';
import { givenSubnetFindings, sizingFinding } from './subnet-check';
import { failure, type CalculatorResult, type InputError } from './types';

/** Input of the node-subnet calculator (Azure CNI Node Subnet: nodes and pods share one subnet). */
export interface NodeSubnetInput {
  nodes: number;
  /** Default: the default-max-surge limit (1). */
  maxSurge?: number;
  /** Planned growth; default 0. */
  extraNodes?: number;
  /** Max pods per node; required because the defaults differ between sources. */
  maxPods: number;
  /** Internal load balancer IPs and other resources in the subnet; default 0. */
  otherIps?: number;
  /** An IPv4 subnet to check, e.g. 10.240.0.0/16. */
  subnet?: string;
}

/** Output of the node-subnet calculator; usableIps, nodeSlots, maxNodes and fits are present when a subnet was given. */
export type NodeSubnetOutput = SubnetSizing &
  Partial<SubnetFit> & {
    input: Required<Omit<NodeSubnetInput, 'subnet'>> & { subnet?: string };
    /** nodes + maxSurge + extraNodes. */
    plannedNodes: number;
    /** maxPods + 1: each node takes its own address plus one per pod. */
    ipsPerNode: number;
  };

/** Sizes the node subnet of Azure CNI Node Subnet: requiredIps = (nodes + maxSurge + extraNodes) x (maxPods + 1) + otherIps. */
export function nodeSubnet(raw: unknown, limits: CalculatorLimits): CalculatorResult<NodeSubnetOutput> {
  const name = 'node-subnet';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const pool = readPool(r, limits, { nodes: 'required', maxPods: 'required' });
  const subnet = r.cidr('subnet');
  r.rejectUnknown();
  const v4 = subnet && requireIpv4({ name: 'subnet', cidr: subnet }, 'node subnets are sized as IPv4');
  const errors: InputError[] = [...r.errors, ...(v4 ? [v4] : [])];
  if (errors.length > 0 || pool.nodes === undefined || pool.maxPods === undefined) return failure(name, errors);
  const { nodes, maxSurge, extraNodes, maxPods, otherIps } = { ...pool, nodes: pool.nodes, maxPods: pool.maxPods };

  const planned = plannedNodes({ nodes, maxSurge, extraNodes });
  const ipsPerNode = maxPods + 1;
  const sizing = sizeSubnet(planned * ipsPerNode + otherIps, limits);
  const findings = [
    finding(
      limits,
      'formula',
      'info',
      `requiredIps = (${plural(nodes, 'node')} + ${fmt(maxSurge)} surge + ${fmt(extraNodes)} extra) x (${fmt(maxPods)} max pods + 1) + ${fmt(otherIps)} other IPs = ${fmt(sizing.requiredIps)}.`,
      ['defaultMaxSurge'],
    ),
    sizingFinding('node subnet', sizing, limits),
  ];
  let fit: SubnetFit | undefined;
  if (subnet) {
    fit = fitSubnet(subnet, { requiredIps: sizing.requiredIps, ipsPerNode, otherIps, maxSurge }, limits);
    findings.push(...givenSubnetFindings('subnet', subnet, sizing, fit, limits), capacityFinding(subnet, fit, maxPods, maxSurge, otherIps, limits));
  }
  return {
    ok: true,
    calculator: name,
    input: { nodes, maxSurge, extraNodes, maxPods, otherIps, ...(subnet ? { subnet: subnet.text } : {}) },
    plannedNodes: planned,
    ipsPerNode,
    ...sizing,
    ...fit,
    findings,
  };
}

function capacityFinding(subnet: Cidr, fit: SubnetFit, maxPods: number, maxSurge: number, otherIps: number, limits: CalculatorLimits) {
  const others = otherIps > 0 ? ` - ${fmt(otherIps)} other IPs` : '';
  return finding(
    limits,
    'subnet-capacity',
    'info',
    `${subnet.text} holds ${fmt(fit.nodeSlots)} nodes at ${fmt(maxPods)} max pods ((${fmt(fit.usableIps)} usable${others}) / ${fmt(maxPods + 1)}); keeping room for ${plural(maxSurge, 'surge node')} leaves a pool of at most ${fmt(fit.maxNodes)}.`,
    ['reservedIpsPerSubnet', 'defaultMaxSurge'],
    'subnet',
  );
}
