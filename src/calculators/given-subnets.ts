import type { Cidr } from './cidr';
import type { CalculatorLimits } from './limits';
import { checkSubnet, smallestMaxNodes, type PoolPlan } from './pool-plan';
import type { PoolsInput } from './pools';
import { givenSubnetFindings } from './subnet-check';
import type { SubnetPlan } from './subnet-plan';
import type { Finding } from './types';

/**
 * The pod subnet modes' given prefixes (nodeSubnet and podSubnet, the first pool's): each subnet
 * checked, its findings, and the largest first pool both hold.
 */
export function checkGiven(plan: PoolPlan, input: PoolsInput, nodeCidr: Cidr | undefined, podCidr: Cidr | undefined, limits: CalculatorLimits) {
  const nodeSubnets = [...plan.nodeSubnets];
  const podSubnets = [...plan.podSubnets];
  const findings: Finding[] = [];
  const check = (list: SubnetPlan[], cidr: Cidr | undefined, field: string) => {
    const [first] = list;
    if (!cidr || !first) return undefined;
    const checked = checkSubnet(first, cidr, input, plan.pools, limits);
    list[0] = checked;
    findings.push(...givenSubnetFindings(field, cidr, first, { usableIps: checked.usableIps ?? 0, fits: checked.fits ?? false }, limits));
    return checked;
  };
  const givenNode = check(nodeSubnets, nodeCidr, 'nodeSubnet');
  const givenPod = check(podSubnets, podCidr, 'podSubnet');
  return { nodeSubnets, podSubnets, givenNode, givenPod, maxNodes: smallestMaxNodes([givenNode, givenPod]), findings };
}
