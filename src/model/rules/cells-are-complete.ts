import type { Rule } from './rule';

/** An unknown needs a note saying what is undocumented; a value-kind property needs its value. */
export const cellsAreComplete: Rule = {
  name: 'cells-are-complete',
  description: 'unknown cells carry a note; cells of value-kind properties carry a value unless unknown or no',
  check(model, report) {
    const owners = [
      ...model.plugins.map((p) => ({ entry: p, field: 'properties', cells: p.data.properties, engines: p.data.policyEngines })),
      ...model.configurations.map((c) => ({ entry: c, field: 'cells', cells: c.data.cells, engines: c.data.policyEngines ?? {} })),
    ];
    for (const { entry: plugin, field, cells, engines } of owners) {
      for (const [key, cell] of Object.entries(cells)) {
        if (cell.support === 'unknown' && !cell.note) {
          report(plugin, [field, key, 'note'], 'support is unknown, so a note must say what the sources leave open');
        }
        const property = model.propertyById.get(key);
        if (property?.data.kind === 'value' && cell.value === undefined && cell.support !== 'unknown' && cell.support !== 'no') {
          report(plugin, [field, key, 'value'], `property "${key}" is a value property; expected a value (number or short text)`);
        }
      }
      for (const [key, cell] of Object.entries(engines)) {
        if (cell.support === 'unknown' && !cell.note) {
          report(plugin, ['policyEngines', key, 'note'], 'support is unknown, so a note must say what the sources leave open');
        }
      }
    }
  },
};
