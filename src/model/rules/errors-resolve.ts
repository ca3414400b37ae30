import { isCalculatorName } from '../../calculators';
import type { Rule } from './rule';

/**
 * Every id an error names exists: the limitations (owner and id), settings, plugins, the calculator and
 * the sources of `seenIn`.
 */
export const errorsResolve: Rule = {
  name: 'errors-resolve',
  description: 'errors name existing limitations, settings, plugins, calculators and seenIn sources',
  check(model, report) {
    for (const e of model.errors) {
      e.data.limitations.forEach((ref, i) => {
        const owner = model.pluginById.get(ref.owner) ?? model.policyEngineById.get(ref.owner);
        if (!owner) {
          report(e, ['limitations', i, 'owner'], `unknown plugin or policy engine "${ref.owner}"; expected a file name in data/plugins/ or data/policy-engines/`);
        } else if (!owner.data.limitations.some((l) => l.id === ref.id)) {
          report(e, ['limitations', i, 'id'], `"${ref.owner}" has no limitation "${ref.id}"; expected one of its limitation ids`);
        }
      });
      e.data.settings.forEach((id, i) => {
        if (!model.settingById.has(id)) report(e, ['settings', i], `unknown setting "${id}"; expected a file name in data/settings/`);
      });
      e.data.plugins?.forEach((id, i) => {
        if (!model.pluginById.has(id)) report(e, ['plugins', i], `unknown plugin id "${id}"; expected a file name in data/plugins/`);
      });
      if (e.data.calculator && !isCalculatorName(e.data.calculator.name)) {
        report(e, ['calculator', 'name'], `unknown calculator "${e.data.calculator.name}"; expected a name under /calculators/`);
      }
      e.data.seenIn?.forEach((id, i) => {
        if (!model.sourceById.has(id)) report(e, ['seenIn', i], `unknown source id "${id}"; add the thread to data/sources.yaml`);
      });
    }
  },
};
