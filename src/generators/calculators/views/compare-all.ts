/** How the compare-all result is shown: its numbers, summary and findings, and the az aks create flags for its inputs. */
import type { CompareAllOutput } from '../../../calculators/compare-all';
import type { CalculatorResult } from '../../../calculators/types';
import type { Finding } from '../../../calculators/types';
import { flagsView, poolFlags, type FlagsView } from '../flags';
import { nodepoolAddCommands } from '../flags-pools';
import type { SourceLookup } from '../findings';
import { count, failureView, metric, prefixText, successView, type ResultView } from '../view';
import { href } from '../../href';

/** The view of the compare-all calculator: every plugin family side by side. */
export function compareAllView(r: CalculatorResult<CompareAllOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const table = {
    caption: `VNet address space per plugin for ${count(r.plannedNodes)} planned nodes`,
    head: ['Plugin', 'VNet IPs used', 'VNet address space', 'Node subnet', 'Pod subnet', 'Pod CIDR (outside the VNet)', 'Node limit', 'Fits'],
    rows: r.options.map((o) => [
      o.pluginId ? { text: o.name, href: href(`/plugins/${o.pluginId}/`) } : { text: o.name },
      { text: count(o.vnetIps) },
      { text: count(o.vnetAddressSpace) },
      { text: prefixes(o.subnets, 'nodes', o.nodeSubnetPrefix) },
      { text: o.podSubnetPrefix === null ? 'none' : prefixes(o.subnets, 'pods', o.podSubnetPrefix) },
      { text: o.podCidrPrefix === null ? 'none' : prefixText(o.podCidrPrefix) },
      { text: count(o.nodeLimit) },
      { text: o.fits ? 'Yes' : 'No' },
    ]),
  };
  const fitting = r.options.filter((o) => o.fits && o.key !== 'byo-cni');
  const least = fitting.length > 0 ? Math.min(...fitting.map((o) => o.vnetAddressSpace)) : undefined;
  const cheapest = fitting.filter((o) => o.vnetAddressSpace === least).map((o) => o.name);
  const metrics = [metric('plannedNodes', 'Planned nodes', count(r.plannedNodes), `${count(r.plannedNodes - r.surgeNodes)} nodes + ${count(r.surgeNodes)} surge`)];
  if (least !== undefined) metrics.push(metric('leastVnetSpace', 'Least VNet address space', count(least), cheapest.join(', ')));
  const most = Math.max(...r.options.map((o) => o.vnetAddressSpace));
  metrics.push(metric('mostVnetSpace', 'Most VNet address space', count(most), r.options.filter((o) => o.vnetAddressSpace === most).map((o) => o.name).join(', ')));
  const optionFindings: Finding[] = r.options.flatMap((o) => o.findings.map((f) => ({ ...f, message: `${o.name}: ${f.message}` })));
  const summary = least === undefined ? 'No plugin fits this design' : `${cheapest.join(' and ')} ${cheapest.length > 1 ? 'take' : 'takes'} the least VNet address space, ${count(least)} addresses`;
  const links = r.options.filter((o) => o.key !== 'byo-cni').map((o) => ({ href: href(`/calculators/${o.key}/`), label: `${o.name} calculator` }));
  return successView(summary, metrics, [...r.findings, ...optionFindings], sources, { tables: [table], links });
}

/** "/22" for one subnet of a role, "/22 + /24" for several. */
function prefixes(subnets: CompareAllOutput['options'][number]['subnets'], role: 'nodes' | 'pods', whole: number | null): string {
  const own = subnets.filter((s) => s.role === role);
  return own.length > 1 ? own.map((s) => prefixText(s.minimumPrefix)).join(' + ') : prefixText(whole);
}

/** The pools of the input as the views read them. */
function inputPools(r: CompareAllOutput): { name: string; nodes: number; maxNodes?: number; maxSurge: number | string; maxPods?: number; subnet: string; podSubnet?: string }[] {
  const i = r.input;
  if (Array.isArray(i.pools)) return (i.pools as { name: string; nodes: number; maxNodes?: number; maxSurge: number | string; maxPods?: number; subnet?: string }[]).map((p) => ({ ...p, subnet: p.subnet ?? 'default' }));
  return [{ name: 'nodepool1', nodes: Number(i.nodes), ...(typeof i.maxNodes === 'number' ? { maxNodes: i.maxNodes } : {}), maxSurge: i.maxSurge as number | string, maxPods: Number(i.maxPods), subnet: 'default' }];
}

/** Flags of the compare-all calculator: the node pool flags every plugin shares. */
export function compareAllFlags(r: CalculatorResult<CompareAllOutput>): FlagsView | null {
  if (!r.ok) return null;
  const pools = inputPools(r).map((p) => ({ ...p, countedNodes: 0, surgeNodes: 0, plannedNodes: 0, ipsPerNode: 0, requiredIps: 0 }));
  return flagsView(poolFlags(pools[0]), ['Add the plugin flags of the option you choose; each calculator page shows them.'], nodepoolAddCommands(pools, { nodeSubnetFlag: false }));
}
