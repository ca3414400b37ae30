import { parseCidr, parseIp } from './cidr';
import { parseSurge } from './surge';

/** What kind of value a limit holds, which decides how it is checked. */
type LimitKind = 'count' | 'positive' | 'prefix4' | 'prefix6' | 'cidr' | 'cidrs' | 'ip' | 'surge';

/** Every limit the calculators read: property name -> limit id in data/limits.yaml and its kind. */
export const LIMIT_SPEC = {
  reservedIpsPerSubnet: { id: 'reserved-ips-per-subnet', kind: 'count' },
  smallestSubnetPrefix: { id: 'smallest-subnet-prefix', kind: 'prefix4' },
  minPodsPerNode: { id: 'min-pods-per-node', kind: 'positive' },
  minPodsPerPool: { id: 'min-pods-per-pool', kind: 'positive' },
  maxPodsPerNode: { id: 'max-pods-per-node', kind: 'positive' },
  clusterMaxNodes: { id: 'cluster-max-nodes', kind: 'positive' },
  kubenetMaxNodes: { id: 'kubenet-max-nodes', kind: 'positive' },
  kubenetDualStackMaxNodes: { id: 'kubenet-dual-stack-max-nodes', kind: 'positive' },
  overlayNodePodPrefix: { id: 'overlay-node-pod-prefix', kind: 'prefix4' },
  kubenetNodePodPrefix: { id: 'kubenet-node-pod-prefix', kind: 'prefix4' },
  staticBlockPrefix: { id: 'static-block-prefix', kind: 'prefix4' },
  staticBlockReservedIpsPerNode: { id: 'static-block-reserved-ips-per-node', kind: 'count' },
  staticBlockLargestPodSubnetPrefix: { id: 'static-block-largest-pod-subnet-prefix', kind: 'prefix4' },
  dynamicBatchSize: { id: 'dynamic-batch-size', kind: 'positive' },
  dynamicBatchThreshold: { id: 'dynamic-batch-threshold', kind: 'count' },
  defaultMaxSurge: { id: 'default-max-surge', kind: 'surge' },
  serviceCidrLargestPrefixV4: { id: 'service-cidr-largest-prefix-v4', kind: 'prefix4' },
  serviceCidrLargestPrefixV6: { id: 'service-cidr-largest-prefix-v6', kind: 'prefix6' },
  reservedRanges: { id: 'reserved-ranges', kind: 'cidrs' },
  defaultPodCidr: { id: 'default-pod-cidr', kind: 'cidr' },
  defaultServiceCidr: { id: 'default-service-cidr', kind: 'cidr' },
  defaultDnsServiceIp: { id: 'default-dns-service-ip', kind: 'ip' },
} as const satisfies Record<string, { id: string; kind: LimitKind }>;

/** Name of one limit the calculators use, e.g. `kubenetMaxNodes`. */
export type LimitKey = keyof typeof LIMIT_SPEC;

type ValueOf<K extends LimitKind> = K extends 'cidrs' ? string[] : K extends 'cidr' | 'ip' ? string : K extends 'surge' ? number | string : number;

/** Where a limit came from: its id in data/limits.yaml and the source ids that back it. */
export interface LimitRef {
  id: string;
  sources: string[];
}

/**
 * The constants every calculator takes as a parameter: plain JSON (numbers, strings, string lists) so
 * a page can serialise it into the browser; `refs` lets messages cite each value's sources.
 */
export type CalculatorLimits = { [K in LimitKey]: ValueOf<(typeof LIMIT_SPEC)[K]['kind']> } & {
  refs: Record<LimitKey, LimitRef>;
};

/** A limit entry as the model reads it from data/limits.yaml (only the fields used here). */
export interface LimitEntryLike {
  id: string;
  data: { value: unknown; sources?: readonly string[] };
}

/**
 * Builds the calculator limits from limit entries; throws one Error listing every missing or
 * mistyped limit id, because a site built without them would compute wrong answers.
 */
export function calculatorLimits(entries: readonly LimitEntryLike[]): CalculatorLimits {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  const refs: Record<string, LimitRef> = {};
  for (const [key, spec] of Object.entries(LIMIT_SPEC) as [LimitKey, { id: string; kind: LimitKind }][]) {
    const entry = byId.get(spec.id);
    if (!entry) {
      problems.push(`limit "${spec.id}" is missing; expected ${expected(spec.kind)}`);
      continue;
    }
    const problem = check(entry.data.value, spec.kind);
    if (problem) {
      problems.push(`limit "${spec.id}": expected ${expected(spec.kind)}, got ${problem}`);
      continue;
    }
    values[key] = Array.isArray(entry.data.value) ? [...entry.data.value] : entry.data.value;
    refs[key] = { id: spec.id, sources: [...(entry.data.sources ?? [])] };
  }
  if (problems.length > 0) {
    throw new Error(`data/limits.yaml does not hold what the calculators need:\n  ${problems.join('\n  ')}`);
  }
  return { ...values, refs } as CalculatorLimits;
}

function expected(kind: LimitKind): string {
  switch (kind) {
    case 'count':
      return 'a whole number of 0 or more';
    case 'positive':
      return 'a whole number of 1 or more';
    case 'prefix4':
      return 'an IPv4 prefix length (0-32)';
    case 'prefix6':
      return 'an IPv6 prefix length (0-128)';
    case 'cidr':
      return 'a CIDR such as 10.0.0.0/16';
    case 'cidrs':
      return 'a list of CIDRs';
    case 'ip':
      return 'an IP address such as 10.0.0.10';
    case 'surge':
      return 'a whole number of nodes or a percentage such as 10%';
  }
}

/** Returns a description of the bad value, or undefined when it fits the kind. */
function check(value: unknown, kind: LimitKind): string | undefined {
  const shown = typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? 'a list' : String(value);
  switch (kind) {
    case 'count':
    case 'positive':
    case 'prefix4':
    case 'prefix6': {
      const max = kind === 'prefix4' ? 32 : kind === 'prefix6' ? 128 : Number.MAX_SAFE_INTEGER;
      const min = kind === 'positive' ? 1 : 0;
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : shown;
    }
    case 'cidr':
      return typeof value === 'string' && parseCidr(value).ok ? undefined : shown;
    case 'cidrs':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && parseCidr(v).ok) ? undefined : shown;
    case 'ip':
      return typeof value === 'string' && parseIp(value).ok ? undefined : shown;
    case 'surge':
      return parseSurge(value).ok ? undefined : shown;
  }
}
