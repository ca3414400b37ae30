import { configurationId, dataplanePlugin } from '../configurations';
import type { Rule } from './rule';

/**
 * A configuration names an IP mode and a dataplane that combine, carries the id they give it, and
 * overrides only catalog properties and engines that exist; every catalog property says which part
 * decides it.
 */
export const configurationsResolve: Rule = {
  name: 'configurations-resolve',
  description: 'configurations pair an existing IP mode with a dataplane that combines with it, under the id <ipMode>-<dataplane>-dataplane; properties say what decides them',
  check(model, report) {
    for (const property of model.properties) {
      if (!property.data.derivedFrom && !property.data.decidedBy) {
        report(property, ['decidedBy'], 'expected ip-mode, dataplane or both: which part of a configuration decides this property');
      }
    }
    for (const config of model.configurations) {
      const { ipMode, dataplane } = config.data;
      const plugin = model.pluginById.get(ipMode);
      if (!plugin) report(config, ['ipMode'], `unknown plugin id "${ipMode}"; expected a file name in data/plugins/`);
      else if (plugin.data.kind !== 'plugin') report(config, ['ipMode'], `"${ipMode}" is a dataplane; expected a plugin of kind plugin (an IP mode)`);
      const expected = configurationId(ipMode, dataplane);
      if (config.id !== expected) report(config, [], `a configuration of ${ipMode} on the ${dataplane} dataplane must be named ${expected}.yaml`);
      if (model.pluginById.has(config.id)) report(config, [], `id "${config.id}" is also a plugin id; ?plugins= links would be ambiguous`);
      if (dataplane !== 'azure') {
        const dp = dataplanePlugin(model, dataplane);
        if (!dp) report(config, ['dataplane'], `no plugin of kind dataplane has networkProfile.networkDataplane ${dataplane}`);
        else if (plugin && !dp.data.combinesWith?.includes(ipMode)) report(config, ['ipMode'], `${dp.id} does not list ${ipMode} in combinesWith`);
      }
      // The IP mode files describe both dataplanes ("kube-proxy with the Azure dataplane; replaced by
      // Cilium with the Cilium dataplane"), so on the Azure dataplane the configuration states each of them.
      if (dataplane === 'azure') {
        for (const property of model.properties) {
          if (property.data.decidedBy === 'dataplane' && !config.data.cells[property.id]) {
            report(config, ['cells', property.id], `on the Azure dataplane a configuration gives its own cell for every property the dataplane decides; "${property.id}" is missing`);
          }
        }
      }
      for (const key of Object.keys(config.data.cells)) {
        const property = model.propertyById.get(key);
        if (!property) report(config, ['cells', key], `unknown property "${key}"; expected an id in data/properties.yaml`);
        else if (property.data.derivedFrom) report(config, ['cells', key], `property "${key}" is derived from ${property.data.derivedFrom}; it takes no cell`);
      }
      for (const key of Object.keys(config.data.policyEngines ?? {})) {
        if (!model.policyEngineById.has(key)) report(config, ['policyEngines', key], `unknown policy engine "${key}"; expected a file name in data/policy-engines/`);
      }
    }
  },
};
