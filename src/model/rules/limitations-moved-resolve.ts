import type { Rule } from './rule';

/**
 * A limitation that moved (`movedTo: <owner>#<id>`) points at a limitation that exists and has not
 * moved on itself, so the old anchor's link lands; a moved limitation is not also lifted.
 */
export const limitationsMovedResolve: Rule = {
  name: 'limitations-moved-resolve',
  description: 'movedTo names an existing plugin or engine limitation that has not moved itself',
  check(model, report) {
    const owners = new Map([...model.plugins, ...model.policyEngines].map((e) => [e.id, e.data.limitations] as const));
    for (const entry of [...model.plugins, ...model.policyEngines]) {
      entry.data.limitations.forEach((limitation, index) => {
        if (!limitation.movedTo) return;
        const path = ['limitations', index, 'movedTo'];
        const [ownerId, targetId] = limitation.movedTo.split('#') as [string, string];
        if (ownerId === entry.id && targetId === limitation.id) {
          report(entry, path, 'points at the limitation itself');
          return;
        }
        const limitations = owners.get(ownerId);
        if (!limitations) {
          report(entry, path, `"${ownerId}" is no plugin or policy engine id`);
          return;
        }
        const target = limitations.find((l) => l.id === targetId);
        if (!target) report(entry, path, `"${ownerId}" has no limitation "${targetId}"`);
        else if (target.movedTo) report(entry, path, `"${limitation.movedTo}" has moved on to "${target.movedTo}"; point at the final place`);
        if (limitation.lifted) report(entry, ['limitations', index, 'lifted'], 'a limitation is either lifted or moved, not both');
      });
    }
  },
};
