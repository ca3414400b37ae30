import type { Model } from '../model/model';
import { OPERATIONS, POSITIONS, SEVERITIES } from '../schemas';
import { OPERATION_LABELS, SEVERITY_LABELS } from './labels';
import { hasGuidance, POSITION_LABELS } from './positions';
import { SEARCH_TYPES } from './search-records';

/**
 * The facets of the /search/ page and their values, in display order, from the data; the
 * organisation's position is a facet only where the site has guidance files.
 */
export function searchFacets(model: Model): { id: 'type' | 'plugin' | 'severity' | 'operation' | 'position'; label: string; values: string[] }[] {
  return [
    { id: 'type', label: 'Type', values: Object.values(SEARCH_TYPES) },
    { id: 'plugin', label: 'Plugin or engine', values: [...model.plugins.map((p) => p.data.name), ...model.policyEngines.map((e) => e.data.name)] },
    { id: 'severity', label: 'Severity', values: SEVERITIES.map((s) => SEVERITY_LABELS[s]) },
    { id: 'operation', label: 'Error during', values: OPERATIONS.filter((o) => model.errors.some((e) => e.data.operations.includes(o))).map((o) => OPERATION_LABELS[o].word) },
    ...(hasGuidance(model) ? [{ id: 'position' as const, label: 'Position', values: POSITIONS.map((p) => POSITION_LABELS[p]) }] : []),
  ];
}
