import { parseCidr, parseIp, type IpFamily } from './cidr';
import { describe } from './describe';
import type { InputError } from './types';

/** The pod IP allocation modes AKS knows. */
export const ALLOCATION_MODES = ['DynamicIndividual', 'StaticBlock'] as const;
/** The IP families of a networkProfile, as the API writes them. */
export const IP_FAMILIES = ['IPv4', 'IPv6'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fields of a networkProfile the calculator reads; a single podCidr/serviceCidr becomes a one-item list. */
export interface Profile {
  networkPlugin: string;
  networkPluginMode: string | null;
  networkDataplane: string | null;
  networkPolicy: string | null;
  podCidrs: string[];
  serviceCidrs: string[];
  dnsServiceIp: string | null;
  ipFamilies: string[];
}

/** What the networkProfile does not say: whether pools use a pod subnet, and its allocation mode. */
export interface Hints {
  podSubnet?: boolean;
  podIpAllocationMode?: string;
}

/** Parses the input into profile fields and hints, or errors naming the field (`networkProfile.<key>`). */
export function readProfile(raw: unknown): { profile: Profile; hints: Hints } | { errors: InputError[] } {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.trim() === '') return { errors: [{ field: 'networkProfile', message: 'networkProfile: is empty; paste the JSON printed by az aks show --query networkProfile' }] };
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return { errors: [{ field: 'networkProfile', message: `networkProfile: not valid JSON (${(error as Error).message})` }] };
    }
  }
  if (!isObj(value)) return { errors: [{ field: 'networkProfile', message: `networkProfile: expected a JSON object, got ${describe(value)}` }] };
  const np = isObj(value.networkProfile) ? value.networkProfile : value;
  const errors: InputError[] = [];
  const str = (key: string): string | null => {
    const v = np[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    errors.push({ field: `networkProfile.${key}`, message: `networkProfile.${key}: expected a string, got ${describe(v)}` });
    return null;
  };
  const list = (key: string): string[] => {
    const v = np[key];
    if (v === undefined || v === null) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
    errors.push({ field: `networkProfile.${key}`, message: `networkProfile.${key}: expected a list of strings, got ${describe(v)}` });
    return [];
  };
  const networkPlugin = str('networkPlugin');
  if (networkPlugin === null && !errors.some((e) => e.field === 'networkProfile.networkPlugin')) {
    errors.push({ field: 'networkProfile.networkPlugin', message: 'networkProfile.networkPlugin: is required (azure, kubenet or none); is this the output of az aks show --query networkProfile?' });
  } else if (networkPlugin !== null && networkPlugin.trim() === '') {
    errors.push({ field: 'networkProfile.networkPlugin', message: 'networkProfile.networkPlugin: is empty; expected azure, kubenet or none' });
  }
  const podCidrs = ranges(np, 'podCidr', errors);
  const serviceCidrs = ranges(np, 'serviceCidr', errors);
  const dnsServiceIp = str('dnsServiceIp');
  if (dnsServiceIp !== null) {
    const parsed = parseIp(dnsServiceIp);
    if (!parsed.ok) errors.push({ field: 'networkProfile.dnsServiceIp', message: `networkProfile.dnsServiceIp: ${parsed.message}` });
  }
  const ipFamilies = list('ipFamilies');
  const seen = new Set<string>();
  ipFamilies.forEach((f, i) => {
    const field = `networkProfile.ipFamilies[${i}]`;
    if (!(IP_FAMILIES as readonly string[]).includes(f)) errors.push({ field, message: `${field}: expected ${IP_FAMILIES.join(' or ')}, got ${describe(f)}` });
    else if (seen.has(f)) errors.push({ field, message: `${field}: ${f} is listed twice; a cluster has at most one IPv4 and one IPv6 family` });
    seen.add(f);
  });
  const profile: Profile = {
    networkPlugin: networkPlugin ?? '',
    networkPluginMode: str('networkPluginMode'),
    networkDataplane: str('networkDataplane'),
    networkPolicy: str('networkPolicy'),
    podCidrs,
    serviceCidrs,
    dnsServiceIp,
    ipFamilies,
  };
  const hints = readHints(value, errors);
  return errors.length > 0 ? { errors } : { profile, hints };
}

