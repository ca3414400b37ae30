import { parseCidr, type Cidr } from '../cidr';
import { describe } from '../describe';
import { poolMode, readProfile, type Hints, type Profile } from '../network-profile-read';
import { parseSurge, type MaxSurge } from '../surge';
import type { InputError } from '../types';
import { MANAGED_SUBNET, subnetKey } from './subnet-key';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Most agent pools read: a sanity bound of this reader (AKS clusters have far fewer). */
export const REVIEW_POOLS_MAX = 100;

/** One agent pool of an az aks show output, as the review needs it. */
export interface ReviewPool {
  name: string;
  /** Nodes today (`count`). */
  nodes: number;
  /** The autoscaler's max-count, when the pool autoscales. */
  maxNodes?: number;
  maxPods: number;
  maxSurge: MaxSurge;
  /** False when upgradeSettings.maxSurge is unset and the AKS default applies. */
  surgeGiven: boolean;
  /** The node subnet key (`vnet/subnet`, or `managed` for the virtual network AKS manages). */
  subnet: string;
  /** The node subnet as the output names it (the resource id, or the managed network). */
  subnetId: string;
  podSubnet?: string;
  podSubnetId?: string;
  /** The pod IP allocation mode, for pools with a pod subnet (DynamicIndividual when unset). */
  podIpAllocationMode?: string;
  osType?: string;
}

/** What the review reads from `az aks show` and the subnet prefixes. */
export interface ClusterFacts {
  kubernetesVersion?: string;
  profile: Profile;
  hints: Hints;
  pools: ReviewPool[];
  /** Subnet prefixes given, by subnet key. */
  prefixes: Map<string, { cidr: Cidr; field: string }>;
  /** The az aks show object itself, for checks that read a field the review does not (the settings an organisation takes a position on). */
  source: Obj;
}

/** Reads `{ cluster, subnets? }` or a bare az aks show object; errors name the field (`cluster.agentPoolProfiles[1].count`). */
export function readCluster(raw: unknown): ClusterFacts | { errors: InputError[] } {
  const value = parseJson(raw, 'input');
  if ('error' in value) return { errors: [value.error] };
  if (!isObj(value.json)) return { errors: [{ field: 'input', message: `input: expected the JSON of az aks show, or {"cluster": ..., "subnets": ...}, got ${describe(value.json)}` }] };
  const wrapped = 'cluster' in value.json;
  const errors: InputError[] = [];
  if (wrapped) {
    for (const key of Object.keys(value.json)) {
      if (key !== 'cluster' && key !== 'subnets') errors.push({ field: key, message: `${key}: unknown field; expected cluster, subnets` });
    }
  }
  const clusterValue = wrapped ? parseJson(value.json.cluster, 'cluster') : { json: value.json };
  if ('error' in clusterValue) return { errors: [clusterValue.error, ...errors] };
  const cluster = clusterValue.json;
  const at = wrapped ? 'cluster' : 'input';
  if (!isObj(cluster)) return { errors: [{ field: at, message: `${at}: expected the JSON object az aks show prints, got ${describe(cluster)}`, }] };
  if (!Array.isArray(cluster.agentPoolProfiles) || cluster.agentPoolProfiles.length === 0) {
    const field = `${wrapped ? 'cluster.' : ''}agentPoolProfiles`;
    errors.push({ field, message: `${field}: is required; paste the whole output of az aks show (not --query networkProfile), which lists the node pools` });
  }
  const profile = readProfile(cluster);
  if ('errors' in profile) errors.push(...profile.errors.map((e) => prefixed(e, wrapped ? 'cluster.' : '')));
  const pools = Array.isArray(cluster.agentPoolProfiles) ? readPools(cluster.agentPoolProfiles, wrapped ? 'cluster.agentPoolProfiles' : 'agentPoolProfiles', errors) : [];
  const prefixes = wrapped && value.json.subnets !== undefined && value.json.subnets !== null && value.json.subnets !== '' ? readPrefixes(value.json.subnets, errors) : new Map<string, { cidr: Cidr; field: string }>();
  if (errors.length > 0 || 'errors' in profile) return { errors };
  const version = typeof cluster.currentKubernetesVersion === 'string' ? cluster.currentKubernetesVersion : typeof cluster.kubernetesVersion === 'string' ? cluster.kubernetesVersion : undefined;
  return { ...(version ? { kubernetesVersion: version } : {}), profile: profile.profile, hints: profile.hints, pools, prefixes, source: cluster };
}

function prefixed(e: InputError, prefix: string): InputError {
  return prefix ? { field: `${prefix}${e.field}`, message: `${prefix}${e.message}` } : e;
}

function parseJson(raw: unknown, field: string): { json: unknown } | { error: InputError } {
  if (typeof raw !== 'string') return { json: raw };
  if (raw.trim() === '') return { error: { field, message: `${field}: is empty; paste the output of az aks show --resource-group <group> --name <cluster>` } };
  try {
    return { json: JSON.parse(raw) };
  } catch (error) {
    return { error: { field, message: `${field}: not valid JSON (${(error as Error).message})` } };
  }
}

