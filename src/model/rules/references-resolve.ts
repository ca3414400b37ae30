import type { Rule } from './rule';

/** Every id that points at another entity names one that exists. */
export const referencesResolve: Rule = {
  name: 'references-resolve',
  description: 'plugin, property, engine and glossary ids referenced anywhere exist',
  check(model, report) {
    const term = (id: string) => model.glossaryById.has(id);
    const plugin = (id: string) => model.pluginById.has(id);
    for (const p of model.plugins) {
      p.data.migrations.forEach((m, i) => {
        if (!plugin(m.to)) report(p, ['migrations', i, 'to'], `unknown plugin id "${m.to}"; expected a file name in data/plugins/`);
        if (m.to === p.id) report(p, ['migrations', i, 'to'], 'a plugin cannot migrate to itself');
      });
      p.data.combinesWith?.forEach((id, i) => {
        if (!plugin(id)) report(p, ['combinesWith', i], `unknown plugin id "${id}"; expected a file name in data/plugins/`);
      });
      p.data.glossary.forEach((id, i) => {
        if (!term(id)) report(p, ['glossary', i], `unknown glossary term "${id}"; expected a file name in content/glossary/`);
      });
      p.data.history.forEach((h, i) => {
        if (h.property && !model.propertyById.has(h.property)) report(p, ['history', i, 'property'], `unknown property "${h.property}"; expected an id in data/properties.yaml`);
      });
    }
    for (const e of model.policyEngines) {
      e.data.glossary.forEach((id, i) => {
        if (!term(id)) report(e, ['glossary', i], `unknown glossary term "${id}"; expected a file name in content/glossary/`);
      });
    }
    for (const prop of model.properties) {
      if (prop.data.glossary && !term(prop.data.glossary)) report(prop, ['glossary'], `unknown glossary term "${prop.data.glossary}"; expected a file name in content/glossary/`);
    }
    for (const t of model.glossary) {
      t.data.relatedTerms?.forEach((id, i) => {
        if (!term(id)) report(t, ['relatedTerms', i], `unknown glossary term "${id}"`);
      });
      t.data.relatedPlugins?.forEach((id, i) => {
        if (!plugin(id)) report(t, ['relatedPlugins', i], `unknown plugin id "${id}"; expected a file name in data/plugins/`);
      });
    }
    for (const d of model.decisions) {
      for (const [qid, q] of Object.entries(d.data.questions)) {
        q.glossary?.forEach((id, i) => {
          if (!term(id)) report(d, ['questions', qid, 'glossary', i], `unknown glossary term "${id}"`);
        });
      }
    }
  },
};
