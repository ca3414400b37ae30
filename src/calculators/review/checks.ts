/**
 * The cluster review's checks: each reads the facts and returns findings, so a new rule (like an
 * organisation's positions) is one more function in REVIEW_CHECKS.
 */
import { overlapPairs, type RoleRange } from '../overlap-rules';
import { retirementFindings, type PlanContext } from '../context';
import { cited, finding, fmt, plural, RULE_SOURCES } from '../findings';
import type { CalculatorLimits } from '../limits';
import { parseCidr } from '../cidr';
import { podCidrNodeSlots } from '../sizing';
import { oneModePerSubnet, poolRoomFindings } from '../pool-rules';
import type { Finding } from '../types';
import { subnetLabel, type ReviewFacts, type ReviewSubnet } from './facts';
import { prefixOf } from './read-cluster';
import { positionFindings, settingsInUse } from '../positions';

/** One check of the review: facts in, findings out; it never throws. */
export type ReviewCheck = (facts: ReviewFacts, limits: CalculatorLimits, context: PlanContext | undefined) => Finding[];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function usage(s: ReviewSubnet, start = false): string {
  const role = s.role === 'nodes' ? 'node' : 'pod';
  return `${start ? role[0]?.toUpperCase() + role.slice(1) : role} subnet ${subnetLabel(s)}${s.prefix ? ` (${s.prefix})` : ''}`;
}

/** Each subnet against the addresses its pools need at the next upgrade, at the autoscaler maximum and, for dynamic pod subnets, at full density. */
export const subnetRoomCheck: ReviewCheck = (f, limits) => {
  const out: Finding[] = [];
  const sources = [RULE_SOURCES.ipPlanning, RULE_SOURCES.upgrade];
  for (const s of f.subnets) {
    const who = `${plural(s.pools.length, 'pool')} (${s.pools.join(', ')})`;
    if (s.usableIps === null) {
      out.push({ code: 'subnet-prefix-unknown', severity: 'info', message: `The next upgrade needs ${fmt(s.requiredIps)} addresses in ${usage(s)} for ${who}; give its prefix to check the room it has.`, field: 'subnets' });
      continue;
    }
    const headroom = s.headroom ?? 0;
    if (headroom < 0) {
      out.push(cited('no-room-for-upgrade', 'error', `${usage(s, true)} has ${fmt(s.usableIps)} usable addresses, but the next upgrade needs ${fmt(s.requiredIps)} for the nodes and surge nodes of ${who}: ${fmt(-headroom)} short.`, [...sources, limits.refs.reservedIpsPerSubnet.sources[0] ?? RULE_SOURCES.vnet], 'subnets'));
    } else {
      out.push(cited('room-for-upgrade', 'info', `${usage(s, true)} has room for the next upgrade: ${fmt(s.requiredIps)} of ${fmt(s.usableIps)} usable addresses for ${who}, ${fmt(headroom)} to spare before other resources in the subnet.`, sources));
    }
    if (s.requiredIpsAtMaxCount !== undefined && s.requiredIpsAtMaxCount > s.usableIps) {
      const documented = f.kind === 'overlay';
      out.push(
        cited(
          'no-room-at-max-count',
          documented ? 'error' : 'warning',
          `At the autoscaler maximums ${usage(s)} would need ${fmt(s.requiredIpsAtMaxCount)} addresses, more than its ${fmt(s.usableIps)}. AKS's subnet check counts max-count for autoscaled pools${documented ? '' : ' (documented for Azure CNI Overlay)'}, so an upgrade or scale-out may be refused.`,
          [RULE_SOURCES.subnetCheck],
          'subnets',
        ),
      );
    }
    if (s.requiredIpsAtMaxPods !== undefined && s.requiredIpsAtMaxPods > s.usableIps) {
      out.push(
        finding(limits, 'pod-subnet-full-density', 'warning', `With every node at its max pods ${usage(s)} would need ${fmt(s.requiredIpsAtMaxPods)} addresses in batches of ${fmt(limits.dynamicBatchSize)}, more than its ${fmt(s.usableIps)}; pods may not get addresses at full density.`, ['dynamicBatchSize', 'dynamicBatchThreshold'], 'subnets'),
      );
    }
  }
  return out;
};

/** A subnet is a node subnet or a pod subnet, and a pod subnet has one allocation mode. */
export const subnetRoleCheck: ReviewCheck = (f) => {
  const out: Finding[] = [];
  const nodeKeys = new Set(f.subnets.filter((s) => s.role === 'nodes').map((s) => s.key));
  for (const s of f.subnets.filter((x) => x.role === 'pods')) {
    if (nodeKeys.has(s.key)) out.push(cited('subnet-role-conflict', 'error', `Subnet ${subnetLabel(s)} is a node subnet and a pod subnet; pods take addresses from a subnet of their own.`, [RULE_SOURCES.podSubnet], 'subnets'));
    if ((s.allocationModes ?? []).length > 1) out.push(oneModePerSubnet(subnetLabel(s), s.allocationModes ?? []));
  }
  return out;
};

