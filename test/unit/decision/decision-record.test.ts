import { describe, expect, it } from 'vitest';
import type { DecideOutcome, DecidePart } from '../../../src/generators/decision-outcome';
import { decisionRecord, mdText, mdUrl, type DecisionRecordInput } from '../../../src/generators/decision-record';

const outcome: DecideOutcome = {
  key: 'beta|azure|gamma|ipv4|',
  configuration: 'beta-azure-dataplane',
  title: 'Beta [plugin] on the Azure dataplane, with Gamma | policy',
  plugin: 'beta',
  dataplane: 'azure',
  networkPolicy: 'gamma',
  ipFamilies: 'ipv4',
  summary: 'Beta does *things*.',
  rows: [
    { label: 'IP mode', value: 'Beta [plugin]', href: '/plugins/beta/' },
    { label: 'Dataplane', value: 'Azure (iptables and kube-proxy)' },
    { label: 'Network policy', value: 'Gamma | engine', href: '/policy-engines/gamma/' },
    { label: 'IP families', value: 'IPv4' },
    { label: 'Configuration', value: 'beta-azure-dataplane', code: true },
  ],
  parts: ['plugin:beta', 'engine:gamma'],
  command: 'az aks create \\\n  --network-plugin azure \\\n  --network-policy gamma',
  calculator: { name: 'overlay', title: 'Azure CNI Overlay calculator', fields: ['nodes'] },
  lastVerified: '2026-02-02',
  evidence: {
    'windows-nodes': [
      { part: 'Beta [plugin]', support: 'yes' },
      { part: 'Gamma | engine', support: 'partial', note: 'Windows Server 2022 only' },
    ],
    'network-policy': [{ part: 'Gamma | engine', support: 'yes' }],
  },
};

const parts: DecidePart[] = [
  {
    key: 'plugin:beta',
    role: 'IP mode',
    name: 'Beta [plugin]',
    href: '/plugins/beta/',
    limitations: [
      { id: 'no-windows', title: 'No Windows [pools]', severity: 'blocker', href: '/plugins/beta/#no-windows' },
      { id: 'slow', title: 'Slow above 1,000 rps', severity: 'caution', appliesTo: 'Busy clusters', href: '/plugins/beta/#slow' },
    ],
  },
  { key: 'engine:gamma', role: 'Network policy', name: 'Gamma | engine', href: '/policy-engines/gamma/', limitations: [] },
];

const input: DecisionRecordInput = {
  origin: 'https://aks.example.org',
  pathUrl: '/decide/?path=first:yes,shared:z',
  date: '2026-11-22',
  title: 'Choose a network plugin',
  description: 'For new clusters.',
  lastVerified: '2026-01-01',
  steps: [
    { question: { text: 'Windows?' }, answer: { label: 'Yes, Windows pools', rationale: 'Cilium is Linux-only.', sources: [{ title: 'Cilium (page)', url: 'https://learn.example/a b(c)' }] } },
    { question: { text: 'Policy?' }, answer: { label: 'Calico', rationale: 'Recommended <for> Windows.', sources: [] } },
  ],
  outcome,
  parts,
  requirements: [
    { id: 'windows-nodes', label: 'Windows node pools', at: 'Windows? Yes, Windows pools' },
    { id: 'network-policy', label: 'Network policy', at: 'Policy? Calico' },
  ],
  waived: [{ id: 'dual-stack', label: 'Dual-stack (IPv4 and IPv6)', at: 'Which matters more? Network policy' }],
  findOut: [{ at: 'Policy? Not sure', text: 'Ask the security team.' }],
  migration: {
    fromName: 'kubenet',
    newCluster: false,
    steps: [{ title: 'kubenet to Overlay', summary: 'In place.', command: 'az aks update --network-plugin-mode overlay', constraints: ['Kubernetes 1.27 or later.'], href: '/plugins/kubenet/#migrations-out' }],
  },
  calculatorUrl: '/calculators/overlay/?nodes=1000',
};
const record = decisionRecord(input);

