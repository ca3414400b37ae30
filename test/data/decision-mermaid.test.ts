// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { treeDiagram } from '../../src/generators/decision-page';
import { migrationFlowchart } from '../../src/generators/mermaid-migrations';
import { dataLocations, loadModel } from '../../src/model';

const model = loadModel(dataLocations());

describe('the generated Mermaid for the real data parses in Mermaid', () => {
  it.each(model.decisions.map((d) => d.id))('decision tree %s', async (id) => {
    const tree = model.decisions.find((d) => d.id === id)!;
    const { source } = treeDiagram(model, tree);
    await expect(mermaid.parse(source), id).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('migration paths between the plugins', async () => {
    const { source, edges } = migrationFlowchart(model.plugins);
    expect(edges.length).toBe(model.plugins.reduce((n, p) => n + p.data.migrations.filter((x) => model.pluginById.has(x.to)).length, 0));
    await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });
});
