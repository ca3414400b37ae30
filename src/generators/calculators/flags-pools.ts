/** The `az aks nodepool add` commands for the pools after the first, which az aks create does not make. */
import type { PoolResult } from '../../calculators/pool-plan';
import { lines, NODE_SUBNET, POD_SUBNET, poolFlags, shellValue, type CommandView, type Flag } from './flags';

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

