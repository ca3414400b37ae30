import type { Rule } from './rule';

/** An unknown change says what is undocumented; an in-place change says what it reimages or restarts. */
export const settingChangesComplete: Rule = {
  name: 'setting-changes-complete',
  description: 'unknown change states carry a note; in-place and extend-only changes say what they reimage, restart or interrupt',
  check(model, report) {
    for (const s of model.settings) {
      for (const [key, change] of Object.entries(s.data.changes)) {
        if (change.state === 'unknown' && !change.note) report(s, ['changes', key, 'note'], 'state is unknown, so a note must say what the sources leave open');
        if ((change.state === 'in-place' || change.state === 'extend-only') && !change.effect) {
          report(s, ['changes', key, 'effect'], `state is ${change.state}, so effect must say what the change reimages, restarts or interrupts (or that the sources do not say)`);
        }
      }
    }
  },
};