/** Overlay and kubenet: the pod CIDR needs a block for every node and surge node. */
export const podCidrCheck: ReviewCheck = (f, limits) => {
  if (f.kind !== 'overlay' && f.kind !== 'kubenet') return [];
  const v4 = f.cluster.profile.podCidrs.map(parseCidr).find((c) => c.ok && c.value.family === 'ipv4');
  if (!v4 || !v4.ok) return [];
  const key = f.kind === 'kubenet' ? 'kubenetNodePodPrefix' : 'overlayNodePodPrefix';
  const slots = podCidrNodeSlots(v4.value.prefix, limits[key]);
  const next = sum(f.pools.map((p) => p.plannedNodes));
  const atMax = sum(f.pools.map((p) => p.plannedNodesAtMaxCount ?? p.plannedNodes));
  if (next > slots) return [finding(limits, 'pod-cidr-no-room', 'error', `podCidr ${v4.value.text} has room for ${plural(slots, 'node')} (a /${limits[key]} each); the next upgrade needs ${fmt(next)} (nodes + surge).`, [key], 'cluster.networkProfile.podCidr')];
  if (atMax > slots) return [finding(limits, 'pod-cidr-no-room-at-max-count', 'warning', `podCidr ${v4.value.text} has room for ${plural(slots, 'node')}; at the autoscaler maximums the pools would need ${fmt(atMax)}.`, [key], 'cluster.networkProfile.podCidr')];
  return [finding(limits, 'pod-cidr-capacity', 'info', `podCidr ${v4.value.text} has room for ${plural(slots, 'node')} (a /${limits[key]} each); the next upgrade needs ${fmt(next)}.`, [key])];
};

/** The node limit of the plugin: the kubenet route table, or the cluster limit. */
export const nodeLimitCheck: ReviewCheck = (f, limits) => {
  const kubenet = f.kind === 'kubenet';
  const key = kubenet ? (f.dualStack ? 'kubenetDualStackMaxNodes' : 'kubenetMaxNodes') : 'clusterMaxNodes';
  const limit = limits[key];
  const nodes = sum(f.pools.map((p) => p.nodes));
  const atMax = sum(f.pools.map((p) => p.maxNodes ?? p.nodes));
  const what = kubenet ? 'the kubenet node limit (one route per node)' : 'the AKS cluster node limit';
  if (nodes > limit) return [finding(limits, 'node-limit-exceeded', 'error', `The pools have ${fmt(nodes)} nodes, more than ${what}, ${fmt(limit)}.`, [key])];
  if (atMax > limit) return [finding(limits, 'node-limit-at-max-count', 'warning', `At the autoscaler maximums the pools would have ${fmt(atMax)} nodes, more than ${what}, ${fmt(limit)}.`, [key])];
  return [];
};

/** Every pool needs room for the minimum number of pods. */
export const poolRoomCheck: ReviewCheck = (f, limits) => poolRoomFindings(f.pools, limits, (i) => `cluster.agentPoolProfiles[${i}].maxPods`);

/** Pools without a max surge are counted at the AKS default, and the older default is named. */
export const surgeDefaultCheck: ReviewCheck = (f, limits) => {
  const unset = f.pools.filter((_p, i) => !f.cluster.pools[i]?.surgeGiven);
  if (unset.length === 0) return [];
  return [
    finding(
      limits,
      'default-max-surge',
      'info',
      `upgradeSettings.maxSurge is not set on ${unset.map((p) => p.name).join(', ')}: counted at AKS's default of ${String(limits.defaultMaxSurge)} (since the release of 2025-03-16 for Kubernetes 1.32 and later), ${plural(sum(unset.map((p) => p.surgeNodes)), 'surge node')}. Older clusters surged one node per pool, which this never counts fewer than.`,
      ['defaultMaxSurge'],
    ),
  ];
};

/** Announced retirements of the IP mode, the dataplane and the policy engine, with their dates. */
export const retirementCheck: ReviewCheck = (f, _limits, context) =>
  [f.ipMode, f.dataplane, f.engine].flatMap((subject) => (subject ? retirementFindings(subject, context?.today) : []));

/**
 * Overlaps between the pod CIDRs, the service CIDRs and the subnet prefixes given. AKS checked the
 * ranges themselves (reserved ranges, service CIDR size, DNS service IP) when it created the cluster.
 */
export const rangesCheck: ReviewCheck = (f, limits) => {
  const p = f.cluster.profile;
  const ranges: RoleRange[] = [];
  const add = (texts: readonly string[], role: RoleRange['role']) =>
    texts.forEach((t, i) => {
      const parsed = parseCidr(t);
      if (parsed.ok) ranges.push({ name: texts.length > 1 ? `${role}[${i}]` : role, cidr: parsed.value, role });
    });
  add(p.podCidrs, 'podCidr');
  add(p.serviceCidrs, 'serviceCidr');
  for (const s of f.subnets) {
    const given = prefixOf(f.cluster.prefixes, s.key);
    if (given) ranges.push({ name: subnetLabel(s), cidr: given.cidr, role: s.role === 'nodes' ? 'nodeSubnet' : 'podSubnet' });
  }
  return overlapPairs(ranges, limits).findings;
};

/**
 * An organisation's exception and prohibited positions on what the cluster runs: its configuration,
 * IP mode, dataplane and policy engine, and the settings it sets (where the site has guidance files).
 */
export const positionCheck: ReviewCheck = (f, _limits, context) => {
  if (!context?.positions) return [];
  const used = [
    ...(f.configuration.id ? [`configuration:${f.configuration.id}`] : []),
    ...[f.ipMode, f.dataplane].flatMap((p) => (p ? [`plugin:${p.id}`] : [])),
    ...(f.engine ? [`policy-engine:${f.engine.id}`] : []),
    ...settingsInUse(context, f.cluster.source),
  ];
  return positionFindings(context, used);
};

/** The checks of a review, in the order their findings are listed. */
export const REVIEW_CHECKS: readonly ReviewCheck[] = [subnetRoomCheck, subnetRoleCheck, podCidrCheck, nodeLimitCheck, poolRoomCheck, surgeDefaultCheck, retirementCheck, positionCheck, rangesCheck];
