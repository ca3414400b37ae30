import type { Cidr } from './cidr';
import { finding, fmt } from './findings';
import type { CalculatorLimits } from './limits';
import { basicRangeFindings } from './range-rules';
import type { SubnetSizing } from './sizing';
import type { Finding } from './types';

/** Findings for a subnet the reader gave: too small for Azure, too small for the plan, reserved, host bits. */
export function givenSubnetFindings(
  field: string,
  cidr: Cidr,
  sizing: SubnetSizing,
  fit: { usableIps: number; fits: boolean },
  limits: CalculatorLimits,
): Finding[] {
  const out = basicRangeFindings({ name: field, cidr }, limits);
  if (cidr.prefix > limits.smallestSubnetPrefix) {
    out.push(
      finding(limits, 'subnet-below-minimum', 'error', `${field} ${cidr.text} is smaller than a /${limits.smallestSubnetPrefix}, the smallest subnet Azure allows.`, ['smallestSubnetPrefix'], field),
    );
  }
  if (!fit.fits) {
    const need = sizing.minimumPrefix === null ? '' : ` Use a /${sizing.minimumPrefix} or larger.`;
    out.push(
      finding(
        limits,
        'subnet-too-small',
        'error',
        `${field} ${cidr.text} has ${fmt(fit.usableIps)} usable addresses after the ${limits.reservedIpsPerSubnet} Azure reserves; the plan needs ${fmt(sizing.requiredIps)}.${need}`,
        ['reservedIpsPerSubnet'],
        field,
      ),
    );
  }
  return out;
}

/** An info finding that explains the size of the smallest subnet, e.g. "A /21 has 2,048 addresses ...". */
export function sizingFinding(label: string, sizing: SubnetSizing, limits: CalculatorLimits): Finding {
  if (sizing.minimumPrefix === null) {
    return finding(limits, 'no-subnet-fits', 'error', `No IPv4 subnet holds ${fmt(sizing.requiredIps)} addresses for the ${label}.`, ['reservedIpsPerSubnet']);
  }
  return finding(
    limits,
    'minimum-subnet',
    'info',
    `The ${label} needs ${fmt(sizing.requiredIps)} addresses: a /${sizing.minimumPrefix} or larger (${fmt(sizing.minimumSize)} addresses, ${fmt(sizing.minimumUsableIps)} usable after the ${limits.reservedIpsPerSubnet} Azure reserves; no subnet smaller than a /${limits.smallestSubnetPrefix}).`,
    ['reservedIpsPerSubnet', 'smallestSubnetPrefix'],
  );
}
