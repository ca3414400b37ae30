import { describe, expect, it } from 'vitest';
import { decideData, decisionOutline, defaultPairing } from '../../src/generators/decision-page';
import { allPaths, outcomeOrder, pathState, questionOrder } from '../../src/generators/decision-tree';
import { checkData, dataLocations, formatIssue, type Model } from '../../src/model';
import { decisionTreesSound } from '../../src/model/rules/decision-trees-sound';
import { CALCULATOR_SPECS } from '../../src/generators/calculators/specs';

const { model, issues } = checkData(dataLocations());
const m = model as Model;
const entry = m.decisions.find((d) => d.id === 'choose-network-plugin')!;
const tree = entry.data;
const answers = Object.entries(tree.questions).flatMap(([qid, q]) => q.answers.map((a) => ({ qid, ...a })));

describe('data/decisions/choose-network-plugin.yaml', () => {
  it('passes the schema and the decision-trees-sound rule', () => {
    expect(issues.filter((i) => i.file.includes('decisions/')).map(formatIssue)).toEqual([]);
    const found: string[] = [];
    decisionTreesSound.check(m, (_e, p, message) => found.push(`${p.join('.')}: ${message}`));
    expect(found).toEqual([]);
  });

  it('ends every path in a current plugin: never kubenet, nothing retiring or retired', () => {
    for (const path of allPaths(tree)) {
      const end = pathState(tree, path);
      expect(end.kind).toBe('outcome');
      const plugin = m.pluginById.get(end.id)!;
      expect(['ga', 'preview'], `${end.id} (${plugin.data.status.state})`).toContain(plugin.data.status.state);
    }
    expect(outcomeOrder(tree)).not.toContain('kubenet');
  });

  it('can end in every current plugin that has a place in new designs', () => {
    expect(outcomeOrder(tree).sort()).toEqual(
      ['azure-cni-cilium', 'azure-cni-node-subnet', 'azure-cni-overlay', 'azure-cni-pod-subnet-dynamic', 'azure-cni-pod-subnet-static-block', 'byo-cni'].sort(),
    );
  });

  it('cites sources for every answer and resolves every glossary link', () => {
    for (const a of answers) expect(a.sources?.length ?? 0, `${a.qid}:${a.id}`).toBeGreaterThan(0);
    for (const [qid, q] of Object.entries(tree.questions)) for (const g of q.glossary ?? []) expect(m.glossaryById.has(g), `${qid} -> ${g}`).toBe(true);
  });

  it('covers the topics an architecture review asks about', () => {
    const text = Object.values(tree.questions)
      .map((q) => `${q.text} ${q.help ?? ''} ${q.answers.map((a) => `${a.label} ${a.rationale}`).join(' ')}`)
      .join(' ');
    for (const topic of [
      /Windows/,
      /on-premises/,
      /scarce/,
      /400 nodes/,
      /1,000 nodes/,
      /5,000/,
      /network policy/i,
      /FQDN/,
      /L7/,
      /flow logs/,
      /virtual nodes/i,
      /Application Gateway for Containers/,
      /bring your own CNI/i,
      /dual-stack/i,
      /kubenet/,
      /2028-03-31/,
    ]) {
      expect(text, String(topic)).toMatch(topic);
    }
  });

  it('says an outcome of Cilium means Overlay with Cilium where it recommends it for a new cluster', () => {
    const pairing = defaultPairing(m, m.pluginById.get('azure-cni-cilium')!);
    expect(pairing?.id).toBe('azure-cni-overlay');
    const cilium = answers.filter((a) => a.outcome === 'azure-cni-cilium');
    expect(cilium.length).toBeGreaterThan(0);
    expect(cilium.some((a) => /Overlay/.test(a.rationale))).toBe(true);
  });

  it('calculator inputs of answers name fields a calculator reads', () => {
    const fields = new Set(Object.values(CALCULATOR_SPECS).flatMap((s) => s.fields.map((f) => f.name)));
    const hinted = Object.entries(tree.questions).flatMap(([qid, q]) => q.answers.filter((a) => a.calculatorInputs).map((a) => ({ key: `${qid}:${a.id}`, inputs: a.calculatorInputs! })));
    expect(hinted.length).toBeGreaterThan(0);
    for (const { key, inputs } of hinted) for (const field of Object.keys(inputs)) expect(fields.has(field), `${key} ${field}`).toBe(true);
  });
});

describe('what /decide/ embeds for the real tree', () => {
  const data = decideData(m, entry, {});

  it('has every question and every outcome, with limitations to check and a calculator', () => {
    expect(Object.keys(data.questions)).toEqual(questionOrder(tree));
    for (const o of Object.values(data.outcomes)) {
      expect(o.limitations.length, o.id).toBeGreaterThan(0);
      expect(o.limitations.every((l) => l.severity !== 'info')).toBe(true);
      expect(Object.keys(CALCULATOR_SPECS)).toContain(o.calculator.name);
      expect(o.snippet).toMatch(/^az aks create/);
    }
    expect(data.outcomes['azure-cni-cilium']!.calculator.name).toBe('overlay');
    expect(data.outcomes['azure-cni-cilium']!.title).toContain('Azure CNI Overlay');
  });

  it('links limitations to anchors that exist in the plugin data', () => {
    for (const o of Object.values(data.outcomes)) {
      for (const l of o.limitations) {
        const [, pluginId, anchor] = l.href.match(/^\/plugins\/([^/]+)\/#(.+)$/)!;
        expect(m.pluginById.get(pluginId!)!.data.limitations.some((x) => x.id === anchor), l.href).toBe(true);
      }
    }
  });

  it('writes every question once in the outline', () => {
    const seen: string[] = [];
    const walk = (q: ReturnType<typeof decisionOutline>) => {
      seen.push(q.id);
      for (const a of q.answers) if (a.leadsTo.kind === 'question') walk(a.leadsTo);
    };
    walk(decisionOutline(m, tree));
    expect(seen.sort()).toEqual(questionOrder(tree).sort());
  });
});
