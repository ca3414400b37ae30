/**
 * The `az aks create` flags that build what a calculator planned, from its normalised input: the
 * reader copies them into a real command. Resource IDs stay shell variables the reader sets.
 */

/** One flag and its value. */
export interface Flag {
  flag: string;
  value: string;
}

/** The flags for a result, the command they make and what the reader must still fill in. */
export interface FlagsView {
  flags: Flag[];
  /** A multi-line `az aks create` command with the flags. */
  command: string;
  notes: string[];
}

const SAFE = /^[A-Za-z0-9_.,:/=+@%-]+$/;

/** Quotes a value for a POSIX shell unless it is plain; `$VARIABLES` keep double quotes so they expand. */
export function shellValue(value: string): string {
  if (SAFE.test(value)) return value;
  if (/^\$[A-Z_][A-Z0-9_]*$/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Writes the flags as a multi-line `az aks create` command. */
export function azAksCreateCommand(flags: readonly Flag[]): string {
  const lines = ['az aks create', '  --resource-group "$RESOURCE_GROUP"', '  --name "$CLUSTER_NAME"', ...flags.map((f) => `  ${f.flag} ${shellValue(f.value)}`)];
  return lines.join(' \\\n');
}

/** Assembles a flags view. */
export function flagsView(flags: Flag[], notes: string[] = []): FlagsView {
  return { flags, command: azAksCreateCommand(flags), notes: ['Set RESOURCE_GROUP and CLUSTER_NAME first; add your other flags (region, VM size, identity and so on).', ...notes] };
}

/** --node-count, --max-pods and --max-surge for the inputs that were given. */
export function poolFlags(input: { nodes?: number; maxPods?: number; maxSurge?: number }): Flag[] {
  const out: Flag[] = [];
  if (input.nodes !== undefined) out.push({ flag: '--node-count', value: String(input.nodes) });
  if (input.maxPods !== undefined) out.push({ flag: '--max-pods', value: String(input.maxPods) });
  if (input.maxSurge !== undefined && input.nodes !== undefined) out.push({ flag: '--max-surge', value: String(input.maxSurge) });
  return out;
}

/** The node subnet flag; the reader sets NODE_SUBNET_ID. */
export const NODE_SUBNET: Flag = { flag: '--vnet-subnet-id', value: '$NODE_SUBNET_ID' };
/** The pod subnet flag; the reader sets POD_SUBNET_ID. */
export const POD_SUBNET: Flag = { flag: '--pod-subnet-id', value: '$POD_SUBNET_ID' };

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
