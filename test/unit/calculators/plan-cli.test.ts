import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const plan = (...args: string[]) => planWith(undefined, ...args);
const planWith = (stdin: string | undefined, ...args: string[]) => {
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/plan.ts', ...args], { cwd: root, encoding: 'utf8', input: stdin, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const STACK = /\n\s+at .+:\d+:\d+/;

describe('plan CLI (issue 5 acceptance)', { timeout: 30_000 }, () => {
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

describe('plan CLI (issue 15 acceptance)', { timeout: 30_000 }, () => {
  it('node-subnet uses the 10% default surge: 1,705 IPs, a /21; "10%" with 51 nodes surges 6', () => {
    expect(JSON.parse(plan('node-subnet', '--json', '{"nodes":50,"maxPods":30}').stdout)).toMatchObject({ requiredIps: 1705, minimumPrefix: 21, surgeNodes: 5 });
    expect(JSON.parse(plan('node-subnet', '--json', '{"nodes":51,"maxSurge":"10%","maxPods":30}').stdout)).toMatchObject({ surgeNodes: 6 });
  });

  it('node-subnet with two pools: 1,463 IPs, a /21, with each pool\'s share', () => {
    const r = plan('node-subnet', '--json', '{"pools":[{"name":"a","nodes":10,"maxSurge":1,"maxPods":30},{"name":"b","nodes":20,"maxSurge":2,"maxPods":50}]}');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ requiredIps: 1463, minimumPrefix: 21 });
    expect(out.pools.map((p: { name: string; requiredIps: number }) => [p.name, p.requiredIps])).toEqual([['a', 341], ['b', 1122]]);
  });

  it('a bad max surge exits 2 with a plain-language message', () => {
    const r = plan('node-subnet', '--json', '{"nodes":50,"maxSurge":"lots","maxPods":30}');
    expect([r.code, r.stderr.trim()]).toEqual([2, 'maxSurge: enter a whole number of nodes, or a percentage like 10%; got "lots"']);
  });

  it('cidr-check with 3,000 ranges exits 2 naming the field, without a stack trace', () => {
    const r = plan('cidr-check', '--json', JSON.stringify({ peeredCidrs: Array(3000).fill('10.0.0.0/8') }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^peeredCidrs: has 3,000 ranges; at most 1,000/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('cidr-check with 1,000 ranges answers', () => {
    const r = plan('cidr-check', '--json', JSON.stringify({ peeredCidrs: Array(999).fill('10.0.0.0/8'), vnetCidrs: '10.0.0.0/16' }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).overlapCount).toBe(1);
  });

  it('deeply nested or huge input never prints a stack trace', () => {
    const r = planWith(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'node-subnet', '--json', '-');
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('network-profile: a malformed pod CIDR exits 2 naming the field, with no flags', () => {
    const r = plan('network-profile', '--json', '{"networkPlugin":"kubenet","podCidr":"not a cidr"}');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^networkProfile\.podCidr: "not a cidr" is not a valid CIDR/);
  });

  it('cluster-review reads az aks show on stdin and the subnet prefixes from --subnets', () => {
    const show = fs.readFileSync(path.join(root, 'test/fixtures/calculators/az-aks-show-overlay-cilium.json'), 'utf8');
    const r = planWith(show, 'cluster-review', '--json', '-', '--subnets', 'vnet-spoke-prod/snet-aks-nodes = 10.10.0.0/24');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: true, configuration: { id: 'azure-cni-overlay-cilium-dataplane' } });
    expect(out.subnets[0]).toMatchObject({ prefix: '10.10.0.0/24', usableIps: 251, requiredIps: 270, headroom: -19 });
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'no-room-for-upgrade', severity: 'error' })]));
  });
});
