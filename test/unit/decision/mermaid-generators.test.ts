// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { decisionFlowchart } from '../../../src/generators/mermaid-decision';
import { migrationFlowchart, migrationLabel, type MigrationPlugin } from '../../../src/generators/mermaid-migrations';
import { NAMES, TREE } from './fixtures';

const outcomeName = (id: string) => NAMES[id]!;

describe('decision tree -> Mermaid flowchart', () => {
  it.each(['leaf', 'shared'] as const)('parses in Mermaid (%s outcome boxes)', async (outcomes) => {
    const { source } = decisionFlowchart(TREE, { outcomeName, outcomes });
    await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('is deterministic, whatever order the questions are written in', () => {
    const reordered = { ...TREE, questions: Object.fromEntries(Object.entries(TREE.questions).reverse()) };
    const a = decisionFlowchart(TREE, { outcomeName }).source;
    expect(decisionFlowchart(TREE, { outcomeName }).source).toBe(a);
    expect(decisionFlowchart(reordered, { outcomeName }).source).toBe(a);
  });

  it('escapes quotes, hashes, angle brackets and pipes in labels', () => {
    const { source } = decisionFlowchart(TREE, { outcomeName });
    expect(source).toContain('Q_first("Do you need #quot;quotes#quot; and<br>[brackets]?")');
    expect(source).toContain('-->|"No #124; pipe"| Q_second');
    expect(source).toContain('#lt;tags#gt;<br>#amp; ampersands?');
    expect(source).toContain('#96;backticks#96;');
    expect(source).toContain('"Alpha, #35;1"');
    // No raw quote survives inside a label: every label is one "..." pair.
    for (const line of source.split('\n').filter((l) => /^\s+[QPO]_\w+[(\s]/.test(l) && !l.includes(' click '))) {
      expect(line.match(/"/g)!.length % 2, line).toBe(0);
    }
  });

  it('sets accTitle and accDescr on one line each', () => {
    const { source } = decisionFlowchart(TREE, { outcomeName });
    expect(source).toMatch(/^flowchart TD\n {2}accTitle: Pick a "plugin" \[test\]\n {2}accDescr: A fixture with .* 3 questions lead to 2 possible plugins: Beta \(B\) plugin, Alpha "A" plugin\.\n/);
  });

  it('gives every ending answer its own outcome box that links to the plugin page', () => {
    const { source, nodeIds } = decisionFlowchart(TREE, { outcomeName });
    expect(nodeIds['o:shared:x']).toBe('O_shared_x');
    expect(nodeIds['o:shared:y']).toBe('O_shared_y');
    expect(source).toContain('O_shared_y(["Beta (B) plugin"])');
    expect(source).toContain('click O_shared_y href "/plugins/beta/" "Open the Beta (B) plugin page"');
    expect(source).toContain('click O_second_b href "/plugins/alpha/" "Open the Alpha #quot;A#quot; plugin page"');
    expect(source).toMatch(/class O_shared_x,O_shared_y,O_shared_z,O_second_b outcome/);
  });

  it('shares one box per plugin in shared mode, joining answer labels on one arrow', () => {
    const { source, nodeIds } = decisionFlowchart(TREE, { outcomeName, outcomes: 'shared', outcomeHref: (id) => `https://x.test/p/${id}` });
    expect(nodeIds['p:beta']).toBe('P_beta');
    expect(source).toContain('Q_shared -->|"End in beta / Also<br>beta"| P_beta');
    expect(source).toContain('click P_beta href "https://x.test/p/beta"');
  });
});

const plugins: MigrationPlugin[] = [
  {
    id: 'old',
    data: {
      name: 'Old "legacy" plugin',
      shortName: 'Old',
      status: { state: 'retiring', retirements: [{ date: '2028-03-31', scope: 'all', sources: ['s'] }], sources: ['s'] },
      migrations: [
        { to: 'new', method: 'in-place', reversible: false, summary: 'S.', constraints: ['One.', 'Two.'], sources: ['s'] },
        { to: 'elsewhere', method: 'new-cluster', reversible: false, summary: 'Not in the list.', constraints: [], sources: ['s'] },
      ],
    },
  },
  {
    id: 'new',
    data: {
      name: 'New [v2] plugin',
      shortName: 'New',
      status: { state: 'ga', sources: ['s'] },
      migrations: [{ to: 'old', method: 'new-node-pool', reversible: true, summary: 'Back.', constraints: ['Only one.'], sources: ['s'] }],
    },
  },
  { id: 'alone', data: { name: 'Alone', shortName: 'Alone', status: { state: 'ga', sources: ['s'] }, migrations: [] } },
] as MigrationPlugin[];

describe('plugin migrations -> Mermaid flowchart', () => {
  it('parses in Mermaid', async () => {
    await expect(mermaid.parse(migrationFlowchart(plugins).source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('labels arrows with method, reversibility and the number of constraints', () => {
    expect(migrationLabel({ method: 'in-place', reversible: false, constraints: ['a', 'b'] })).toBe('in place · one-way · 2 constraints');
    expect(migrationLabel({ method: 'new-node-pool', reversible: true, constraints: ['a'] })).toBe('new node pool · reversible · 1 constraint');
    expect(migrationLabel({ method: 'new-cluster', reversible: false, constraints: [] })).toBe('new cluster · one-way');
    const { source } = migrationFlowchart(plugins);
    expect(source).toContain('P_old -->|"in place · one-way · 2 constraints"| P_new');
    expect(source).toContain('P_new -->|"new node pool · reversible · 1<br>constraint"| P_old');
  });

  it('leaves out plugins without a path and targets that are not plugins, and marks retiring ones', () => {
    const { source, edges } = migrationFlowchart(plugins);
    expect(edges.map((e) => `${e.from}->${e.to}`)).toEqual(['old->new', 'new->old']);
    expect(source).not.toContain('Alone');
    expect(source).not.toContain('elsewhere');
    expect(source).toContain('class P_old retiring');
    expect(source).toContain('P_old("Old #quot;legacy#quot; plugin")');
    expect(source).toContain('click P_new href "/plugins/new/#migrations"');
  });

  it('is deterministic', () => {
    expect(migrationFlowchart(plugins).source).toBe(migrationFlowchart(plugins).source);
  });

  it('rejects broken source, so the parse tests above mean something', async () => {
    await expect(mermaid.parse('flowchart TD\n  A["unclosed] --> B')).rejects.toThrow();
  });
});
