import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_NAMES, CALCULATORS } from '~/calculators';
import { findingViews, splitCitation } from '~/generators/calculators/findings';
import { formInput } from '~/generators/calculators/form';
import { calculatorMarkdown } from '~/generators/calculators/markdown';
import { calculatorPageView } from '~/generators/calculators/page';
import { PRESENTERS } from '~/generators/calculators/registry';
import { CALCULATOR_SPECS } from '~/generators/calculators/specs';
import { limits } from './helpers';
import { context, sources } from './view-support';

const metricValue = (view: { metrics: { key: string; value: string }[] }, key: string) => view.metrics.find((m) => m.key === key)?.value;

describe('splitCitation', () => {
  it('takes the trailing source ids off the message and keeps its full stop', () => {
    expect(splitCitation('A /21 or larger (source: aks-ip-planning, azure-vnet-faq).')).toEqual({ text: 'A /21 or larger.', ids: ['aks-ip-planning', 'azure-vnet-faq'] });
    expect(splitCitation('No citation here.')).toEqual({ text: 'No citation here.', ids: [] });
  });

  it('resolves ids to links, keeps unknown ids as text and lists errors first', () => {
    const views = findingViews(
      [
        { code: 'a', severity: 'info', message: 'Info (source: nope).' },
        { code: 'b', severity: 'error', message: 'Bad.', sources: ['aks-ip-planning'] },
      ],
      sources,
    );
    expect(views.map((v) => [v.code, v.severityLabel])).toEqual([['b', 'Error'], ['a', 'Info']]);
    expect(views[0]?.sources[0]?.url).toMatch(/^https:\/\//);
    expect(views[1]?.sources).toEqual([{ id: 'nope' }]);
  });
});

describe('the worked example of every calculator computes at build time', () => {
  it.each(CALCULATOR_NAMES)('%s', (name) => {
    const page = calculatorPageView(name, limits, context, sources);
    expect(page.result.ok).toBe(true);
    expect(page.result.summary).not.toMatch(/NaN|undefined|null/);
    expect(page.flags?.command).toMatch(/^az aks create/);
    expect(page.fields.every((f) => f.errors.length === 0)).toBe(true);
    expect(page.dataJson).not.toMatch(/<\/script/i);
    expect(JSON.parse(page.dataJson).fields.map((f: { name: string }) => f.name)).toEqual(CALCULATOR_SPECS[name].fields.map((f) => f.name));
  });

  it('node-subnet: 50 nodes, the default 10% surge, 30 max pods -> 1,705 IPs, /21, with --max-pods 30 in the flags', () => {
    const page = calculatorPageView('node-subnet', limits, context, sources);
    expect([metricValue(page.result, 'requiredIps'), metricValue(page.result, 'minimumPrefix')]).toEqual(['1,705', '/21']);
    expect(page.flags?.command).toContain('--max-pods 30');
    expect(page.cli).toBe(`npm run --silent plan -- node-subnet --json '{"nodes":50,"extraNodes":0,"maxPods":30,"otherIps":0}'`);
  });

  it('pod-subnet-static-block: max pods 32 -> 3 blocks, 15 wasted, with a warning finding', () => {
    const page = calculatorPageView('pod-subnet-static-block', limits, context, sources);
    expect([metricValue(page.result, 'blocksPerNode'), metricValue(page.result, 'wastedIps')]).toEqual(['3', '15']);
    expect(page.result.findings.find((f) => f.code === 'static-block-waste')?.severityLabel).toBe('Warning');
  });

  it('overlay: the default /16 pod CIDR has room for 256 nodes', () => {
    expect(metricValue(calculatorPageView('overlay', limits, context, sources).result, 'podCidrNodeSlots')).toBe('256');
  });

  it('kubenet: a /27 node subnet holds the 20-node example, and the retirement is flagged with a linked source', () => {
    const page = calculatorPageView('kubenet', limits, context, sources);
    expect(page.result.findings.some((f) => f.code === 'subnet-too-small')).toBe(false);
    const retiring = page.result.findings.find((f) => f.code === 'retiring');
    expect(retiring?.text).toMatch(/2028-03-31/);
    expect(retiring?.sources[0]?.url).toMatch(/^https:\/\//);
  });

  it('cidr-check: a 172.16.0.0/12 pod CIDR shows the reserved-range error next to the field', () => {
    const spec = CALCULATOR_SPECS['cidr-check'];
    const values = { ...Object.fromEntries(spec.fields.map((f) => [f.name, f.example])), podCidr: '172.16.0.0/12' };
    const page = calculatorPageView('cidr-check', limits, context, sources, { values });
    expect(page.result.findings.find((f) => f.code === 'reserved-range')?.field).toBe('podCidr');
  });

  it('network-profile: names kubenet and Azure NPM, and links their pages', () => {
    const page = calculatorPageView('network-profile', limits, context, sources);
    expect(metricValue(page.result, 'plugin')).toBe('kubenet');
    expect(page.result.links.map((l) => l.href)).toContain('/plugins/kubenet/');
    expect(page.flags?.command).toContain('--network-plugin kubenet');
  });

  it('bad input gives inline messages by field and a result without numbers', () => {
    const page = calculatorPageView('node-subnet', limits, context, sources, { values: { nodes: 'abc', maxSurge: '1', extraNodes: '', maxPods: '2.5', otherIps: '', subnet: '' } });
    expect(page.result.ok).toBe(false);
    expect(page.result.metrics).toEqual([]);
    expect(page.result.summary).toMatch(/^No result: 2 inputs need fixing/);
    expect(page.fields.find((f) => f.name === 'nodes')?.errors[0]).toMatch(/^nodes: expected a whole number, got string "abc"/);
    expect(page.fields.find((f) => f.name === 'maxPods')?.errors[0]).toMatch(/^maxPods: expected a whole number, got 2.5/);
    expect(page.flags).toBeNull();
  });
});

describe('views never show NaN, undefined or a blank, whatever is typed', () => {
  // Typed text is quoted back in messages, so the generator types no NaN or Infinity itself.
  const typed = fc.oneof(fc.string(), fc.integer({ min: -5, max: 100_000 }).map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.constantFrom('', '10.0.0.0/16', '10.0.0.10', 'fd00::/64', '172.16.0.0/12', '1e400', '0', '5000', 'true', '{"networkPlugin":"azure"}'));
  it.each(CALCULATOR_NAMES)('%s', (name) => {
    const spec = CALCULATOR_SPECS[name];
    fc.assert(
      fc.property(fc.array(typed, { minLength: spec.fields.length, maxLength: spec.fields.length }), (texts) => {
        const values = Object.fromEntries(spec.fields.map((f, i) => [f.name, texts[i] ?? '']));
        const result = CALCULATORS[name](formInput(spec.fields, values), limits, context);
        const view = PRESENTERS[name].view(result, sources);
        const shown = [view.summary, ...view.metrics.flatMap((m) => [m.label, m.value, m.detail ?? '-']), ...view.findings.map((f) => f.text), ...view.tables.flatMap((t) => t.rows.flat().map((c) => c.text))];
        expect(shown.every((s) => s.trim() !== '' && !/\bNaN\b|\bundefined\b/.test(s))).toBe(true);
        // Messages may quote what was typed (JSON 1e400 reads as Infinity); computed numbers never are.
        expect(view.metrics.every((m) => !/Infinity/.test(m.value))).toBe(true);
        const md = calculatorMarkdown({ title: spec.title, url: 'https://example.test/calculators/x/', fields: spec.fields, values, view, flags: PRESENTERS[name].flags(result) });
        expect(md).not.toMatch(/\bNaN\b|\bundefined\b/);
      }),
      { numRuns: 60 },
    );
  });
});