/** Pod subnet use and allocation mode: explicit hints first, else the agent pools of a whole az aks show output. */
function readHints(value: Obj, errors: InputError[]): Hints {
  const hints: Hints = {};
  if (value.podSubnet !== undefined && value.podSubnet !== null) {
    if (typeof value.podSubnet === 'boolean') hints.podSubnet = value.podSubnet;
    else errors.push({ field: 'podSubnet', message: `podSubnet: expected true or false, got ${describe(value.podSubnet)}` });
  }
  const mode = value.podIpAllocationMode;
  if (mode !== undefined && mode !== null) {
    if (isMode(mode)) {
      hints.podIpAllocationMode = mode;
      hints.podSubnet ??= true;
    } else errors.push({ field: 'podIpAllocationMode', message: `podIpAllocationMode: expected ${ALLOCATION_MODES.join(' or ')}, got ${describe(mode)}` });
  }
  const pools = Array.isArray(value.agentPoolProfiles) ? value.agentPoolProfiles : [];
  pools.forEach((pool, i) => {
    const m = isObj(pool) ? poolMode(pool) : undefined;
    if (m !== undefined && m !== null && !isMode(m)) {
      errors.push({ field: `agentPoolProfiles[${i}].podIpAllocationMode`, message: `agentPoolProfiles[${i}].podIpAllocationMode: expected ${ALLOCATION_MODES.join(' or ')}, got ${describe(m)}` });
    }
  });
  const objects = pools.filter(isObj);
  if (objects.length > 0 && hints.podSubnet === undefined) {
    const withPodSubnet = objects.filter((pool) => typeof pool.podSubnetId === 'string' && pool.podSubnetId !== '');
    hints.podSubnet = withPodSubnet.length > 0;
    // DynamicIndividual is the implicit mode when a pool has a pod subnet and no mode.
    const modes = new Set(withPodSubnet.map((pool) => { const m = poolMode(pool); return typeof m === 'string' ? m : 'DynamicIndividual'; }));
    const [only] = [...modes];
    if (modes.size === 1 && only) hints.podIpAllocationMode = only;
  }
  return hints;
}

function isMode(v: unknown): v is (typeof ALLOCATION_MODES)[number] {
  return typeof v === 'string' && (ALLOCATION_MODES as readonly string[]).includes(v);
}

/** A pool's allocation mode as az aks show prints it (podIpAllocationMode) or the API writes it (podIPAllocationMode). */
export function poolMode(pool: Record<string, unknown>): unknown {
  return pool.podIpAllocationMode ?? pool.podIPAllocationMode;
}

/**
 * The pod or service ranges of a profile: the list field (podCidrs) or else the single one (podCidr),
 * each a valid CIDR and at most one per address family; errors name the field.
 */
function ranges(np: Obj, single: string, errors: InputError[]): string[] {
  const plural = `${single}s`;
  const listed = np[plural];
  const one = np[single];
  const out: string[] = [];
  const families = new Set<IpFamily>();
  const check = (text: unknown, field: string) => {
    if (typeof text !== 'string') return void errors.push({ field, message: `${field}: expected a CIDR string, got ${describe(text)}` });
    const parsed = parseCidr(text);
    if (!parsed.ok) return void errors.push({ field, message: `${field}: ${parsed.message}` });
    if (families.has(parsed.value.family)) return void errors.push({ field, message: `${field}: a second ${parsed.value.family === 'ipv4' ? 'IPv4' : 'IPv6'} range; a cluster has at most one of each family` });
    families.add(parsed.value.family);
    out.push(text);
  };
  if (Array.isArray(listed) && listed.length > 0) listed.forEach((t, i) => check(t, `networkProfile.${plural}[${i}]`));
  else if (listed !== undefined && listed !== null && !Array.isArray(listed)) errors.push({ field: `networkProfile.${plural}`, message: `networkProfile.${plural}: expected a list of CIDRs, got ${describe(listed)}` });
  else if (one !== undefined && one !== null) check(one, `networkProfile.${single}`);
  return out;
}
