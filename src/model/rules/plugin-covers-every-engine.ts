import type { Rule } from './rule';

/** Every plugin states its compatibility with every policy engine. */
export const pluginCoversEveryEngine: Rule = {
  name: 'plugin-covers-every-engine',
  description: 'every plugin has a policyEngines cell for every engine in data/policy-engines/, and none for unknown engines',
  check(model, report) {
    for (const plugin of model.plugins) {
      for (const engine of model.policyEngines) {
        if (!(engine.id in plugin.data.policyEngines)) {
          report(plugin, ['policyEngines'], `plugin "${plugin.id}" says nothing about policy engine "${engine.id}"; add policyEngines.${engine.id}`);
        }
      }
      for (const key of Object.keys(plugin.data.policyEngines)) {
        if (!model.policyEngineById.has(key)) {
          report(plugin, ['policyEngines', key], `"${key}" is not a policy engine in data/policy-engines/`);
        }
      }
    }
  },
};
