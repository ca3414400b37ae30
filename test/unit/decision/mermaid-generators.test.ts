// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { decisionFlowchart, diagramTrail } from '../../../src/generators/mermaid-decision';
import { migrationFlowchart, migrationLabel, type MigrationPlugin } from '../../../src/generators/mermaid-migrations';
import { BOXES, TREE } from './fixtures';

const boxes = BOXES;

describe('decision tree -> Mermaid flowchart', () => {
  it('parses in Mermaid', async () => {
    const { source } = decisionFlowchart(TREE, { boxes, summary: 'Ends on 4 configurations.' });
    await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('is deterministic, whatever order the questions are written in', () => {
    const reordered = { ...TREE, questions: Object.fromEntries(Object.entries(TREE.questions).reverse()) };
    const a = decisionFlowchart(TREE, { boxes }).source;
    expect(decisionFlowchart(TREE, { boxes }).source).toBe(a);
    expect(decisionFlowchart(reordered, { boxes }).source).toBe(a);
  });

  it('escapes quotes, hashes, angle brackets and pipes in labels', () => {
    const { source } = decisionFlowchart(TREE, { boxes });
    expect(source).toContain('Q_first("Do you need #quot;quotes#quot; and<br>[brackets]?")');
    expect(source).toContain('-->|"No #124; pipe"| Q_second');
    expect(source).toContain('#lt;tags#gt;<br>#amp; ampersands?');
    expect(source).toContain('#96;backticks#96;');
    expect(source).toContain('"Alpha, #35;1"');
    expect(source).toContain('O_shared_z(["Gamma #lt;policy#gt;"])');
    // No raw quote survives inside a label: every label is one "..." pair.
    for (const line of source.split('\n').filter((l) => /^\s+[QPOD]_\w+[(\s]/.test(l) && !l.includes(' click '))) {
      expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
    }
  });

  it('sets accTitle and accDescr on one line each', () => {
    const { source } = decisionFlowchart(TREE, { boxes, summary: 'Ends on 4 configurations.' });
    expect(source).toMatch(/^flowchart TD\n {2}accTitle: Pick a "plugin" \[test\]\n {2}accDescr: A fixture with .* 3 questions\. Ends on 4 configurations\.\n/);
  });

  it('gives every ending answer its own pill, linked where the box has a page', () => {
    const { source, nodeIds } = decisionFlowchart(TREE, { boxes });
    expect(nodeIds['o:shared:x']).toBe('O_shared_x');
    expect(nodeIds['o:shared:y']).toBe('O_shared_y');
    expect(source).toContain('Q_shared -->|"End on azure"| O_shared_x');
    expect(source).toContain('click O_second_b href "/plugins/alpha/" "Open the page: Alpha #quot;A#quot; · no engine"');
    expect(source).not.toContain('click O_shared_x');
    expect(source).toMatch(/class O_shared_x,O_shared_y,O_shared_z,O_second_b outcome/);
  });

  it('routes an answer that decides a part and goes on through a decision pill', () => {
    const { source, nodeIds } = decisionFlowchart(TREE, { boxes });
    expect(nodeIds['d:first:yes']).toBe('D_first_yes');
    expect(source).toContain('Q_first -->|"Yes (with parentheses)"| D_first_yes');
    expect(source).toContain('D_first_yes --> Q_shared');
    expect(source).toContain('D_first_yes(["Beta (B) plugin"])');
    expect(source).toContain('class D_first_yes,D_second_a decision');
    // An answer that decides nothing goes straight to the next question.
    expect(source).toContain('Q_first -->|"No #124; pipe"| Q_second');
  });

  it('fails loudly when an ending answer has no box', () => {
    const { 'shared:z': _gone, ...missing } = BOXES;
    expect(() => decisionFlowchart(TREE, { boxes: missing })).toThrow('shared:z');
  });

  it('traces a path through questions, decision pills and the end pill', () => {
    const { nodeIds } = decisionFlowchart(TREE, { boxes });
    const trail = diagramTrail(TREE, nodeIds, [
      { question: 'first', answer: 'yes' },
      { question: 'shared', answer: 'z' },
    ]);
    expect(trail.nodes).toEqual(['Q_first', 'D_first_yes', 'Q_shared', 'O_shared_z']);
    expect(trail.edges).toEqual([
      ['Q_first', 'D_first_yes'],
      ['D_first_yes', 'Q_shared'],
      ['Q_shared', 'O_shared_z'],
    ]);
    expect(diagramTrail(TREE, nodeIds, [{ question: 'first', answer: 'no' }]).nodes).toEqual(['Q_first', 'Q_second']);
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
