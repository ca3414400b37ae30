/** The key of the node subnet of pools without vnetSubnetId: the virtual network AKS creates and manages. */
export const MANAGED_SUBNET = 'managed';

const SUBNET_ID = /\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)\/?$/i;

/**
 * A subnet's key without subscription or resource group: `vnet/subnet` for a resource id, else the
 * text as given (already a key, or a name). Keys compare case-insensitively, as Azure names do.
 */
export function subnetKey(idOrName: string): string {
  const t = idOrName.trim();
  const m = SUBNET_ID.exec(t);
  return (m ? `${m[1]}/${m[2]}` : t).toLowerCase();
}
