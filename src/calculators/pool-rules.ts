import { cited, finding, fmt, plural, RULE_SOURCES } from './findings';
import type { CalculatorLimits } from './limits';
import type { Finding } from './types';

/**
 * Errors for pools whose max pods is below the room AKS requires per pool (nodes x max pods of at
 * least min-pods-per-pool, e.g. three nodes at max pods 10); only pools below that max pods can fail it.
 */
export function poolRoomFindings(pools: readonly { name: string; nodes: number; maxPods?: number }[], limits: CalculatorLimits, fieldOf: (index: number) => string): Finding[] {
  const out: Finding[] = [];
  pools.forEach((p, i) => {
    if (p.maxPods === undefined || p.maxPods >= limits.minPodsPerPool || p.nodes * p.maxPods >= limits.minPodsPerPool) return;
    const needed = Math.ceil(limits.minPodsPerPool / p.maxPods);
    out.push(
      finding(
        limits,
        'pool-pod-room',
        'error',
        `Pool ${p.name} has room for ${plural(p.nodes * p.maxPods, 'pod')} (${plural(p.nodes, 'node')} x ${fmt(p.maxPods)} max pods); AKS requires room for at least ${fmt(limits.minPodsPerPool)} pods in every node pool, so at max pods ${fmt(p.maxPods)} it needs at least ${plural(needed, 'node')}.`,
        ['minPodsPerPool', 'minPodsPerNode'],
        fieldOf(i),
      ),
    );
  });
  return out;
}

/** An error when a subnet is shared with pools of the other allocation mode: one mode per subnet. */
export function oneModePerSubnet(subnet: string, modes: readonly string[]): Finding {
  return cited('allocation-modes-mixed', 'error', `Subnet ${subnet} is used by pools with ${modes.join(' and ')} allocation; a subnet can use only one pod IP allocation mode.`, [RULE_SOURCES.staticBlock, RULE_SOURCES.podSubnet]);
}
