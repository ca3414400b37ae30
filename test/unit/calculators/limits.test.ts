import { describe, expect, it } from 'vitest';
import { calculatorLimits, LIMIT_SPEC } from '~/calculators/limits';
import { loadCalculatorLimits } from '~/calculators/load-limits';
import { dataLocations } from '~/model';
import { limits } from './helpers';

const realEntries = () =>
  Object.entries(limits)
    .filter(([key]) => key !== 'refs')
    .map(([key, value]) => ({ id: LIMIT_SPEC[key as keyof typeof LIMIT_SPEC].id, data: { value, sources: ['s'] } }));

describe('calculator limits', () => {
  it('loads every limit from data/limits.yaml with its sources', () => {
    expect(limits.reservedIpsPerSubnet).toBe(5);
    expect(limits.kubenetMaxNodes).toBe(400);
    expect(limits.reservedRanges).toContain('172.30.0.0/16');
    expect(limits.refs.kubenetMaxNodes).toEqual({ id: 'kubenet-max-nodes', sources: ['aks-kubenet'] });
  });

  it('is plain JSON, so a page can serialise it into the browser', () => {
    expect(JSON.parse(JSON.stringify(limits))).toEqual(limits);
  });

  it('names a missing limit id', () => {
    const entries = realEntries().filter((e) => e.id !== 'kubenet-max-nodes');
    expect(() => calculatorLimits(entries)).toThrow(/limit "kubenet-max-nodes" is missing/);
  });

  it('names a mistyped limit id and what it expected', () => {
    const entries = realEntries().map((e) => (e.id === 'reserved-ranges' ? { ...e, data: { value: ['172.30.0.0/33'] } } : e.id === 'max-pods-per-node' ? { ...e, data: { value: '250' } } : e));
    expect(() => calculatorLimits(entries)).toThrow(/limit "reserved-ranges": expected a list of CIDRs/);
    expect(() => calculatorLimits(entries)).toThrow(/limit "max-pods-per-node": expected a whole number of 1 or more, got "250"/);
  });

  it('reads the default max surge as a count or a percentage, and names a value that is neither', () => {
    expect(limits.defaultMaxSurge).toBe('10%');
    expect(limits.refs.defaultMaxSurge.sources).toEqual(expect.arrayContaining(['aks-release-2025-03-16', 'aks-upgrade-rolling']));
    const entries = realEntries().map((e) => (e.id === 'default-max-surge' ? { ...e, data: { value: 'ten percent' } } : e));
    expect(() => calculatorLimits(entries)).toThrow(/limit "default-max-surge": expected a whole number of nodes or a percentage such as 10%, got "ten percent"/);
  });

  it('loading from a folder without limits.yaml names the missing ids and the missing file', () => {
    const locations = dataLocations(process.cwd(), { FIELD_MANUAL_DATA: 'test/fixtures/no-such-folder' });
    expect(() => loadCalculatorLimits(locations)).toThrow(/limit "reserved-ips-per-subnet" is missing[\s\S]*file is missing/);
  });
});
