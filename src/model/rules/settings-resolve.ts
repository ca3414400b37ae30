import type { Rule } from './rule';

/** The key of a setting's `changes` map that applies to every plugin without its own entry. */
export const DEFAULT_CHANGE_KEY = 'default';

/**
 * Every id a setting names exists (plugins and configurations in `changes`, its property and glossary
 * term), and every setting id that limitations and migrations name exists.
 */
export const settingsResolve: Rule = {
  name: 'settings-resolve',
  description: 'settings name existing plugins, configurations, properties and terms; limitations and migrations name existing settings',
  check(model, report) {
    for (const s of model.settings) {
      for (const key of Object.keys(s.data.changes)) {
        if (key !== DEFAULT_CHANGE_KEY && !model.pluginById.has(key) && !model.configurationById.has(key)) {
          report(s, ['changes', key], `unknown plugin or configuration "${key}"; expected a file name in data/plugins/ or data/configurations/, or "${DEFAULT_CHANGE_KEY}"`);
        }
      }
      if (s.data.property && !model.propertyById.has(s.data.property)) report(s, ['property'], `unknown property "${s.data.property}"; expected an id in data/properties.yaml`);
      if (s.data.glossary && !model.glossaryById.has(s.data.glossary)) report(s, ['glossary'], `unknown glossary term "${s.data.glossary}"; expected a file name in content/glossary/`);
    }
    const setting = (id: string) => model.settingById.has(id);
    for (const owner of [...model.plugins, ...model.policyEngines]) {
      owner.data.limitations.forEach((l, i) => {
        if (l.setting && !setting(l.setting)) report(owner, ['limitations', i, 'setting'], `unknown setting "${l.setting}"; expected a file name in data/settings/`);
      });
    }
    for (const p of model.plugins) {
      p.data.migrations.forEach((m, i) => {
        m.settings?.forEach((id, j) => {
          if (!setting(id)) report(p, ['migrations', i, 'settings', j], `unknown setting "${id}"; expected a file name in data/settings/`);
        });
      });
    }
  },
};
