import { describe, expect, it } from 'vitest';
import { comparedPlugin } from '../../../src/generators/comparison';
import { comparedOptions } from '../../../src/generators/configuration';
import { decideData } from '../../../src/generators/decision-page';
import { decisionPathsExport } from '../../../src/generators/decision-paths';
import { endPositions, outcomePositions } from '../../../src/generators/decision-positions';
import { decisionRecord, type DecisionRecordInput } from '../../../src/generators/decision-record';
import { matrixPositionCellHtml } from '../../../src/generators/matrix-position-html';
import { matrixPositions } from '../../../src/generators/matrix-positions';
import { positionRank } from '../../../src/generators/positions';
import { dataLocations, loadModel } from '../../../src/model';
import { allPaths, composePath, outcomeKey } from '../../../src/model/decision-walk';
import { GUIDANCE_AS_OF as AS_OF, guidanceData } from '../../support/guidance-model';

/**
 * The wave-2 surfaces of an organisation's positions, from the real data with the fixture guidance
 * (test/fixtures/guidance/): the comparison's position row, the chooser's outcomes, outline and
 * record, and decision-paths.json. The real data alone (no guidance file) gives none of them.
 */
const { model } = guidanceData();
const bare = loadModel(dataLocations());
const tree = model.decisions.find((d) => d.id === 'choose-network-plugin')!;
const columns = (m: typeof model) => comparedOptions(m).map((o) => comparedPlugin(m, o, AS_OF));
/** The first path of the chooser that ends on this configuration id. */
const pathTo = (configuration: string) => allPaths(tree.data).find((steps) => outcomeConfig(steps) === configuration)!;
const outcomeConfig = (steps: ReturnType<typeof allPaths>[number]) => {
  const o = composePath(tree.data, steps).outcome;
  const id = `${o.ipMode}-${o.dataplane}-dataplane`;
  return model.configurationById.has(id) ? id : o.ipMode;
};

