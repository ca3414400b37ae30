import { describe, expect, it } from 'vitest';
import { comparisonView, pairView, pluginPairs } from '../../../src/generators/comparison';
import { comparedOptionById } from '../../../src/generators/configuration';
import { configurationPageView } from '../../../src/generators/configuration-page';
import { comparisonCsv, modelExport } from '../../../src/generators/exports';
import { matrixView } from '../../../src/generators/matrix';
import { loadModel, type Model } from '../../../src/model';
import { withConfiguration } from '../../support/configuration-fixture';

const AS_OF = '2026-12-04';
const CONFIG = 'alpha-cilium-dataplane';
/** The fixture: plugins alpha and beta, the dataplane cilia, and alpha on cilia. */
const model: Model = loadModel(withConfiguration().locations);

describe('configurations as columns', () => {
  it('the comparison has a column per plugin and per configuration, each linking to its own page', () => {
    const view = comparisonView(model, AS_OF);
    expect(view.plugins.map((p) => [p.id, p.kind, p.path])).toEqual(
      expect.arrayContaining([
        ['alpha', 'plugin', '/plugins/alpha/'],
        [CONFIG, 'configuration', `/configurations/${CONFIG}/`],
      ]),
    );
    expect(view.plugins).toHaveLength(model.plugins.length + model.configurations.length);
  });

  it('pair pages cover configurations too, ids in alphabetical order', () => {
    const slugs = pluginPairs(model).map((p) => p.slug);
    expect(slugs).toContain('alpha-vs-beta');
    expect(slugs).toContain(`alpha-vs-${CONFIG}`);
    expect(slugs).toContain(`${CONFIG}-vs-cilia`);
    for (const p of pluginPairs(model)) expect(p.a.id < p.b.id).toBe(true);
  });

  it('a pair of a plugin and its configuration lists the shared part\'s limitations once, for both sides, after the part only one side has', () => {
    const options = comparedOptionById(model);
    const view = pairView(model, options.get('alpha')!, options.get(CONFIG)!, AS_OF);
    expect(view.limitations.map((l) => [l.plugin.id, l.sides])).toEqual([
      ['cilia', ['Alpha + Cilia']],
      ['alpha', ['Alpha', 'Alpha + Cilia']],
    ]);
    // Windows: alpha says yes, the dataplane no, so the configuration says no and the row differs.
    expect(view.differences.map((r) => r.id)).toContain('windows-nodes');
  });

  it('exports carry the configuration: JSON with parts, URL and each cell\'s basis; CSV with a column', () => {
    const data = modelExport(model, AS_OF, 'https://manual.example/');
    const config = data.configurations.find((c) => c.id === CONFIG)!;
    expect(config.url).toBe(`https://manual.example/configurations/${CONFIG}/`);
    expect(config.parts).toEqual({ ipMode: 'alpha', dataplane: 'cilia' });
    expect(config.cells['windows-nodes']).toMatchObject({ support: 'no', basis: 'both' });
    expect(config.cells['max-nodes']).toMatchObject({ text: '5,000', basis: 'ip-mode' });
    expect(config.cells['status']).toMatchObject({ basis: 'derived' });
    expect(config.limitations.map((l) => l.url)).toContain('https://manual.example/plugins/alpha/#first-limit');
    const header = comparisonCsv(model, AS_OF).split('\r\n')[0]!.split(',');
    expect(header).toContain(CONFIG);
  });
});

describe('the compact matrix', () => {
  const view = matrixView(model, AS_OF);

  it('selects the plugins by default and leaves configurations for the reader to add', () => {
    expect(view.columns.filter((c) => c.selected).map((c) => c.id)).toEqual(model.plugins.map((p) => p.id));
    expect(view.columns.find((c) => c.id === CONFIG)?.selected).toBe(false);
  });

  it('a cell a configuration takes unchanged from its IP mode shares the IP mode\'s note', () => {
    const row = view.categories.flatMap((c) => c.rows).find((r) => r.id === 'max-nodes')!;
    const col = (id: string) => view.columns.findIndex((c) => c.id === id);
    expect(row.cells[col(CONFIG)]!.note).toBe(row.cells[col('alpha')]!.note);
    const note = view.notes[row.cells[col('alpha')]!.note! - 1]!;
    expect(note.columns).toEqual(expect.arrayContaining(['alpha', CONFIG]));
  });

  it('numbers notes from 1 in reading order of the columns shown by default, then the others\' notes; each once; every cited source once', () => {
    expect(view.notes.map((n) => n.number)).toEqual(view.notes.map((_, i) => i + 1));
    const seen = (shown: boolean) =>
      view.categories.flatMap((c) => c.rows.flatMap((r) => r.cells.filter((_, i) => view.columns[i]!.selected === shown).map((cell) => cell.note))).filter((n): n is number => n !== undefined);
    const firstShown = [...new Set(seen(true))];
    expect(firstShown).toEqual(firstShown.map((_, i) => i + 1));
    const onlyAdded = [...new Set(seen(false))].filter((n) => !firstShown.includes(n));
    expect(onlyAdded).toEqual(onlyAdded.map((_, i) => firstShown.length + i + 1));
    expect(firstShown.length + onlyAdded.length).toBe(view.notes.length);
    const cited = new Set(view.notes.flatMap((n) => n.sources.map((s) => s.id)));
    expect(view.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
  });
});

describe('a configuration page', () => {
  const view = configurationPageView(model, model.configurationById.get(CONFIG)!, AS_OF);

  it('names both parts and says where each cell comes from', () => {
    expect(view.parts.map((p) => [p.role, p.path])).toEqual([
      ['IP mode', '/plugins/alpha/'],
      ['Dataplane', '/plugins/cilia/'],
    ]);
    const origin = (id: string) => view.categories.flatMap((c) => c.rows).find((r) => r.id === id)!.origin;
    expect(origin('windows-nodes')).toBe('both');
    expect(origin('max-nodes')).toBe('ip-mode');
    expect(origin('status')).toBe('derived');
  });

  it('lists every flag of both parts, the limitations of both, and its pair pages', () => {
    expect(view.flags.map((f) => [f.flag, f.from])).toEqual([
      ['--network-plugin', 'Alpha'],
      ['--network-dataplane', 'Cilia'],
    ]);
    expect(view.snippets.cli).toContain('--network-dataplane cilium');
    expect(view.limitations.map((l) => [l.part.id, l.items.map((i) => i.id)])).toEqual([
      ['alpha', ['first-limit']],
      ['cilia', []],
    ]);
    expect(view.pairs.map((p) => p.slug).sort()).toEqual([`${CONFIG}-vs-cilia`, `alpha-vs-${CONFIG}`, `${CONFIG}-vs-beta`].sort());
  });
});