describe('the Markdown decision record', () => {
  it('has the sections of an architecture decision record', () => {
    expect(record.split('\n')[0]).toBe('# Network configuration: Beta \\[plugin\\] on the Azure dataplane, with Gamma \\| policy');
    for (const heading of ['## Decision', '## Context', '## Requirements checked against the data', '## Given up', '## To find out', '## Consequences']) {
      expect(record).toContain(`\n${heading}\n`);
    }
    expect(record).toContain('- Status: proposed');
    expect(record).toContain('- Date: 2026-11-22');
  });

  it('records the verification dates and the exact path as an absolute link', () => {
    expect(record).toContain('- Guidance last verified: 2026-01-01; data of the parts last verified: 2026-02-02');
    expect(record).toContain('- Decision path: https://aks.example.org/decide/?path=first:yes,shared:z');
  });

  it('states the whole configuration as a table with absolute links, and the command', () => {
    expect(record).toContain('| IP mode | [Beta \\[plugin\\]](https://aks.example.org/plugins/beta/) |');
    expect(record).toContain('| Dataplane | Azure (iptables and kube-proxy) |');
    expect(record).toContain('| Network policy | [Gamma \\| engine](https://aks.example.org/policy-engines/gamma/) |');
    expect(record).toContain('| Configuration | `beta-azure-dataplane` |');
    expect(record).toContain('Beta does \\*things\\*.');
    expect(record).toContain('```sh\naz aks create \\\n  --network-plugin azure \\\n  --network-policy gamma\n```');
  });

  it('gives the migration from the existing cluster', () => {
    expect(record).toContain('### From kubenet\n\n1. [kubenet to Overlay](https://aks.example.org/plugins/kubenet/#migrations-out): In place.\n   `az aks update --network-plugin-mode overlay`\n   - Kubernetes 1.27 or later.');
  });

  it('gives every answer with its rationale and sources as context, escaped', () => {
    expect(record).toContain('1. **Windows?** Yes, Windows pools.\n   Cilium is Linux-only.\n   Sources: [Cilium (page)](https://learn.example/a%20b%28c%29)');
    expect(record).toContain('2. **Policy?** Calico.\n   Recommended \\<for\\> Windows.\n');
  });

  it('says what the data says about each requirement, what was given up and what to find out', () => {
    expect(record).toContain('- **Windows node pools** (Windows? Yes, Windows pools): Beta \\[plugin\\]: yes; Gamma \\| engine: partly (Windows Server 2022 only)');
    expect(record).toContain('- **Network policy** (Policy? Calico): Gamma \\| engine: yes');
    expect(record).toContain('- **Dual-stack (IPv4 and IPv6)**, given up at: Which matters more? Network policy');
    expect(record).toContain('- Ask the security team. (Policy? Not sure)');
  });

  it('lists the limitations of each part as consequences, with absolute anchor links and escaped titles', () => {
    expect(record).toContain('### IP mode: [Beta \\[plugin\\]](https://aks.example.org/plugins/beta/)\n\n- Blocker: [No Windows \\[pools\\]](https://aks.example.org/plugins/beta/#no-windows)');
    expect(record).toContain('- Caution: [Slow above 1,000 rps](https://aks.example.org/plugins/beta/#slow) (Busy clusters)');
    expect(record).toContain('### Network policy: [Gamma \\| engine](https://aks.example.org/policy-engines/gamma/)\n\nNo blocker or caution is recorded for this part.');
    expect(record).toContain('[Azure CNI Overlay calculator](https://aks.example.org/calculators/overlay/?nodes=1000)');
  });

  it('leaves out empty sections and says when a new cluster is needed', () => {
    const short = decisionRecord({ ...input, waived: [], findOut: [], requirements: [], migration: { fromName: 'kubenet', newCluster: true, steps: [] } });
    expect(short).not.toContain('## Given up');
    expect(short).not.toContain('## To find out');
    expect(short).not.toContain('## Requirements checked');
    expect(short).toContain('No documented in-place update leads here');
  });
});

describe('Markdown escaping', () => {
  it('escapes every character Markdown reads as syntax and keeps text on one line', () => {
    expect(mdText('a [b] *c* _d_ `e` <f> | #g ~h \\i\nj')).toBe('a \\[b\\] \\*c\\* \\_d\\_ \\`e\\` \\<f\\> \\| \\#g \\~h \\\\i j');
  });

  it('encodes link destinations so a parenthesis or space cannot end them', () => {
    expect(mdUrl('https://x.test/a b(c)<d>')).toBe('https://x.test/a%20b%28c%29%3Cd%3E');
  });

  it('fences a command that itself holds backticks', () => {
    const odd = decisionRecord({ ...input, outcome: { ...outcome, command: 'echo ```x```' } });
    expect(odd).toContain('````sh\necho ```x```\n````');
  });
});
