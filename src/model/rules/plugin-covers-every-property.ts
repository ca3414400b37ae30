import type { Rule } from './rule';

/** Every plugin has exactly one cell per catalog property: a missing cell would read as "no". */
export const pluginCoversEveryProperty: Rule = {
  name: 'plugin-covers-every-property',
  description: 'every plugin has a cell for every non-derived property in data/properties.yaml, and none for unknown or derived properties',
  check(model, report) {
    for (const plugin of model.plugins) {
      for (const property of model.properties) {
        if (property.data.derivedFrom) {
          if (property.id in plugin.data.properties) {
            report(plugin, ['properties', property.id], `property "${property.id}" is computed from ${property.data.derivedFrom}; remove this cell and edit that field instead`);
          }
          continue;
        }
        if (!(property.id in plugin.data.properties)) {
          report(plugin, ['properties'], `plugin "${plugin.id}" has no value for property "${property.id}"; add properties.${property.id} with support yes|partial|no|unknown and sources`);
        }
      }
      for (const key of Object.keys(plugin.data.properties)) {
        if (!model.propertyById.has(key)) {
          report(plugin, ['properties', key], `"${key}" is not a property in data/properties.yaml; fix the id or add the property to the catalog`);
        }
      }
    }
  },
};
