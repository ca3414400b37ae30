/**
 * The `az aks create` flags that build what a calculator planned, from its normalised input: the
 * reader copies them into a real command. Resource IDs stay shell variables the reader sets. Further
 * pools become `az aks nodepool add` commands, and a documented in-place migration `az aks update`.
 */
import type { MigrationCommand } from '../../calculators/migrations';

/** One flag and its value. */
export interface Flag {
  flag: string;
  value: string;
}

/** A further command shown under the create command, with what it is for. */
export interface CommandView {
  title: string;
  command: string;
}

/** The flags for a result, the command they make and what the reader must still fill in. */
export interface FlagsView {
  flags: Flag[];
  /** A multi-line `az aks create` command with the flags. */
  command: string;
  notes: string[];
  /** Commands for the other pools and migrations, in order. */
  more: CommandView[];
}

const SAFE = /^[A-Za-z0-9_.,:/=+@%-]+$/;

/** Quotes a value for a POSIX shell unless it is plain; `$VARIABLES` keep double quotes so they expand. */
export function shellValue(value: string): string {
  if (SAFE.test(value)) return value;
  if (/^\$[A-Z_][A-Z0-9_]*$/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Writes a command with one flag per line. */
export function lines(head: string[], flags: readonly Flag[]): string {
  return [...head, ...flags.map((f) => (f.value === '' ? `  ${f.flag}` : `  ${f.flag} ${shellValue(f.value)}`))].join(' \\\n');
}

/** Writes the flags as a multi-line `az aks create` command. */
export function azAksCreateCommand(flags: readonly Flag[]): string {
  return lines(['az aks create', '  --resource-group "$RESOURCE_GROUP"', '  --name "$CLUSTER_NAME"'], flags);
}

/** Assembles a flags view. */
export function flagsView(flags: Flag[], notes: string[] = [], more: CommandView[] = []): FlagsView {
  return { flags, command: azAksCreateCommand(flags), notes: ['Set RESOURCE_GROUP and CLUSTER_NAME first; add your other flags (region, VM size, identity and so on).', ...notes], more };
}

/** --node-count, --max-pods and --max-surge of one pool, and the autoscaler range when it has a maximum. */
export function poolFlags(pool: { nodes?: number; maxNodes?: number; maxPods?: number; maxSurge?: number | string } | undefined): Flag[] {
  if (!pool) return [];
  const out: Flag[] = [];
  if (pool.nodes !== undefined) out.push({ flag: '--node-count', value: String(pool.nodes) });
  if (pool.maxNodes !== undefined && pool.nodes !== undefined) {
    out.push({ flag: '--enable-cluster-autoscaler', value: '' }, { flag: '--min-count', value: String(pool.nodes) }, { flag: '--max-count', value: String(pool.maxNodes) });
  }
  if (pool.maxPods !== undefined) out.push({ flag: '--max-pods', value: String(pool.maxPods) });
  if (pool.maxSurge !== undefined && pool.nodes !== undefined) out.push({ flag: '--max-surge', value: String(pool.maxSurge) });
  return out;
}

/** The node subnet flag; the reader sets NODE_SUBNET_ID. */
export const NODE_SUBNET: Flag = { flag: '--vnet-subnet-id', value: '$NODE_SUBNET_ID' };
/** The pod subnet flag; the reader sets POD_SUBNET_ID. */
export const POD_SUBNET: Flag = { flag: '--pod-subnet-id', value: '$POD_SUBNET_ID' };

/** The documented in-place migrations as commands, each titled with where it goes. */
export function migrationViews(migrations: readonly MigrationCommand[] | undefined): CommandView[] {
  return (migrations ?? []).map((m) => ({ title: `Or move an existing cluster to ${m.toName} in place`, command: m.command }));
}

/** Tells the reader which subnet a variable must name, and its size. */
export function subnetNote(name: string, variable: string, cidr: string | undefined, prefix: number | null | undefined): string {
  const size = prefix === null || prefix === undefined ? '' : ` of a /${prefix} or larger`;
  return `${variable}: the resource ID of the ${name}${cidr ? ` (${cidr})` : size}.`;
}

/** Writes one range or a dual-stack pair as the singular or plural flag. */
export function rangeFlag(singular: string, texts: string[]): Flag[] {
  if (texts.length === 0) return [];
  return texts.length === 1 ? [{ flag: singular, value: texts[0] ?? '' }] : [{ flag: `${singular}s`, value: texts.join(',') }];
}

/** The networkProfile fields as they read back into az aks create flags. */
export interface ProfileFlagInput {
  networkPlugin: string;
  networkPluginMode: string | null;
  networkDataplane: string | null;
  networkPolicy: string | null;
  podIpAllocationMode?: string | null;
  ipFamilies: string[];
  podCidrs: string[];
  serviceCidrs: string[];
  dnsServiceIp: string | null;
}

/** The az aks create flags that recreate a network profile. */
export function profileFlags(p: ProfileFlagInput): Flag[] {
  const flags: Flag[] = [{ flag: '--network-plugin', value: p.networkPlugin }];
  if (p.networkPluginMode) flags.push({ flag: '--network-plugin-mode', value: p.networkPluginMode });
  if (p.networkDataplane && p.networkDataplane !== 'azure') flags.push({ flag: '--network-dataplane', value: p.networkDataplane });
  if (p.networkPolicy && p.networkPolicy !== 'none') flags.push({ flag: '--network-policy', value: p.networkPolicy });
  if (p.podIpAllocationMode) flags.push({ flag: '--pod-ip-allocation-mode', value: p.podIpAllocationMode });
  if (p.ipFamilies.length > 1) flags.push({ flag: '--ip-families', value: p.ipFamilies.map((f) => f.toLowerCase()).join(',') });
  flags.push(...rangeFlag('--pod-cidr', p.podCidrs), ...rangeFlag('--service-cidr', p.serviceCidrs));
  if (p.dnsServiceIp) flags.push({ flag: '--dns-service-ip', value: p.dnsServiceIp });
  return flags;
}
