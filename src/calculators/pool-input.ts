import { cite, fmt } from './findings';
import type { InputReader } from './input';
import type { CalculatorLimits } from './limits';

/** Largest otherIps accepted: a sanity bound of the calculators (not an Azure limit) that keeps every plan inside IPv4. */
export const OTHER_IPS_MAX = 1_000_000;

/** The node pool description most calculators share. */
export interface PoolInput {
  /** Nodes in the cluster (all pools that share the subnet). */
  nodes: number;
  /** Extra nodes created during an upgrade (default: the default-max-surge limit, 1). */
  maxSurge: number;
  /** Planned growth on top of `nodes` (default 0). */
  extraNodes: number;
  /** Max pods per node, when the calculator uses it (always given explicitly: defaults differ by plugin). */
  maxPods?: number;
  /** Other addresses taken from the node subnet: internal load balancers, private endpoints (default 0). */
  otherIps: number;
}

/** Reads nodes, maxSurge, extraNodes, maxPods and otherIps with their limits; errors accumulate on the reader. */
export function readPool(
  r: InputReader,
  limits: CalculatorLimits,
  need: { nodes: 'required' | 'optional'; maxPods: 'required' | 'optional' },
): Partial<PoolInput> & { maxSurge: number; extraNodes: number; otherIps: number } {
  const clusterWhy = `the AKS cluster node limit ${cite(limits, 'clusterMaxNodes')}`;
  const nodes =
    need.nodes === 'required' || r.has('nodes')
      ? r.int('nodes', { min: 1, max: limits.clusterMaxNodes, maxWhy: clusterWhy })
      : undefined;
  const maxSurge = r.int('maxSurge', { min: 0, max: limits.clusterMaxNodes, maxWhy: clusterWhy, default: limits.defaultMaxSurge }) ?? 0;
  const extraNodes = r.int('extraNodes', { min: 0, max: limits.clusterMaxNodes, maxWhy: clusterWhy, default: 0 }) ?? 0;
  const maxPods =
    need.maxPods === 'required' || r.has('maxPods')
      ? r.int('maxPods', {
          min: limits.minPodsPerNode,
          max: limits.maxPodsPerNode,
          minWhy: `the smallest max pods a node pool accepts ${cite(limits, 'minPodsPerNode')}`,
          maxWhy: `the largest max pods a node pool accepts ${cite(limits, 'maxPodsPerNode')}`,
        })
      : undefined;
  const otherIps = r.int('otherIps', { min: 0, max: OTHER_IPS_MAX, maxWhy: 'the largest value this calculator accepts', default: 0 }) ?? 0;
  if (nodes !== undefined && nodes + extraNodes > limits.clusterMaxNodes) {
    r.fail('extraNodes', `nodes + extraNodes = ${fmt(nodes + extraNodes)} is more than ${fmt(limits.clusterMaxNodes)}, ${clusterWhy}`);
  }
  return { nodes, maxSurge, extraNodes, maxPods, otherIps };
}

/** nodes + maxSurge + extraNodes: every node that needs addresses at the worst moment. */
export function plannedNodes(p: { nodes: number; maxSurge: number; extraNodes: number }): number {
  return p.nodes + p.maxSurge + p.extraNodes;
}