describe('the comparison\'s position row', () => {
  it('gives every column its position, a stricter part\'s position, the link to the rationale and the rank', () => {
    const cols = columns(model);
    const row = matrixPositions(model, cols, AS_OF)!;
    expect(row.heading).toBe('Contoso platform team’s position');
    const cell = (id: string) => row.cells[cols.findIndex((c) => c.id === id)]!;
    expect(cell('kubenet')).toMatchObject({ own: { position: 'prohibited', overdue: true }, parts: [], href: '/plugins/kubenet/#position', rank: positionRank('prohibited') });
    expect(cell('azure-cni-pod-subnet-dynamic-cilium-dataplane')).toMatchObject({
      parts: [{ role: 'IP mode', position: { position: 'exception' } }],
      href: '/configurations/azure-cni-pod-subnet-dynamic-cilium-dataplane/#position',
      rank: positionRank('exception'),
    });
    expect(cell('azure-cni-pod-subnet-dynamic-cilium-dataplane').own).toBeUndefined();
    expect(cell('byo-cni')).toEqual({ rank: positionRank(undefined), parts: [] });
  });

  it('a cell reads its position as a word, says "Review overdue", and marks its part\'s position in its class', () => {
    const cols = columns(model);
    const row = matrixPositions(model, cols, AS_OF)!;
    const html = (id: string) => matrixPositionCellHtml(row.cells[cols.findIndex((c) => c.id === id)]!, false);
    expect(html('kubenet')).toMatch(/^<td class="fm-m fm-m-pos fm-m-pos--prohibited" data-position="prohibited"><a class="fm-m__open" href="\/plugins\/kubenet\/#position" title="kubenet: Route tables/);
    expect(html('kubenet')).toContain('<span class="fm-m__val">Prohibited</span><span class="fm-position-overdue" data-overdue>Review overdue</span>');
    expect(html('azure-cni-pod-subnet-dynamic-cilium-dataplane')).toContain('class="fm-m fm-m-pos fm-m-pos--none fm-m-pos--part-exception"');
    expect(html('azure-cni-pod-subnet-dynamic-cilium-dataplane')).toContain('IP mode: By exception');
    expect(matrixPositionCellHtml(row.cells[cols.findIndex((c) => c.id === 'byo-cni')]!, true)).toBe('<td class="fm-m fm-m-pos fm-m-pos--none" data-position="none" hidden><span class="fm-m__val">No position</span></td>');
  });

  it('is absent without guidance files', () => {
    expect(matrixPositions(bare, columns(bare), AS_OF)).toBeUndefined();
  });
});

describe('the chooser\'s outcomes', () => {
  it('a configuration\'s own position comes first, then its parts\' and the engine\'s, each with its role', () => {
    const outcome = composePath(tree.data, pathTo('azure-cni-pod-subnet-static-block-cilium-dataplane')).outcome;
    expect(outcomePositions(model, outcome, AS_OF).map((p) => `${p.role}: ${p.position.subject.id} ${p.position.position}`)).toEqual([
      'Configuration: azure-cni-pod-subnet-static-block-cilium-dataplane prohibited',
    ]);
    const dynamic = composePath(tree.data, pathTo('azure-cni-pod-subnet-dynamic-cilium-dataplane')).outcome;
    expect(outcomePositions(model, dynamic, AS_OF).map((p) => `${p.role}: ${p.position.subject.id} ${p.position.position}`)).toEqual(['IP mode: azure-cni-pod-subnet-dynamic exception']);
  });

  it('an outcome on the Azure dataplane with Calico carries the engine\'s position from the second organisation', () => {
    const steps = allPaths(tree.data).find((s) => {
      const o = composePath(tree.data, s).outcome;
      return o.ipMode === 'azure-cni-pod-subnet-dynamic' && o.dataplane === 'azure' && o.networkPolicy === 'calico';
    })!;
    const roles = outcomePositions(model, composePath(tree.data, steps).outcome, AS_OF).map((p) => `${p.role}: ${p.position.organisation} ${p.position.position}`);
    expect(roles).toEqual(['IP mode: Contoso platform team exception', 'Network policy: Contoso security office allowed']);
  });

  it('the page data holds each position once and every outcome its references; without guidance none', () => {
    const data = decideData(model, tree, {}, AS_OF);
    const key = outcomeKey(composePath(tree.data, pathTo('azure-cni-pod-subnet-static-block-cilium-dataplane')).outcome);
    expect(data.outcomes[key]!.positions).toEqual([{ role: 'Configuration', subject: 'configuration:azure-cni-pod-subnet-static-block-cilium-dataplane' }]);
    expect(data.guidance!.positions['configuration:azure-cni-pod-subnet-static-block-cilium-dataplane']).toMatchObject({ position: 'prohibited', owner: 'platform-network@contoso.example' });
    for (const outcome of Object.values(data.outcomes)) for (const ref of outcome.positions ?? []) expect(data.guidance!.positions[ref.subject], ref.subject).toBeDefined();
    const none = decideData(bare, bare.decisions.find((d) => d.id === tree.id)!, {}, AS_OF);
    expect(none.guidance).toBeUndefined();
    expect(Object.values(none.outcomes).some((o) => 'positions' in o)).toBe(false);
    // Without a date the page data has no positions either (the guides' diagrams use it so).
    expect(decideData(model, tree, {}).guidance).toBeUndefined();
  });

  it('the outline marks the ends of paths with the restricting positions, "partial" where the parts decided earlier differ', () => {
    const ends = endPositions(model, tree.data, AS_OF);
    const restricted = Object.values(ends).flatMap((e) => e.positions.map((p) => p.position.position));
    expect(new Set(restricted)).toEqual(new Set(['exception', 'prohibited']));
    const prohibited = Object.entries(ends).filter(([, e]) => e.positions.some((p) => p.position.subject.id === 'azure-cni-pod-subnet-static-block-cilium-dataplane'));
    expect(prohibited.length).toBeGreaterThan(0);
    // The pod subnet modes are decided before the policy question, so those ends are partial.
    expect(prohibited.every(([, e]) => e.partial)).toBe(true);
    expect(endPositions(bare, tree.data, AS_OF)).toEqual({});
  });

  it('decision-paths.json marks every path\'s positions, with the restricted flag, as of the date', () => {
    const exported = decisionPathsExport(model, AS_OF);
    const withProhibited = exported.paths.filter((p) => p.outcome.positions?.some((x) => x.position === 'prohibited'));
    expect(withProhibited.length).toBeGreaterThan(0);
    expect(withProhibited.every((p) => p.outcome.configuration === 'azure-cni-pod-subnet-static-block-cilium-dataplane')).toBe(true);
    expect(withProhibited[0]!.outcome.positions![0]).toMatchObject({
      role: 'Configuration',
      subject: 'configuration:azure-cni-pod-subnet-static-block-cilium-dataplane',
      restricted: true,
      owner: 'platform-network@contoso.example',
      links: [{ title: 'Network standard NS-12', url: 'https://standards.contoso.example/network/ns-12' }],
      url: '/configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/',
    });
    expect(decisionPathsExport(bare, AS_OF).paths.some((p) => 'positions' in p.outcome)).toBe(false);
  });
});

describe('the decision record with positions', () => {
  const data = decideData(model, tree, {}, AS_OF);
  const steps = pathTo('azure-cni-pod-subnet-static-block-cilium-dataplane');
  const outcome = data.outcomes[outcomeKey(composePath(tree.data, steps).outcome)]!;
  const input: DecisionRecordInput = {
    origin: 'https://intranet.contoso.example',
    pathUrl: '/aks-field-manual/decide/?path=x:y',
    date: '2026-12-01',
    title: data.title,
    description: data.description,
    lastVerified: data.lastVerified,
    steps: [],
    outcome,
    parts: outcome.parts.map((k) => data.parts[k]!),
    requirements: [],
    waived: [],
    findOut: [],
    calculatorUrl: '/aks-field-manual/calculators/pod-subnet-static-block/',
    guidance: { heading: 'Contoso platform team’s position', positions: outcomePositions(model, composePath(tree.data, steps).outcome, AS_OF) },
  };

  it('states the conflict in the status, warns, and lists each position with owner, review date and links', () => {
    const record = decisionRecord(input);
    expect(record).toContain('- Status: proposed; conflicts with a prohibited position (see below)');
    expect(record).toContain('## Contoso platform team’s position');
    expect(record).toContain('> **Prohibited:** Configuration Azure CNI Pod Subnet (static block) with the Cilium dataplane must not be used. Owner: platform-network@contoso.example.');
    expect(record).toContain(
      '- Contoso platform team: **Prohibited**. Configuration: [Azure CNI Pod Subnet (static block) with the Cilium dataplane](https://intranet.contoso.example/configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/) must not be used.',
    );
    expect(record).toContain('Owner: platform-network@contoso.example; review by 2027-06-30. See [Network standard NS-12](https://standards.contoso.example/network/ns-12).');
    // The positions come after the decision and before the context.
    expect(record.indexOf('## Contoso platform team’s position')).toBeGreaterThan(record.indexOf('## Decision'));
    expect(record.indexOf('## Contoso platform team’s position')).toBeLessThan(record.indexOf('## Context'));
  });

  it('without guidance the record has no position section and a plain status', () => {
    const { guidance: _guidance, ...plain } = input;
    const record = decisionRecord(plain);
    expect(record).toContain('- Status: proposed\n');
    expect(record).not.toContain('’s position');
    expect(record).not.toContain('Prohibited');
  });
});
