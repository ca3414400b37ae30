import { slugify } from '../../generators/slug';
import type { Entry } from '../read';
import type { Rule } from './rule';

/**
 * A name a reader types must lead to one place. Names and aliases may not collide across plugins,
 * policy engines and glossary terms (case-insensitive), except between entities that share an id:
 * the glossary term `kubenet` and the plugin `kubenet` describe the same thing.
 */
export const aliasesUnique: Rule = {
  name: 'aliases-unique',
  description: 'names and aliases lead to one place: no collisions between entities with different ids',
  check(model, report) {
    const owners = new Map<string, { id: string; label: string }>();
    const claim = (entry: Entry<unknown>, kind: string, name: string, path: (string | number)[]) => {
      const key = name.trim().toLowerCase();
      const label = `${kind} "${entry.id}"`;
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { id: entry.id, label });
      } else if (owner.label === label) {
        report(entry, path, `"${name}" is listed twice for ${label}`);
      } else if (owner.id !== entry.id) {
        report(entry, path, `"${name}" is already a name or alias of ${owner.label}; every name must lead to one place`);
      }
    };
    // Own names first, so an alias that clashes with a name is the one reported.
    for (const p of model.plugins) claim(p, 'plugin', p.data.name, ['name']);
    for (const c of model.configurations) claim(c, 'configuration', c.data.name, ['name']);
    for (const e of model.policyEngines) claim(e, 'policy engine', e.data.name, ['name']);
    for (const t of model.glossary) claim(t, 'glossary term', t.data.title, ['title']);
    for (const p of model.plugins) p.data.aliases.forEach((a, i) => claim(p, 'plugin', a, ['aliases', i]));
    for (const c of model.configurations) c.data.aliases.forEach((a, i) => claim(c, 'configuration', a, ['aliases', i]));
    for (const e of model.policyEngines) e.data.aliases.forEach((a, i) => claim(e, 'policy engine', a, ['aliases', i]));
    for (const t of model.glossary) t.data.aliases.forEach((a, i) => claim(t, 'glossary term', a, ['aliases', i]));
    // Glossary names also become URLs (/glossary/<slug>/), which must not collide either.
    const slugOwner = new Map(model.glossary.map((t) => [t.id, t.id]));
    for (const t of model.glossary) {
      [t.data.title, ...t.data.aliases].forEach((name, i) => {
        const slug = slugify(name);
        const owner = slugOwner.get(slug);
        if (owner && owner !== t.id) report(t, i === 0 ? ['title'] : ['aliases', i - 1], `"${name}" would get the URL /glossary/${slug}/, which belongs to glossary term "${owner}"`);
        else slugOwner.set(slug, t.id);
      });
    }
  },
};
