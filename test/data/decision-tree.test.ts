import { describe, expect, it } from 'vitest';
import { decideData, decisionBoxes, decisionOutline } from '../../src/generators/decision-page';
import { allPaths, composePath, formatPath, outcomeKey, parsePath, pathState, questionOrder } from '../../src/generators/decision-tree';
import { checkData, dataLocations, formatIssue, type Model } from '../../src/model';
import { decisionPathsSound } from '../../src/model/rules/decision-paths-sound';
import { decisionTreesSound } from '../../src/model/rules/decision-trees-sound';
import { CALCULATOR_SPECS } from '../../src/generators/calculators/specs';

const { model, issues } = checkData(dataLocations());
const m = model as Model;
const entry = m.decisions.find((d) => d.id === 'choose-network-plugin')!;
const tree = entry.data;
const answers = Object.entries(tree.questions).flatMap(([qid, q]) => q.answers.map((a) => ({ qid, ...a })));
const paths = allPaths(tree).map((steps) => ({ steps, path: composePath(tree, steps) }));
const outcomeOf = (query: string) => composePath(tree, parsePath(tree, query)).outcome;

/** The path of reader task 4: a new cluster with Windows node pools, network policy and pods reachable from on-premises. */
const WINDOWS_POLICY_ON_PREM = 'starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:yes,windows-pod-ips:yes,windows-policy:calico';