function readPools(list: unknown[], base: string, errors: InputError[]): ReviewPool[] {
  if (list.length > REVIEW_POOLS_MAX) {
    errors.push({ field: base, message: `${base}: has ${list.length} pools; at most ${REVIEW_POOLS_MAX} are read` });
    return [];
  }
  const out: ReviewPool[] = [];
  list.forEach((item, i) => {
    const at = `${base}[${i}]`;
    if (!isObj(item)) return void errors.push({ field: at, message: `${at}: expected an object, got ${describe(item)}` });
    const bad = (key: string, expected: string) => void errors.push({ field: `${at}.${key}`, message: `${at}.${key}: expected ${expected}, got ${describe(item[key])}` });
    const whole = (key: string, min: number): number | undefined => {
      const v = item[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min) return bad(key, `a whole number of ${min} or more`);
      return v === 0 ? 0 : v;
    };
    const name = typeof item.name === 'string' && item.name.trim() !== '' ? item.name.trim() : `pool ${i + 1}`;
    const nodes = whole('count', 0);
    if (nodes === undefined && !errors.some((e) => e.field === `${at}.count`)) errors.push({ field: `${at}.count`, message: `${at}.count: is required; expected the pool's node count` });
    const maxPods = whole('maxPods', 1);
    if (maxPods === undefined && !errors.some((e) => e.field === `${at}.maxPods`)) errors.push({ field: `${at}.maxPods`, message: `${at}.maxPods: is required; expected the pool's max pods per node` });
    const autoscaling = item.enableAutoScaling === true;
    const maxCount = autoscaling ? whole('maxCount', 0) : undefined;
    const settings = isObj(item.upgradeSettings) ? item.upgradeSettings : {};
    const rawSurge = settings.maxSurge;
    const surgeGiven = rawSurge !== undefined && rawSurge !== null && rawSurge !== '';
    let maxSurge: MaxSurge = { kind: 'count', value: 1 };
    if (surgeGiven) {
      const parsed = parseSurge(rawSurge);
      if (parsed.ok) maxSurge = parsed.value;
      else errors.push({ field: `${at}.upgradeSettings.maxSurge`, message: `${at}.upgradeSettings.maxSurge: ${parsed.message}` });
    }
    const subnetId = typeof item.vnetSubnetId === 'string' && item.vnetSubnetId.trim() !== '' ? item.vnetSubnetId.trim() : undefined;
    const podSubnetId = typeof item.podSubnetId === 'string' && item.podSubnetId.trim() !== '' ? item.podSubnetId.trim() : undefined;
    const mode = poolMode(item);
    if (nodes === undefined || maxPods === undefined) return;
    out.push({
      name,
      nodes,
      ...(maxCount !== undefined && maxCount > nodes ? { maxNodes: maxCount } : {}),
      maxPods,
      maxSurge,
      surgeGiven,
      subnet: subnetId ? subnetKey(subnetId) : MANAGED_SUBNET,
      subnetId: subnetId ?? MANAGED_SUBNET,
      ...(podSubnetId ? { podSubnet: subnetKey(podSubnetId), podSubnetId, podIpAllocationMode: typeof mode === 'string' ? mode : 'DynamicIndividual' } : {}),
      ...(typeof item.osType === 'string' ? { osType: item.osType } : {}),
    });
  });
  return out;
}

/**
 * Reads the subnet prefixes: an object `{ "<subnet id, vnet/subnet or name>": "<CIDR>" }`, or lines of
 * `<subnet> = <CIDR>` (also `<subnet>: <CIDR>`, or the two tab-separated columns that
 * `az network vnet subnet list --query "[].[name,addressPrefix]" -o tsv` prints).
 */
function readPrefixes(raw: unknown, errors: InputError[]): Map<string, { cidr: Cidr; field: string }> {
  const out = new Map<string, { cidr: Cidr; field: string }>();
  let entries: [string, unknown, string][];
  if (typeof raw === 'string') {
    entries = raw
      .split(/\r?\n/)
      .map((line, i) => [line.trim(), i] as const)
      .filter(([line]) => line !== '')
      .map(([line, i]) => {
        const m = /^(.+?)(?:\s*[=:]\s*|\s+)(\S+)$/.exec(line);
        return [m?.[1] ?? line, m ? m[2] : undefined, `subnets (line ${i + 1})`];
      });
  } else if (isObj(raw)) {
    entries = Object.entries(raw).map(([k, v]) => [k, v, `subnets["${subnetKey(k)}"]`]);
  } else {
    errors.push({ field: 'subnets', message: `subnets: expected {"<subnet id>": "<CIDR>"} or lines of <vnet>/<subnet> = <CIDR>; got ${describe(raw)}` });
    return out;
  }
  for (const [key, prefix, field] of entries) {
    if (typeof prefix !== 'string') {
      errors.push({ field, message: `${field}: expected <subnet> = <CIDR>, got ${describe(prefix ?? key)}` });
      continue;
    }
    const parsed = parseCidr(prefix);
    if (parsed.ok) out.set(subnetKey(key), { cidr: parsed.value, field });
    else errors.push({ field, message: `${field}: ${parsed.message}` });
  }
  return out;
}

/** The prefix given for a subnet key: under its key, or under its subnet name alone. */
export function prefixOf(prefixes: ClusterFacts['prefixes'], key: string): { cidr: Cidr; field: string } | undefined {
  return prefixes.get(key) ?? prefixes.get(key.slice(key.indexOf('/') + 1));
}
