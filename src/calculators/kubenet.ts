import { matchPlugins, retirementFindings, type PlanContext } from './context';
import { finding } from './findings';
import { migrationCommands, type MigrationCommand } from './migrations';
import type { CalculatorLimits } from './limits';
import { podCidrPlan, type PodCidrPlanInput, type PodCidrPlanOutput } from './pod-cidr-plan';
import { failure, type CalculatorResult, type Finding } from './types';

/** Input of the kubenet calculator. */
export type KubenetInput = PodCidrPlanInput & {
  /** Dual-stack kubenet (documentation withdrawn): two routes per node, so half the node limit. */
  dualStack?: boolean;
};

/** Output of the kubenet calculator: node subnet sizing, pod CIDR capacity, the route-table node limit and the way out. */
export type KubenetOutput = PodCidrPlanOutput & {
  dualStack: boolean;
  /** The documented in-place migrations (to Azure CNI Overlay), with the pod CIDR entered. */
  migrations: MigrationCommand[];
};

/**
 * Sizes a kubenet cluster: a /24 per node from the pod CIDR, at most 400 nodes (200 dual-stack) because
 * of the route table; the retirement date comes from the plugin status in `context`.
 */
export function kubenet(raw: unknown, limits: CalculatorLimits, context?: PlanContext): CalculatorResult<KubenetOutput> {
  const name = 'kubenet';
  let dualStack = false;
  const plan = podCidrPlan(raw, limits, {
    nodePodPrefixKey: 'kubenetNodePodPrefix',
    nodeLimit: (r) => {
      dualStack = r.bool('dualStack', false);
      return dualStack
        ? { value: limits.kubenetDualStackMaxNodes, key: 'kubenetDualStackMaxNodes', what: 'the dual-stack kubenet node limit (two routes per node)' }
        : { value: limits.kubenetMaxNodes, key: 'kubenetMaxNodes', what: 'the kubenet node limit (one route per node, 400 routes per route table)' };
    },
  });
  if ('errors' in plan) return failure(name, plan.errors);
  const findings: Finding[] = [...plan.findings];
  if (dualStack) {
    findings.push(
      finding(limits, 'kubenet-dual-stack', 'warning', 'Dual-stack kubenet documentation was withdrawn; current dual-stack clusters require Azure CNI Overlay.', ['kubenetDualStackMaxNodes'], 'dualStack'),
    );
  }
  const plugins = matchPlugins(context, { networkPlugin: 'kubenet', networkPluginMode: null, dualStack });
  for (const p of plugins) findings.push(...retirementFindings(p, context?.today));
  if (plugins.length === 0) {
    findings.push({ code: 'status-unknown', severity: 'info', message: 'No plugin data was given, so the kubenet retirement date is not shown; see the kubenet plugin page.' });
  }
  // A pod CIDR the reader chose becomes --pod-cidr; the AKS default is left out, so the move keeps the cluster's own range.
  const values: Record<string, string> = plan.output.podCidrGiven && plan.output.podCidr !== limits.defaultPodCidr ? { '--pod-cidr': plan.output.podCidr } : {};
  const migrations = plugins.flatMap((p) => migrationCommands(context, p.id, values));
  return { ok: true, calculator: name, ...plan.output, dualStack, migrations, findings };
}
