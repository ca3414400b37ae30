import type { Rule } from './rule';

/** An unknown needs a note saying what is undocumented; a value-kind property needs its value. */
export const cellsAreComplete: Rule = {
  name: 'cells-are-complete',
  description: 'unknown cells carry a note; cells of value-kind properties carry a value unless unknown or no',
  check(model, report) {
    for (const plugin of model.plugins) {
      for (const [key, cell] of Object.entries(plugin.data.properties)) {
        if (cell.support === 'unknown' && !cell.note) {
          report(plugin, ['properties', key, 'note'], 'support is unknown, so a note must say what the sources leave open');
        }
        const property = model.propertyById.get(key);
        if (property?.data.kind === 'value' && cell.value === undefined && cell.support !== 'unknown' && cell.support !== 'no') {
          report(plugin, ['properties', key, 'value'], `property "${key}" is a value property; expected a value (number or short text)`);
        }
      }
      for (const [key, cell] of Object.entries(plugin.data.policyEngines)) {
        if (cell.support === 'unknown' && !cell.note) {
          report(plugin, ['policyEngines', key, 'note'], 'support is unknown, so a note must say what the sources leave open');
        }
      }
    }
  },
};
