import { describe, expect, it } from 'vitest';
import type { DecideOutcome } from '../../../src/generators/decision-page';
import { decisionRecord } from '../../../src/generators/decision-record';

const outcome: DecideOutcome = {
  id: 'beta',
  name: 'Beta plugin',
  title: 'Beta plugin, on Alpha',
  summary: 'Beta does things.',
  href: '/plugins/beta/',
  pairedWith: { id: 'alpha', name: 'Alpha', href: '/plugins/alpha/' },
  limitations: [
    { id: 'no-windows', title: 'No Windows [pools]', severity: 'blocker', href: '/plugins/beta/#no-windows', plugin: 'Beta plugin' },
    { id: 'slow', title: 'Slow above 1,000 rps', severity: 'caution', appliesTo: 'Busy clusters', href: '/plugins/beta/#slow', plugin: 'Beta plugin' },
  ],
  calculator: { name: 'overlay', title: 'Azure CNI Overlay calculator', fields: ['nodes'] },
  snippet: 'az aks create \\\n  --network-plugin azure',
  lastVerified: '2026-02-02',
};

const record = decisionRecord({
  origin: 'https://aks.example.org',
  pathUrl: '/decide/?path=first:no,second:b',
  date: '2026-11-22',
  title: 'Choose a network plugin',
  description: 'For new clusters.',
  lastVerified: '2026-01-01',
  steps: [
    { question: { text: 'Windows?' }, answer: { label: 'No, Linux only', rationale: 'Cilium is Linux-only.', sources: [{ title: 'Cilium page', url: 'https://learn.example/cilium' }] } },
    { question: { text: 'Policy?' }, answer: { label: 'L3/L4', rationale: 'Recommended.', sources: [] } },
  ],
  outcome,
  calculatorUrl: '/calculators/overlay/?nodes=1000',
});

describe('the Markdown decision record', () => {
  it('has the sections of an architecture decision record', () => {
    expect(record.split('\n')[0]).toBe('# Network plugin: Beta plugin, on Alpha');
    for (const heading of ['## Context', '## Decision', '## Consequences']) expect(record).toContain(`\n${heading}\n`);
    expect(record).toContain('- Status: proposed');
    expect(record).toContain('- Date: 2026-11-22');
  });

  it('records the verification dates and the exact path as an absolute link', () => {
    expect(record).toContain('- Guidance last verified: 2026-01-01 (plugin data: 2026-02-02)');
    expect(record).toContain('- Decision path: https://aks.example.org/decide/?path=first:no,second:b');
  });

  it('gives every answer with its rationale and sources as context', () => {
    expect(record).toContain('1. **Windows?** No, Linux only.\n   Cilium is Linux-only.\n   Sources: [Cilium page](https://learn.example/cilium)');
    expect(record).toContain('2. **Policy?** L3/L4.\n   Recommended.\n');
  });

  it('names the decision with absolute links and the snippet', () => {
    expect(record).toContain('Use [Beta plugin](https://aks.example.org/plugins/beta/).');
    expect(record).toContain('[Alpha](https://aks.example.org/plugins/alpha/)');
    expect(record).toContain('```sh\naz aks create \\\n  --network-plugin azure\n```');
  });

  it('lists the limitations as consequences, with absolute anchor links and escaped titles', () => {
    expect(record).toContain('- Blocker: [No Windows \\[pools\\]](https://aks.example.org/plugins/beta/#no-windows) — Beta plugin');
    expect(record).toContain('- Caution: [Slow above 1,000 rps](https://aks.example.org/plugins/beta/#slow) — Beta plugin (Busy clusters)');
    expect(record).toContain('[Azure CNI Overlay calculator](https://aks.example.org/calculators/overlay/?nodes=1000)');
  });
});
