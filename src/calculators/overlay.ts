import { matchPlugins, type PlanContext } from './context';
import type { CalculatorLimits } from './limits';
import { migrationCommands, type MigrationCommand } from './migrations';
import { podCidrPlan, type PodCidrPlanInput, type PodCidrPlanOutput } from './pod-cidr-plan';
import { failure, type CalculatorResult } from './types';

/** Input of the overlay calculator (Azure CNI Overlay). */
export type OverlayInput = PodCidrPlanInput;

/** Output of the overlay calculator: node subnet sizing, pod CIDR capacity (a /24 per node) capped by the cluster limit, and the in-place move to Cilium. */
export type OverlayOutput = PodCidrPlanOutput & { migrations: MigrationCommand[] };

/** Sizes an Azure CNI Overlay cluster: nodes only in the node subnet, a /24 per node from the pod CIDR, at most the cluster node limit. */
export function overlay(raw: unknown, limits: CalculatorLimits, context?: PlanContext): CalculatorResult<OverlayOutput> {
  const name = 'overlay';
  const plan = podCidrPlan(raw, limits, {
    nodePodPrefixKey: 'overlayNodePodPrefix',
    nodeLimit: () => ({ value: limits.clusterMaxNodes, key: 'clusterMaxNodes', what: 'the AKS cluster node limit' }),
  });
  if ('errors' in plan) return failure(name, plan.errors);
  const plugins = matchPlugins(context, { networkPlugin: 'azure', networkPluginMode: 'overlay', dualStack: false });
  const migrations = plugins.flatMap((p) => migrationCommands(context, p.id));
  return { ok: true, calculator: name, ...plan.output, migrations, findings: plan.findings };
}
