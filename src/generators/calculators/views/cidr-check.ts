/** How the cidr-check result is shown: its numbers, summary and findings, and the az aks create flags for its inputs. */
import type { CidrCheckOutput } from '../../../calculators/cidr-check';
import type { CalculatorResult } from '../../../calculators/types';
import { flagsView, NODE_SUBNET, POD_SUBNET, rangeFlag, type Flag, type FlagsView } from '../flags';
import type { SourceLookup } from '../findings';
import { count, failureView, metric, successView, type ResultView } from '../view';

/** Most ranges the table lists; the count and the findings cover all of them. */
const TABLE_ROWS = 100;

/** Addresses in a range: exact up to 2^40, else as a power of two (large IPv6 ranges). */
function rangeSize(family: string, prefix: number, size: number): string {
  const bits = (family === 'ipv6' ? 128 : 32) - prefix;
  return bits > 40 ? `2^${bits}` : count(size);
}

/** The view of the cidr-check calculator. */
export function cidrCheckView(r: CalculatorResult<CidrCheckOutput>, sources: SourceLookup): ResultView {
  if (!r.ok) return failureView(r, sources);
  const pairs = r.overlaps.slice(0, 10).map((o) => `${o.a} and ${o.b}`);
  const more = r.overlapCount - pairs.length;
  const metrics = [
    metric('ranges', 'Ranges checked', count(r.ranges.length)),
    metric('overlaps', 'Overlapping pairs', count(r.overlapCount), pairs.length > 0 ? `${pairs.join('; ')}${more > 0 ? `; and ${count(more)} more` : ''}` : undefined),
  ];
  if (r.dnsServiceIp) metrics.push(metric('dnsServiceIp', 'DNS service IP', r.dnsServiceIp));
  const shown = r.ranges.slice(0, TABLE_ROWS);
  const table = {
    caption: `Ranges as checked, with their network address${shown.length < r.ranges.length ? ` (the first ${count(shown.length)} of ${count(r.ranges.length)})` : ''}`,
    head: ['Input', 'Range', 'Family', 'Addresses'],
    rows: shown.map((x) => [{ text: x.name }, { text: x.cidr }, { text: x.family === 'ipv4' ? 'IPv4' : 'IPv6' }, { text: rangeSize(x.family, x.prefix, x.size) }]),
  };
  const n = r.overlapCount;
  const summary = `${count(r.ranges.length)} range${r.ranges.length === 1 ? '' : 's'} checked, ${n === 0 ? 'no overlapping pairs' : `${count(n)} overlapping pair${n === 1 ? '' : 's'}`}`;
  return successView(summary, metrics, r.findings, sources, { tables: [table] });
}

/** Flags of the cidr-check calculator: the ranges az aks create takes; VNet, peered and on-premises ranges have no flag. */
export function cidrCheckFlags(r: CalculatorResult<CidrCheckOutput>): FlagsView | null {
  if (!r.ok) return null;
  const byRole = (role: string) => r.ranges.filter((x) => x.role === role).sort((a, b) => a.family.localeCompare(b.family));
  const pods = byRole('podCidr').map((x) => x.cidr);
  const services = byRole('serviceCidr').map((x) => x.cidr);
  const dual = pods.length > 1 || services.length > 1;
  const flags: Flag[] = [
    ...(dual ? [{ flag: '--ip-families', value: 'ipv4,ipv6' }] : []),
    ...rangeFlag('--pod-cidr', pods),
    ...rangeFlag('--service-cidr', services),
    ...(r.dnsServiceIp ? [{ flag: '--dns-service-ip', value: r.dnsServiceIp }] : []),
    ...(byRole('nodeSubnet').length > 0 ? [NODE_SUBNET] : []),
    ...(byRole('podSubnet').length > 0 ? [POD_SUBNET] : []),
  ];
  const notes = ['The VNet, peered and on-premises ranges have no az aks create flag; they are checked for overlaps only.'];
  if (pods.length > 0) notes.push('--pod-cidr applies to Azure CNI Overlay and kubenet; add --network-plugin and --network-plugin-mode for the plugin you use.');
  return flagsView(flags, notes);
}
