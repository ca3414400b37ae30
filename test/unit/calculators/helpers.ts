import { expect } from 'vitest';
import type { PlanContext } from '~/calculators/context';
import { loadCalculatorLimits } from '~/calculators/load-limits';
import type { CalculatorResult, CalculatorSuccess } from '~/calculators/types';

/** The real limits from data/limits.yaml, loaded once per test file. */
export const limits = loadCalculatorLimits();

/** Asserts the result computed and returns it typed as a success. */
export function ok<T>(result: CalculatorResult<T>): CalculatorSuccess<T> {
  if (!result.ok) throw new Error(`expected a result, got input errors: ${result.errors.map((e) => e.message).join('; ')}`);
  return result;
}

/** Asserts the result is an input failure and returns the error fields. */
export function errorFields<T>(result: CalculatorResult<T>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => e.field);
}

/** The codes of the findings of one severity. */
export function codes(result: { findings: { code: string; severity: string }[] }, severity?: string): string[] {
  return result.findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);
}

/**
 * A small plugin/engine context with dates that differ from the real data, so tests prove the
 * calculators read dates from the context and not from constants.
 */
export const fixtureContext: PlanContext = {
  today: '2027-01-01',
  plugins: [
    { id: 'kubenet', name: 'kubenet', kind: 'plugin', networkProfile: { networkPlugin: 'kubenet', podSubnet: false, podCidr: '10.244.0.0/16' }, status: { state: 'retiring', retirements: [{ date: '2099-03-31', scope: 'all clusters', sources: ['fixture-kubenet'] }] } },
    { id: 'kubenet-dual-stack', name: 'kubenet dual-stack', kind: 'plugin', networkProfile: { networkPlugin: 'kubenet', podSubnet: false, podCidr: '10.244.0.0/16,fd12:3456:789a::/64' }, status: { state: 'retired', retirements: [{ date: '2025-03-10', scope: 'documentation withdrawn', sources: ['fixture-ds'] }] } },
    { id: 'azure-cni-node-subnet', name: 'Azure CNI Node Subnet', kind: 'plugin', networkProfile: { networkPlugin: 'azure', podSubnet: false }, status: { state: 'ga' } },
    { id: 'azure-cni-pod-subnet-dynamic', name: 'Pod Subnet dynamic', kind: 'plugin', networkProfile: { networkPlugin: 'azure', podSubnet: true, podIpAllocationMode: 'DynamicIndividual' }, status: { state: 'ga' } },
    { id: 'azure-cni-pod-subnet-static-block', name: 'Pod Subnet static block', kind: 'plugin', networkProfile: { networkPlugin: 'azure', podSubnet: true, podIpAllocationMode: 'StaticBlock' }, status: { state: 'ga' } },
    { id: 'azure-cni-overlay', name: 'Azure CNI Overlay', kind: 'plugin', networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay', podSubnet: false, podCidr: '10.244.0.0/16' }, status: { state: 'ga' } },
    { id: 'azure-cni-cilium', name: 'Azure CNI Powered by Cilium', kind: 'dataplane', networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay', networkDataplane: 'cilium', podSubnet: false }, status: { state: 'ga' } },
    { id: 'byo-cni', name: 'Bring your own CNI', kind: 'plugin', networkProfile: { networkPlugin: 'none', podSubnet: false }, status: { state: 'ga' } },
  ],
  policyEngines: [
    { id: 'azure-npm', name: 'Azure NPM', networkPolicy: 'azure', status: { state: 'retiring', retirements: [{ date: '2026-09-30', scope: 'Windows nodes', sources: ['fixture-npm-win'] }, { date: '2098-09-30', scope: 'Linux nodes', sources: ['fixture-npm-linux'] }] } },
    { id: 'calico', name: 'Calico', networkPolicy: 'calico', status: { state: 'ga' } },
    { id: 'cilium', name: 'Cilium', networkPolicy: 'cilium', status: { state: 'ga' } },
  ],
};
