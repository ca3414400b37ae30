import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_NAMES, CALCULATORS } from '~/calculators';
import { fixtureContext, limits } from './helpers';

/** True when the value holds no NaN, Infinity or undefined-looking blank anywhere. */
function clean(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.every(clean);
  if (value && typeof value === 'object') return Object.values(value).every((v) => v !== undefined && clean(v));
  return true;
}

const run = (name: (typeof CALCULATOR_NAMES)[number], input: unknown) => {
  const result = CALCULATORS[name](input, limits, fixtureContext);
  expect(clean(result)).toBe(true);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((e) => e.field !== '' && e.message.startsWith(`${e.field}:`))).toBe(true);
  }
  expect(result.findings.every((f) => f.message.trim() !== '')).toBe(true);
  return result;
};

const fieldNames = ['nodes', 'maxNodes', 'maxSurge', 'extraNodes', 'maxPods', 'otherIps', 'subnet', 'nodeSubnet', 'podSubnet', 'podCidr', 'serviceCidr', 'dnsServiceIp', 'vnetCidrs', 'dualStack', 'networkPlugin', 'pools', 'cluster', 'subnets', 'agentPoolProfiles', 'networkProfile'];
const fieldValue = fc.oneof(fc.integer({ min: -10, max: 1_000_000 }), fc.double(), fc.string(), fc.constantFrom('10.0.0.0/16', '10.0.0.10', 'fd00::/64', '172.16.0.0/12', 'azure', 'kubenet'), fc.boolean(), fc.constant(null), fc.array(fc.string()));

describe.each(CALCULATOR_NAMES)('%s never throws and never returns NaN', (name) => {
  it('for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => void run(name, input)), { numRuns: 200 });
  });

  it('for objects of plausible field names with any values', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...fieldNames), fieldValue), (input) => void run(name, input)), { numRuns: 300 });
  });

  it('for any whole numbers in the cluster fields', () => {
    const int = fc.integer({ min: -1, max: 6000 });
    fc.assert(
      fc.property(fc.record({ nodes: int, maxSurge: int, extraNodes: int, maxPods: fc.integer({ min: 0, max: 300 }), otherIps: fc.integer({ min: -1, max: 2_000_000 }) }), (input) => void run(name, input)),
      { numRuns: 200 },
    );
  });

  it('for any list of pools', () => {
    const pool = fc.record(
      { name: fc.oneof(fc.string(), fc.integer()), nodes: fc.oneof(fc.integer({ min: -5, max: 6000 }), fc.string()), maxNodes: fc.integer({ min: -5, max: 6000 }), maxSurge: fc.oneof(fc.integer({ min: -5, max: 6000 }), fc.constantFrom('10%', '0%', '100%', '101%', '-0', 'x')), maxPods: fc.integer({ min: 0, max: 300 }), subnet: fc.oneof(fc.string(), fc.constant(null)), podSubnet: fc.string() },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.array(pool, { maxLength: 6 }), (pools) => void run(name, { pools })), { numRuns: 150 });
  });

  it('for JSON text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void run(name, text)), { numRuns: 100 });
  });
});