describe('data/decisions/choose-network-plugin.yaml', () => {
  it('passes the schema, the decision-trees-sound rule and the decision-paths-sound rule', () => {
    expect(issues.filter((i) => i.file.includes('decisions/')).map(formatIssue)).toEqual([]);
    const found: string[] = [];
    for (const rule of [decisionTreesSound, decisionPathsSound]) rule.check(m, (_e, p, message) => found.push(`${p.join('.')}: ${message}`));
    expect(found).toEqual([]);
  });

  it('ends every path on a whole configuration of current parts, never kubenet', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const { steps, path } of paths) {
      const where = formatPath(steps);
      expect(pathState(tree, steps).kind, where).toBe('end');
      const { ipMode, dataplane, networkPolicy } = path.outcome;
      expect([ipMode, dataplane, networkPolicy].every((p) => p !== undefined), where).toBe(true);
      expect(ipMode, where).not.toMatch(/^kubenet/);
      for (const part of [m.pluginById.get(ipMode!), m.policyEngineById.get(networkPolicy!)]) {
        if (part) expect(['ga', 'preview'], `${where}: ${part.id}`).toContain(part.data.status.state);
      }
    }
  });

  it('can end on every current IP mode that has a place in new designs, on both dataplanes and with each current engine', () => {
    const outcomes = paths.map((p) => p.path.outcome);
    expect([...new Set(outcomes.map((o) => o.ipMode))].sort()).toEqual(
      ['azure-cni-node-subnet', 'azure-cni-overlay', 'azure-cni-pod-subnet-dynamic', 'azure-cni-pod-subnet-static-block', 'byo-cni'].sort(),
    );
    expect([...new Set(outcomes.map((o) => o.dataplane))].sort()).toEqual(['azure', 'cilium', 'none']);
    expect([...new Set(outcomes.map((o) => o.networkPolicy))].sort()).toEqual(['calico', 'cilium', 'none']);
  });

  it('recommends a Windows-capable engine for Windows + network policy + pods reachable from on-premises, with --network-policy in the command', () => {
    const outcome = outcomeOf(WINDOWS_POLICY_ON_PREM);
    expect(outcome).toMatchObject({ ipMode: 'azure-cni-pod-subnet-dynamic', dataplane: 'azure', networkPolicy: 'calico' });
    const engine = m.policyEngineById.get(outcome.networkPolicy!)!;
    expect(['yes', 'partial']).toContain(engine.data.capabilities['windows-nodes'].support);
    const data = decideData(m, entry, {});
    const view = data.outcomes[outcomeKey(outcome)]!;
    expect(view.command).toMatch(/--network-policy calico\b/);
    expect(view.command).not.toContain('--network-dataplane');
    expect(view.configuration).toBe('azure-cni-pod-subnet-dynamic');
    // The IP mode's list is the one for the Azure dataplane: its Cilium-only L7 limits are left out.
    expect(view.parts).toEqual(['plugin:azure-cni-pod-subnet-dynamic@azure', 'engine:calico']);
    expect(data.parts['plugin:azure-cni-pod-subnet-dynamic@azure']!.limitations.map((l) => l.id)).not.toContain('l7-policy-limits');
    expect(data.parts['engine:calico']!.limitations.map((l) => l.id)).toContain('windows-server-2025-not-documented');
  });

  it('never ends a path that requires Windows on the Cilium dataplane or without an engine after network policy', () => {
    for (const { steps, path } of paths) {
      const ids = path.requirements.map((r) => r.id);
      if (ids.includes('windows-nodes')) expect(path.outcome.dataplane, formatPath(steps)).not.toBe('cilium');
      if (ids.includes('network-policy')) expect(path.outcome.networkPolicy, formatPath(steps)).not.toBe('none');
    }
  });

  it('asks every requirement that changes the outcome somewhere in the tree', () => {
    const stated = new Set(answers.flatMap((a) => [...(a.requires ?? []), ...(a.waives ?? [])]));
    for (const id of [
      'new-cluster',
      'support-scope',
      'windows-nodes',
      'network-policy',
      'fqdn-filtering',
      'l7-policy',
      'encryption',
      'pods-routable-from-vnet',
      'pod-ip-visible-outside',
      'virtual-nodes',
      'dual-stack',
      'private-link-service',
      'app-gateway-for-containers',
    ]) {
      expect(stated.has(id), id).toBe(true);
    }
    expect(answers.some((a) => a.scale?.nodes), 'a scale requirement').toBe(true);
    expect(answers.filter((a) => a.findOut).length, '"not sure" answers').toBeGreaterThanOrEqual(3);
  });

  it('keeps the answer ids that /decide/?path= links in reviews and guides use', () => {
    for (const link of [
      'starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:no,dual-stack:no,policy:l3-l4',
      'starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:yes,windows-pod-ips:yes',
      'starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:yes,flat-ip-space:plenty,flat-scale:yes,flat-private-link:no',
      'starting-point:new,cni-ownership:own,byo-app-gateway:no',
      'starting-point:kubenet,kubenet-goal:same',
      'starting-point:kubenet,kubenet-goal:growth',
      'starting-point:kubenet,kubenet-goal:cilium',
      'starting-point:kubenet,kubenet-goal:pod-ips',
    ]) {
      expect(formatPath(parsePath(tree, link)), link).toBe(link);
    }
  });

  it('cites sources for every answer and resolves every glossary link', () => {
    for (const a of answers) expect(a.sources?.length ?? 0, `${a.qid}:${a.id}`).toBeGreaterThan(0);
    for (const [qid, q] of Object.entries(tree.questions)) for (const g of q.glossary ?? []) expect(m.glossaryById.has(g), `${qid} -> ${g}`).toBe(true);
  });

  it('covers the topics an architecture review asks about', () => {
    const text = Object.values(tree.questions)
      .map((q) => `${q.text} ${q.help ?? ''} ${q.answers.map((a) => `${a.label} ${a.rationale}`).join(' ')}`)
      .join(' ');
    for (const topic of [/Windows/, /on-premises/, /scarce/, /400 nodes/, /1,000 nodes/, /5,000/, /network policy/i, /FQDN/, /L7/, /WireGuard/, /flow logs/, /virtual nodes/i, /Application Gateway for Containers/, /bring your own CNI/i, /dual-stack/i, /kubenet/, /2028-03-31/, /2026-09-30/]) {
      expect(text, String(topic)).toMatch(topic);
    }
  });

  it('calculator inputs of answers name fields a calculator reads', () => {
    const fields = new Set(Object.values(CALCULATOR_SPECS).flatMap((s) => s.fields.map((f) => f.name)));
    const hinted = answers.filter((a) => a.calculatorInputs);
    expect(hinted.length).toBeGreaterThan(0);
    for (const a of hinted) for (const field of Object.keys(a.calculatorInputs!)) expect(fields.has(field), `${a.qid}:${a.id} ${field}`).toBe(true);
  });
});

