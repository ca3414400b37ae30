import type { CalculatorLimits } from './limits';
import { podCidrPlan, type PodCidrPlanInput, type PodCidrPlanOutput } from './pod-cidr-plan';
import { failure, type CalculatorResult } from './types';

/** Input of the overlay calculator (Azure CNI Overlay). */
export type OverlayInput = PodCidrPlanInput;

/** Output of the overlay calculator: node subnet sizing, pod CIDR capacity (a /24 per node) capped by the cluster limit. */
export type OverlayOutput = PodCidrPlanOutput;

/** Sizes an Azure CNI Overlay cluster: nodes only in the node subnet, a /24 per node from the pod CIDR, at most the cluster node limit. */
export function overlay(raw: unknown, limits: CalculatorLimits): CalculatorResult<OverlayOutput> {
  const name = 'overlay';
  const plan = podCidrPlan(raw, limits, {
    nodePodPrefixKey: 'overlayNodePodPrefix',
    nodeLimit: () => ({ value: limits.clusterMaxNodes, key: 'clusterMaxNodes', what: 'the AKS cluster node limit' }),
  });
  if ('errors' in plan) return failure(name, plan.errors);
  return { ok: true, calculator: name, ...plan.output, findings: plan.findings };
}
