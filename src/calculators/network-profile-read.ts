import { describe } from './input';
import type { InputError } from './types';

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
  }
  const podCidr = str('podCidr');
  const serviceCidr = str('serviceCidr');
  const podCidrs = list('podCidrs');
  const serviceCidrs = list('serviceCidrs');
  const profile: Profile = {
    networkPlugin: networkPlugin ?? '',
    networkPluginMode: str('networkPluginMode'),
    networkDataplane: str('networkDataplane'),
    networkPolicy: str('networkPolicy'),
    podCidrs: podCidrs.length > 0 ? podCidrs : podCidr ? [podCidr] : [],
    serviceCidrs: serviceCidrs.length > 0 ? serviceCidrs : serviceCidr ? [serviceCidr] : [],
    dnsServiceIp: str('dnsServiceIp'),
    ipFamilies: list('ipFamilies'),
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
    if (mode === 'DynamicIndividual' || mode === 'StaticBlock') {
      hints.podIpAllocationMode = mode;
      hints.podSubnet ??= true;
    } else errors.push({ field: 'podIpAllocationMode', message: `podIpAllocationMode: expected DynamicIndividual or StaticBlock, got ${describe(mode)}` });
  }
  const pools = Array.isArray(value.agentPoolProfiles) ? value.agentPoolProfiles.filter(isObj) : [];
  if (pools.length > 0 && hints.podSubnet === undefined) {
    const withPodSubnet = pools.filter((pool) => typeof pool.podSubnetId === 'string' && pool.podSubnetId !== '');
    hints.podSubnet = withPodSubnet.length > 0;
    // DynamicIndividual is the implicit mode when a pool has a pod subnet and no mode.
    const modes = new Set(withPodSubnet.map((pool) => (typeof pool.podIpAllocationMode === 'string' ? pool.podIpAllocationMode : 'DynamicIndividual')));
    const [only] = [...modes];
    if (modes.size === 1 && only) hints.podIpAllocationMode = only;
  }
  return hints;
}
