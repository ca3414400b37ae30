import { describe, expect, it } from 'vitest';
import { fillCommand, migrationCommands } from '~/calculators/migrations';
import { kubenet } from '~/calculators/kubenet';
import { overlay } from '~/calculators/overlay';
import { nodeSubnet } from '~/calculators/node-subnet';
import { fieldErrors, fieldOfError, formInput, numberFromText, poolRows, poolRowsText } from '~/generators/calculators/form';
import { CALCULATOR_SPECS } from '~/generators/calculators/specs';
import { LINK_VALUE_MAX, linkValues, queryToValues, valuesToQuery } from '~/generators/calculators/url';
import { nodepoolAddCommands } from '~/generators/calculators/flags-pools';
import { kubenetFlags } from '~/generators/calculators/views/kubenet';
import { limits, ok } from './helpers';
import { context } from './view-support';

const fields = CALCULATOR_SPECS['node-subnet'].fields;
const values = (over: Record<string, string>) => ({ ...Object.fromEntries(fields.map((f) => [f.name, f.example])), ...over });

describe('the pool editor\'s value', () => {
  it('turns the single-pool fields into the first pool once a further pool is added', () => {
    const pools = poolRowsText([{ name: 'b', nodes: '20', maxSurge: '2', maxPods: '50' }]);
    expect(formInput(fields, values({ nodes: '10', maxSurge: '1', pools }))).toEqual({
      pools: [
        { name: 'nodepool1', nodes: 10, maxSurge: 1, maxPods: 30 },
        { name: 'b', nodes: 20, maxSurge: 2, maxPods: 50 },
      ],
      extraNodes: 0,
      otherIps: 0,
    });
    expect(ok(nodeSubnet(formInput(fields, values({ nodes: '10', maxSurge: '1', pools })), limits)).requiredIps).toBe(1463);
  });

  it('keeps "10%" as text and reads -0 as 0', () => {
    expect(formInput(fields, values({ maxSurge: '10%' }))).toMatchObject({ maxSurge: '10%' });
    expect(numberFromText('-0')).toBe(0);
    expect(Object.is(numberFromText('-0'), -0)).toBe(false);
  });

  it('round-trips rows through the URL, and an old single-pool link still restores', () => {
    const v = values({ pools: poolRowsText([{ name: 'b', nodes: '20', subnet: 'snet-b' }]) });
    expect(queryToValues(fields, valuesToQuery(fields, v))).toEqual(v);
    expect(poolRows(queryToValues(fields, valuesToQuery(fields, v)).pools ?? '')).toEqual([{ name: 'b', nodes: '20', subnet: 'snet-b' }]);
    const old = queryToValues(fields, '?nodes=100&maxSurge=1&extraNodes=0&maxPods=30&otherIps=0');
    expect(ok(nodeSubnet(formInput(fields, old), limits)).requiredIps).toBe(3131);
    expect(poolRows('not json')).toEqual([]);
  });

  it('puts errors of the first pool on its field and the others on the editor, named as the form shows them', () => {
    expect(fieldOfError(fields, 'pools[0].maxPods')).toBe('maxPods');
    expect(fieldOfError(fields, 'pools[2].maxPods')).toBe('pools');
    const grouped = fieldErrors(fields, [
      { field: 'pools[0].maxPods', message: 'pools[0].maxPods: 300 is more than 250' },
      { field: 'pools[1].nodes', message: 'pools[1].nodes: expected a whole number' },
    ]);
    expect(grouped.byField).toEqual({ maxPods: ['maxPods: 300 is more than 250'], pools: ['pool 2, nodes: expected a whole number'] });
  });
});

describe('links keep what they may', () => {
  it('leaves out values longer than a link holds and says which', () => {
    const long = '10.0.0.0/8,'.repeat(1000);
    const cidr = CALCULATOR_SPECS['cidr-check'].fields;
    const r = linkValues(cidr, { ...Object.fromEntries(cidr.map((f) => [f.name, f.example])), peeredCidrs: long });
    expect(long.length).toBeGreaterThan(LINK_VALUE_MAX);
    expect([r.values.peeredCidrs, r.dropped]).toEqual(['', ['peeredCidrs']]);
    expect(valuesToQuery(cidr, r.values).length).toBeLessThan(1000);
  });
});

describe('az aks commands for pools and migrations', () => {
  it('adds az aks nodepool add for every pool after the first, with the autoscaler range and its own subnet', () => {
    const r = ok(nodeSubnet({ pools: [{ nodes: 3, maxPods: 30 }, { name: 'spot', nodes: 10, maxNodes: 20, maxSurge: '33%', maxPods: 30, subnet: 'snet-spot' }] }, limits));
    const [more] = nodepoolAddCommands(r.pools, { nodeSubnetFlag: true });
    expect(more?.command).toBe(
      ['az aks nodepool add', '  --resource-group "$RESOURCE_GROUP"', '  --cluster-name "$CLUSTER_NAME"', '  --name spot', '  --vnet-subnet-id "$SUBNET_SNET_SPOT_ID"', '  --node-count 10', '  --enable-cluster-autoscaler', '  --min-count 10', '  --max-count 20', '  --max-pods 30', '  --max-surge 33%'].join(' \\\n'),
    );
  });

  it('fills a documented command with the values entered', () => {
    expect(fillCommand('az aks update --name <cluster> --resource-group <group> --network-plugin azure --network-plugin-mode overlay [--pod-cidr <new-range>]', { '--pod-cidr': '10.248.0.0/14' })).toBe(
      'az aks update \\\n  --name "$CLUSTER_NAME" \\\n  --resource-group "$RESOURCE_GROUP" \\\n  --network-plugin azure \\\n  --network-plugin-mode overlay \\\n  --pod-cidr 10.248.0.0/14',
    );
    expect(fillCommand('az aks update --name <cluster> [--pod-cidr <new-range>]', {})).toBe('az aks update \\\n  --name "$CLUSTER_NAME"');
  });

  it('kubenet shows az aks update to Overlay with the pod CIDR entered; Overlay the move to Cilium', () => {
    const k = ok(kubenet({ nodes: 120, podCidr: '10.248.0.0/14' }, limits, context));
    expect(k.migrations.map((m) => m.to)).toEqual(['azure-cni-overlay']);
    expect(kubenetFlags(k)?.more.find((m) => /in place/.test(m.title))?.command).toContain('--pod-cidr 10.248.0.0/14');
    expect(ok(kubenet({ nodes: 120 }, limits, context)).migrations[0]?.command).not.toContain('--pod-cidr');
    expect(ok(overlay({ nodes: 10 }, limits, context)).migrations[0]?.command).toContain('--network-dataplane cilium');
    expect(migrationCommands(undefined, 'kubenet')).toEqual([]);
  });
});