describe('what /decide/ embeds for the real tree', () => {
  const data = decideData(m, entry, {});

  it('has every question, and one outcome for every distinct configuration a path ends on', () => {
    expect(Object.keys(data.questions)).toEqual(questionOrder(tree));
    expect(Object.keys(data.outcomes).sort()).toEqual([...new Set(paths.map((p) => outcomeKey(p.path.outcome)))].sort());
    for (const o of Object.values(data.outcomes)) {
      expect(o.command, o.key).toMatch(/^az aks create/);
      expect(Object.keys(CALCULATOR_SPECS)).toContain(o.calculator.name);
      expect(o.rows.map((r) => r.label)).toEqual(['IP mode', 'Dataplane', 'Network policy', 'IP families', 'Configuration']);
      for (const part of o.parts) expect(data.parts[part], `${o.key} ${part}`).toBeDefined();
      if (o.networkPolicy !== 'none') expect(o.command, o.key).toContain(`--network-policy ${o.networkPolicy}`);
      if (o.ipFamilies === 'ipv4-ipv6') expect(o.command, o.key).toContain('--ip-families ipv4,ipv6');
      if (o.dataplane === 'cilium') expect(o.command, o.key).toContain('--network-dataplane cilium');
    }
  });

  it('names the configuration id from data/configurations where one exists, else the plugin id', () => {
    const overlayCilium = data.outcomes[outcomeKey(outcomeOf('starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:no,dual-stack:no,policy:l3-l4,encryption:no'))]!;
    expect(overlayCilium.configuration).toBe('azure-cni-overlay-cilium-dataplane');
    const staticBlock = data.outcomes[outcomeKey(outcomeOf('starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:yes,flat-ip-space:plenty,flat-scale:yes,flat-private-link:no,policy:none,observability:no'))]!;
    expect(staticBlock.configuration).toBe('azure-cni-pod-subnet-static-block');
  });

  it('links limitations to anchors that exist in the plugin and engine data', () => {
    for (const part of Object.values(data.parts)) {
      for (const l of part.limitations) {
        const [, kind, id, anchor] = l.href.match(/^\/(plugins|policy-engines)\/([^/]+)\/#(.+)$/)!;
        const entity = kind === 'plugins' ? m.pluginById.get(id!) : m.policyEngineById.get(id!);
        expect(entity!.data.limitations.some((x) => x.id === anchor), l.href).toBe(true);
      }
    }
  });

  it('gives the kubenet paths their documented migration', () => {
    const same = data.migrations['kubenet|azure-cni-overlay|azure']!;
    expect(same.newCluster).toBe(false);
    expect(same.steps[0]!.command).toContain('--network-plugin-mode overlay');
    expect(data.migrations['kubenet|azure-cni-overlay|cilium']!.steps.map((s) => s.command)).toEqual([expect.stringContaining('overlay'), expect.stringContaining('--network-dataplane cilium')]);
    expect(data.migrations['kubenet|azure-cni-pod-subnet-dynamic|azure']!.newCluster).toBe(true);
  });

  it('writes every question once in the outline, and every end of a path says what it ends on', () => {
    const seen: string[] = [];
    const walk = (q: ReturnType<typeof decisionOutline>) => {
      seen.push(q.id);
      for (const a of q.answers) {
        if (a.leadsTo.kind === 'question') walk(a.leadsTo);
        if (a.leadsTo.kind === 'end') expect(a.leadsTo.label, `${q.id}:${a.id}`).not.toBe('');
      }
    };
    walk(decisionOutline(m, tree));
    expect(seen.sort()).toEqual(questionOrder(tree).sort());
    const boxes = decisionBoxes(m, tree);
    expect(boxes['windows-policy:calico']).toMatchObject({ label: 'Azure dataplane · Calico policy', href: '/policy-engines/calico/', partial: true });
    expect(boxes['byo-app-gateway:no']).toMatchObject({ label: 'BYO CNI · no policy engine', href: '/plugins/byo-cni/' });
  });
});
