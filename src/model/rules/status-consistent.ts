import type { Rule } from './rule';

/** A retiring or retired status carries its dates; a dataplane names what it combines with. */
export const statusConsistent: Rule = {
  name: 'status-consistent',
  description: 'retiring and retired entities list retirement dates; dataplanes list the plugins they combine with',
  check(model, report) {
    for (const entry of [...model.plugins, ...model.policyEngines]) {
      const status = entry.data.status;
      if ((status.state === 'retiring' || status.state === 'retired') && !status.retirements?.length) {
        report(entry, ['status', 'retirements'], `state is ${status.state}, so expected at least one retirement with date, scope and sources`);
      }
    }
    for (const p of model.plugins) {
      if (p.data.kind === 'dataplane' && !p.data.combinesWith?.length) {
        report(p, ['combinesWith'], 'kind is dataplane, so expected the ids of the plugins it combines with');
      }
      if (p.data.kind === 'plugin' && p.data.combinesWith?.length) {
        report(p, ['combinesWith'], 'only a dataplane lists combinesWith; set kind: dataplane or remove the list');
      }
    }
  },
};
