import { finding, fmt, plural } from './findings';
import type { CalculatorLimits } from './limits';
import type { StaticBlocks } from './sizing';
import type { Finding } from './types';

/**
 * Rates the waste the way the documentation's examples do (0 ideal, 1 acceptable, 15 not
 * recommended); the half-block threshold between acceptable and not recommended is this site's choice.
 */
export function wasteFinding(maxPods: number, b: StaticBlocks, limits: CalculatorLimits): Finding {
  const keys = ['staticBlockPrefix', 'staticBlockReservedIpsPerNode'] as const;
  const head = `maxPods ${fmt(maxPods)} takes ${plural(b.blocksPerNode, 'block')} of ${b.blockSize} (${fmt(b.ipsPerNode)} addresses) per node, ${fmt(b.usablePodIps)} usable for pods after the ${plural(limits.staticBlockReservedIpsPerNode, 'address')} held back`;
  if (b.wastedIps === 0) return finding(limits, 'static-block-ideal', 'info', `${head}: no waste.`, [...keys]);
  const fewer = (b.blocksPerNode - 1) * b.blockSize - limits.staticBlockReservedIpsPerNode;
  const alternative =
    fewer >= limits.minPodsPerNode ? ` Use ${fmt(b.recommendedMaxPods)} to use every address, or ${fmt(fewer)} to save a block.` : ` Use ${fmt(b.recommendedMaxPods)} to use every address.`;
  const severity = b.wastedIps * 2 >= b.blockSize ? 'warning' : 'info';
  return finding(limits, 'static-block-waste', severity, `${head}: ${plural(b.wastedIps, 'address')} per node wasted.${alternative}`, [...keys]);
}
