/**
 * The `az aks create` flags that build what a calculator planned, from its normalised input: the
 * reader copies them into a real command. Resource IDs stay shell variables the reader sets. Further
 * pools become `az aks nodepool add` commands, and a documented in-place migration `az aks update`.
 */
import type { MigrationCommand } from '../../calculators/migrations';
import type { PoolResult } from '../../calculators/pool-plan';

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

function lines(head: string[], flags: readonly Flag[]): string {
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

/** The shell variable for a subnet other than the first pool's, e.g. SUBNET_SPOT_ID. */
export function subnetVariable(prefix: 'SUBNET' | 'POD_SUBNET', name: string): string {
  const slug = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'X';
  return `${prefix}_${slug}_ID`;
}

/**
 * `az aks nodepool add` for every pool after the first; a pool in another subnet than the first
 * pool's gets its own subnet variable.
 */
export function nodepoolAddCommands(pools: readonly PoolResult[], options: { nodeSubnetFlag: boolean; podSubnetFlag?: boolean; extra?: Flag[] }): CommandView[] {
  const [first, ...rest] = pools;
  if (!first || rest.length === 0) return [];
  const commands = rest.map((p) => {
    const subnet = p.subnet !== first.subnet ? [{ flag: '--vnet-subnet-id', value: `$${subnetVariable('SUBNET', p.subnet)}` }] : options.nodeSubnetFlag ? [NODE_SUBNET] : [];
    const pod = options.podSubnetFlag ? [{ flag: '--pod-subnet-id', value: p.podSubnet && p.podSubnet !== first.podSubnet ? `$${subnetVariable('POD_SUBNET', p.podSubnet)}` : POD_SUBNET.value }] : [];
    return lines(['az aks nodepool add', '  --resource-group "$RESOURCE_GROUP"', '  --cluster-name "$CLUSTER_NAME"', `  --name ${shellValue(p.name)}`], [...subnet, ...pod, ...(options.extra ?? []), ...poolFlags(p)]);
  });
  return [{ title: `Add the other ${rest.length === 1 ? 'pool' : `${rest.length} pools`}`, command: commands.join('\n\n') }];
}

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
