/** The IP planning calculators: pure functions of (input, limits, context?) shared by pages, browser scripts and the CLI. */
import { cidrCheck } from './cidr-check';
import { clusterReview } from './cluster-review';
import { compareAll } from './compare-all';
import type { PlanContext } from './context';
import { kubenet } from './kubenet';
import type { CalculatorLimits } from './limits';
import { networkProfile } from './network-profile';
import { nodeSubnet } from './node-subnet';
import { overlay } from './overlay';
import { podSubnetDynamic } from './pod-subnet-dynamic';
import { podSubnetStaticBlock } from './pod-subnet-static-block';
import type { CalculatorResult } from './types';

/** A calculator: validates its raw input itself and never throws. */
export type Calculator = (raw: unknown, limits: CalculatorLimits, context?: PlanContext) => CalculatorResult<object>;

/** Every calculator by its name (the URL segment under /calculators/ and the CLI argument). */
export const CALCULATORS = {
  'node-subnet': nodeSubnet,
  'pod-subnet-dynamic': podSubnetDynamic,
  'pod-subnet-static-block': podSubnetStaticBlock,
  overlay,
  kubenet,
  'cidr-check': cidrCheck,
  'compare-all': compareAll,
  'network-profile': networkProfile,
  'cluster-review': clusterReview,
} satisfies Record<string, Calculator>;

/** Name of a calculator. */
export type CalculatorName = keyof typeof CALCULATORS;

/** The calculator names in display order. */
export const CALCULATOR_NAMES = Object.keys(CALCULATORS) as CalculatorName[];

/** True when the text names a calculator. */
export function isCalculatorName(name: string): name is CalculatorName {
  return Object.hasOwn(CALCULATORS, name);
}

export type { CalculatorLimits } from './limits';
export type { PlanContext } from './context';
export type { CalculatorResult, Finding, InputError, Severity } from './types';
