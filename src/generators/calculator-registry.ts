/**
 * Build-time registry: for each calculator, its view and flags functions. Browser scripts import their
 * own calculator-<name>-view.ts instead, so a page does not bundle the other seven.
 */
import type { CalculatorName } from '../calculators';
import type { CalculatorResult } from '../calculators/types';
import { nodeSubnetFlags, nodeSubnetView } from './calculator-node-subnet-view';
import { podSubnetDynamicFlags, podSubnetDynamicView } from './calculator-pod-subnet-dynamic-view';
import { podSubnetStaticBlockFlags, podSubnetStaticBlockView } from './calculator-pod-subnet-static-block-view';
import { overlayFlags, overlayView } from './calculator-overlay-view';
import { kubenetFlags, kubenetView } from './calculator-kubenet-view';
import { cidrCheckFlags, cidrCheckView } from './calculator-cidr-check-view';
import { compareAllFlags, compareAllView } from './calculator-compare-all-view';
import { networkProfileFlags, networkProfileView } from './calculator-network-profile-view';
import type { SourceLookup } from './calculator-findings';
import type { FlagsView } from './calculator-flags';
import type { ResultView } from './calculator-view';

/** The presentation functions of one calculator, typed loosely so the registry can hold all eight. */
export interface CalculatorPresenter {
  view: (result: CalculatorResult<object>, sources: SourceLookup) => ResultView;
  flags: (result: CalculatorResult<object>) => FlagsView | null;
}

type AnyView = CalculatorPresenter['view'];
type AnyFlags = CalculatorPresenter['flags'];

/** View and flags functions by calculator name. */
export const PRESENTERS: Record<CalculatorName, CalculatorPresenter> = {
  'node-subnet': { view: nodeSubnetView as AnyView, flags: nodeSubnetFlags as AnyFlags },
  'pod-subnet-dynamic': { view: podSubnetDynamicView as AnyView, flags: podSubnetDynamicFlags as AnyFlags },
  'pod-subnet-static-block': { view: podSubnetStaticBlockView as AnyView, flags: podSubnetStaticBlockFlags as AnyFlags },
  overlay: { view: overlayView as AnyView, flags: overlayFlags as AnyFlags },
  kubenet: { view: kubenetView as AnyView, flags: kubenetFlags as AnyFlags },
  'cidr-check': { view: cidrCheckView as AnyView, flags: cidrCheckFlags as AnyFlags },
  'compare-all': { view: compareAllView as AnyView, flags: compareAllFlags as AnyFlags },
  'network-profile': { view: networkProfileView as AnyView, flags: networkProfileFlags as AnyFlags },
};
