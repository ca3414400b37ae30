import { finding, fmt, plural } from './findings';
import { given, InputReader } from './input';
import type { CalculatorLimits } from './limits';
import { plannedNodes, readPool } from './pool-input';
import { requireIpv4 } from './range-rules';
import { fitSubnet, sizeSubnet, staticBlocks, type PlannedSubnet, type StaticBlocks, type SubnetFit } from './sizing';
import { givenSubnetFindings, sizingFinding } from './subnet-check';
import { failure, type CalculatorResult, type Finding, type InputError } from './types';

/** Input of the pod-subnet-static-block calculator; without nodes it reports the per-node blocks only. */
export interface PodSubnetStaticBlockInput {
  maxPods: number;
  nodes?: number;
  maxSurge?: number;
  extraNodes?: number;
  otherIps?: number;
  nodeSubnet?: string;
  podSubnet?: string;
}

/** Output of the pod-subnet-static-block calculator; subnet sizing appears when nodes is given. */
export type PodSubnetStaticBlockOutput = StaticBlocks & {
  input: Partial<Omit<PodSubnetStaticBlockInput, 'maxPods'>> & { maxPods: number };
  /** The largest pod subnet static block supports, as a prefix length (12). */
  largestPodSubnetPrefix: number;
  plannedNodes?: number;
  nodeSubnet?: PlannedSubnet;
  podSubnet?: PlannedSubnet;
  /** VNet addresses used: nodeSubnet.requiredIps + podSubnet.requiredIps. */
  vnetIps?: number;
  /** When subnets were given: the largest pool they hold, keeping room for maxSurge. */
  maxNodes?: number;
};

/** Computes /28 blocks per node (ceil((maxPods + 1) / 16)), usable pod IPs (16N - 1), waste, and the subnets for a pool. */
export function podSubnetStaticBlock(raw: unknown, limits: CalculatorLimits): CalculatorResult<PodSubnetStaticBlockOutput> {
  const name = 'pod-subnet-static-block';
  const r = InputReader.from(raw);
  if (!(r instanceof InputReader)) return failure(name, [r]);
  const pool = readPool(r, limits, { nodes: 'optional', maxPods: 'required' });
  const nodeCidr = r.cidr('nodeSubnet');
  const podCidr = r.cidr('podSubnet');
  r.rejectUnknown();
  const errors: InputError[] = [...r.errors];
  for (const [field, c] of [['nodeSubnet', nodeCidr], ['podSubnet', podCidr]] as const) {
    const e = c && requireIpv4({ name: field, cidr: c }, 'subnets are sized as IPv4');
    if (e) errors.push(e);
  }
  if ((nodeCidr || podCidr) && pool.nodes === undefined && !r.errors.some((e) => e.field === 'nodes')) {
    errors.push({ field: 'nodes', message: 'nodes: is required to check a nodeSubnet or podSubnet' });
  }
  if (errors.length > 0 || pool.maxPods === undefined) return failure(name, errors);
  const { maxSurge, extraNodes, otherIps, nodes } = pool;
  const maxPods = pool.maxPods;

  const blocks = staticBlocks(maxPods, limits);
  const findings: Finding[] = [wasteFinding(maxPods, blocks, limits)];
  const base = {
    ok: true as const,
    calculator: name,
    ...blocks,
    largestPodSubnetPrefix: limits.staticBlockLargestPodSubnetPrefix,
    findings,
  };
  if (nodes === undefined) return { ...base, input: { maxPods } };

  const planned = plannedNodes({ nodes, maxSurge, extraNodes });
  const nodeSizing = sizeSubnet(planned + otherIps, limits);
  const podSizing = sizeSubnet(planned * blocks.ipsPerNode, limits);
  findings.push(
    sizingFinding('node subnet (one address per node plus other IPs)', nodeSizing, limits),
    sizingFinding(`pod subnet (${plural(blocks.blocksPerNode, 'block')} of ${blocks.blockSize} per node)`, podSizing, limits),
  );
  const largest = limits.staticBlockLargestPodSubnetPrefix;
  if (podSizing.minimumPrefix === null || podSizing.minimumPrefix < largest) {
    findings.push(
      finding(limits, 'pod-subnet-too-large', 'error', `The pod subnet would need to be larger than a /${largest}, the largest static block allocation supports; use fewer nodes or a lower maxPods.`, ['staticBlockLargestPodSubnetPrefix']),
    );
  }
  if (podCidr && podCidr.prefix < largest) {
    findings.push(
      finding(limits, 'pod-subnet-too-large', 'error', `podSubnet ${podCidr.text} is larger than a /${largest}, the largest static block allocation supports.`, ['staticBlockLargestPodSubnetPrefix'], 'podSubnet'),
    );
  }
  const nodeFit = nodeCidr && fitSubnet(nodeCidr, { requiredIps: nodeSizing.requiredIps, ipsPerNode: 1, otherIps, maxSurge }, limits);
  const podFit = podCidr && fitSubnet(podCidr, { requiredIps: podSizing.requiredIps, ipsPerNode: blocks.ipsPerNode, otherIps: 0, maxSurge }, limits);
  if (nodeCidr && nodeFit) findings.push(...givenSubnetFindings('nodeSubnet', nodeCidr, nodeSizing, nodeFit, limits));
  if (podCidr && podFit) findings.push(...givenSubnetFindings('podSubnet', podCidr, podSizing, podFit, limits));
  const fits = [nodeFit, podFit].filter((f): f is SubnetFit => f !== undefined);
  return {
    ...base,
    input: { maxPods, nodes, maxSurge, extraNodes, otherIps, ...given('nodeSubnet', nodeCidr), ...given('podSubnet', podCidr) },
    plannedNodes: planned,
    nodeSubnet: { ...nodeSizing, ...nodeFit },
    podSubnet: { ...podSizing, ...podFit },
    vnetIps: nodeSizing.requiredIps + podSizing.requiredIps,
    ...(fits.length > 0 ? { maxNodes: Math.min(...fits.map((f) => f.maxNodes)) } : {}),
  };
}

/**
 * Rates the waste the way the documentation's examples do (0 ideal, 1 acceptable, 15 not
 * recommended); the half-block threshold between acceptable and not recommended is this site's choice.
 */
function wasteFinding(maxPods: number, b: StaticBlocks, limits: CalculatorLimits): Finding {
  const keys = ['staticBlockPrefix', 'staticBlockReservedIpsPerNode'] as const;
  const head = `maxPods ${fmt(maxPods)} takes ${plural(b.blocksPerNode, 'block')} of ${b.blockSize} (${fmt(b.ipsPerNode)} addresses) per node, ${fmt(b.usablePodIps)} usable for pods after the ${plural(limits.staticBlockReservedIpsPerNode, 'address')} held back`;
  if (b.wastedIps === 0) return finding(limits, 'static-block-ideal', 'info', `${head}: no waste.`, [...keys]);
  const fewer = (b.blocksPerNode - 1) * b.blockSize - limits.staticBlockReservedIpsPerNode;
  const alternative =
    fewer >= limits.minPodsPerNode ? ` Use ${fmt(b.recommendedMaxPods)} to use every address, or ${fmt(fewer)} to save a block.` : ` Use ${fmt(b.recommendedMaxPods)} to use every address.`;
  const severity = b.wastedIps * 2 >= b.blockSize ? 'warning' : 'info';
  return finding(limits, 'static-block-waste', severity, `${head}: ${plural(b.wastedIps, 'address')} per node wasted.${alternative}`, [...keys]);
}
