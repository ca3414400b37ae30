/**
 * What of a pasted az aks show output may go into a link: only the fields the reader and the review
 * read, with every resource id replaced by its `vnet/subnet` key, so no tenant, subscription, identity
 * or resource id reaches the address bar, the history or a copied link.
 */
import { subnetKey } from './subnet-key';
import { markSettings } from '../positions';

export { positionFields } from '../positions';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Longest text a link keeps for one pasted field; longer input is left out of the link. */
export const LINK_TEXT_MAX = 4000;

const PROFILE_FIELDS = ['networkPlugin', 'networkPluginMode', 'networkDataplane', 'networkPolicy', 'podCidr', 'podCidrs', 'serviceCidr', 'serviceCidrs', 'dnsServiceIp', 'ipFamilies'];
const POOL_FIELDS = ['name', 'count', 'minCount', 'maxCount', 'enableAutoScaling', 'maxPods', 'osType', 'mode', 'orchestratorVersion', 'podIpAllocationMode', 'podIPAllocationMode'];

function pick(obj: Obj, keys: readonly string[]): Obj {
  return Object.fromEntries(keys.filter((k) => obj[k] !== undefined && obj[k] !== null).map((k) => [k, obj[k]]));
}

function pool(p: unknown): Obj {
  if (!isObj(p)) return {};
  const out = pick(p, POOL_FIELDS);
  if (isObj(p.upgradeSettings) && p.upgradeSettings.maxSurge !== undefined && p.upgradeSettings.maxSurge !== null) out.upgradeSettings = { maxSurge: p.upgradeSettings.maxSurge };
  if (typeof p.vnetSubnetId === 'string' && p.vnetSubnetId !== '') out.vnetSubnetId = subnetKey(p.vnetSubnetId);
  if (typeof p.podSubnetId === 'string' && p.podSubnetId !== '') out.podSubnetId = subnetKey(p.podSubnetId);
  return out;
}

/** The parts of a cluster object the review reads. */
function cluster(c: Obj): Obj {
  const np = isObj(c.networkProfile) ? c.networkProfile : undefined;
  return {
    ...pick(c, ['kubernetesVersion', 'currentKubernetesVersion']),
    ...(np ? { networkProfile: pick(np, PROFILE_FIELDS) } : pick(c, PROFILE_FIELDS)),
    ...(Array.isArray(c.agentPoolProfiles) ? { agentPoolProfiles: c.agentPoolProfiles.map(pool) } : {}),
    ...pick(c, ['podSubnet', 'podIpAllocationMode']),
  };
}

/** Caps the text for a link: '' when it is too long (the link then keeps the rest of the inputs only). */
function capped(text: string): string {
  return text.length <= LINK_TEXT_MAX ? text : '';
}

/**
 * The pasted JSON of the network profile reader or the cluster review as a link keeps it; '' for text
 * that is not a JSON object (it could hold anything) or that is too long even when reduced. `settings`
 * are the API fields of settings an organisation takes a position on: the link marks the ones the
 * cluster sets (see markSettings).
 */
export function reduceClusterText(text: string, settings: readonly string[] = []): string {
  if (text.trim() === '') return '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return '';
  }
  if (!isObj(value)) return '';
  return capped(JSON.stringify(settings.length ? markSettings(value, cluster(value), settings) : cluster(value)));
}

/** The subnet prefixes as a link keeps them: `<vnet>/<subnet> = <CIDR>` lines, resource ids reduced to keys. */
export function reducePrefixText(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(.+?)(?:\s*[=:]\s*|\s+)(\S+)\s*$/.exec(line);
    if (m) lines.push(`${subnetKey(m[1] ?? '')} = ${m[2] ?? ''}`);
  }
  return capped(lines.join('\n'));
}
