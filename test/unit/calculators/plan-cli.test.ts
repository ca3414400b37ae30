import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const plan = (...args: string[]) => {
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/plan.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('plan CLI (issue 5 acceptance)', () => {
  it('node-subnet reports requiredIps 1581 and minimumPrefix 21', () => {
    const r = plan('node-subnet', '--json', '{"nodes":50,"maxSurge":1,"maxPods":30}');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ requiredIps: 1581, minimumPrefix: 21 });
  });

  it('pod-subnet-static-block reports 3 blocks per node and 15 wasted IPs', () => {
    const r = plan('pod-subnet-static-block', '--json', '{"maxPods":32}');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ blocksPerNode: 3, wastedIps: 15 });
  });

  it('cidr-check reports the reserved-range error with exit 0', () => {
    const r = plan('cidr-check', '--json', '{"podCidr":"172.16.0.0/12"}');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'reserved-range', severity: 'error' })]));
  });

  it('a malformed CIDR exits 2 naming the field', () => {
    const r = plan('cidr-check', '--json', '{"serviceCidr":"10.0.0.0/33"}');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^serviceCidr: /m);
  });

  it('an unknown calculator exits 2 listing the names', () => {
    const r = plan('nope', '--json', '{}');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/node-subnet, pod-subnet-dynamic/);
  });

  it('bad JSON exits 2 naming --json', () => {
    expect(plan('node-subnet', '--json', '{').stderr).toMatch(/^--json: not valid JSON/);
  });
});
