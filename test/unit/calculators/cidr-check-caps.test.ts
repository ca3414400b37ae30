import { describe, expect, it } from 'vitest';
import { cidrCheck, RANGES_MAX } from '~/calculators/cidr-check';
import { FINDINGS_PER_CODE } from '~/calculators/range-check';
import { codes, errorFields, limits, ok } from './helpers';

describe('cidr-check with many ranges (issue 15 acceptance)', () => {
  it('1,000 copies of one range answer within a second, checked once and grouped', () => {
    const start = performance.now();
    const r = ok(cidrCheck({ peeredCidrs: Array(999).fill('10.0.0.0/8'), vnetCidrs: '10.0.0.0/16' }, limits));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(r.ranges).toHaveLength(1000);
    expect(codes(r)).toContain('duplicate-range');
    expect(r.findings.find((f) => f.code === 'duplicate-range')?.message).toMatch(/is given 999 times \(peeredCidrs\[0\], peeredCidrs\[1\], peeredCidrs\[2\] and 996 more\)/);
    expect(r.overlapCount).toBe(1);
  });

  it('1,000 different overlapping ranges answer within a second, with capped findings and a count', () => {
    const ranges = Array.from({ length: 999 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.0/24`);
    const start = performance.now();
    const r = ok(cidrCheck({ peeredCidrs: ranges, onPremCidrs: '10.0.0.0/8' }, limits));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(r.overlapCount).toBe(999);
    expect(r.overlaps.length).toBeLessThanOrEqual(100);
    expect(r.findings.filter((f) => f.code === 'overlap')).toHaveLength(FINDINGS_PER_CODE);
    expect(r.findings.find((f) => f.code === 'more-findings')?.message).toMatch(/^979 more overlap findings .* \(999 in all\)/);
  });

  it('more ranges than it checks is an input error naming the field', () => {
    expect(errorFields(cidrCheck({ peeredCidrs: Array(RANGES_MAX + 1).fill('10.0.0.0/8') }, limits))).toEqual(['peeredCidrs']);
    expect(errorFields(cidrCheck({ peeredCidrs: Array(600).fill('10.0.0.0/8'), onPremCidrs: Array(600).fill('10.0.0.0/8') }, limits))).toEqual(['onPremCidrs']);
  });
});
