/**
 * Build-time registry: for each calculator, its view and flags functions. Browser scripts import their
 * own views/<name>.ts instead, so a page does not bundle the others.
 */
import type { CalculatorName } from '../../calculators';
import type { CalculatorResult } from '../../calculators/types';
import { nodeSubnetFlags, nodeSubnetView } from './views/node-subnet';
import { podSubnetDynamicFlags, podSubnetDynamicView } from './views/pod-subnet-dynamic';
import { podSubnetStaticBlockFlags, podSubnetStaticBlockView } from './views/pod-subnet-static-block';
import { overlayFlags, overlayView } from './views/overlay';
import { kubenetFlags, kubenetView } from './views/kubenet';
import { cidrCheckFlags, cidrCheckView } from './views/cidr-check';
import { compareAllFlags, compareAllView } from './views/compare-all';
import { networkProfileFlags, networkProfileView } from './views/network-profile';
import { clusterReviewFlags, clusterReviewView } from './views/cluster-review';
import type { SourceLookup } from './findings';
import type { FlagsView } from './flags';
import type { ResultView } from './view';

/** The presentation functions of one calculator, typed loosely so the registry can hold them all. */
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
  'cluster-review': { view: clusterReviewView as AnyView, flags: clusterReviewFlags as AnyFlags },
};
