import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allPositions,
  hasGuidance,
  isRestricted,
  positionFor,
  positionLabelFor,
  positionMarkdown,
  positionRank,
  positionsFor,
  positionSearchText,
  positionsHeading,
  positionWithParts,
  strictestRank,
  subjectParts,
} from '../../../src/generators/positions';
import { loadModel } from '../../../src/model';
import { guidanceData } from '../../support/guidance-model';
import { POSITIONS } from '../../../src/schemas';

const model = guidanceData().model;
const bare = loadModel({ root: process.cwd(), dataDir: path.resolve('data'), glossaryDir: path.resolve('content/glossary') });
const AS_OF = '2026-12-01';
const kubenet = { kind: 'plugin', id: 'kubenet' };

describe('positions', () => {
  it('the real data has no guidance file, so no subject has a position', () => {
    expect(hasGuidance(bare)).toBe(false);
    expect(allPositions(bare, AS_OF)).toEqual([]);
    expect(positionFor(bare, kubenet, AS_OF)).toBeUndefined();
    expect(positionWithParts(bare, { kind: 'configuration', id: 'azure-cni-node-subnet-cilium-dataplane' }, AS_OF)).toEqual({ parts: [], restricted: [] });
  });

  it('a position carries its organisation, rationale, owner, review date, links and subject page', () => {
    expect(hasGuidance(model)).toBe(true);
    const overlay = positionFor(model, { kind: 'plugin', id: 'azure-cni-overlay' }, AS_OF)!;
    expect(overlay).toEqual({
      subject: { kind: 'plugin', id: 'azure-cni-overlay', name: 'Azure CNI Overlay', href: '/plugins/azure-cni-overlay/' },
      position: 'recommended',
      label: 'Recommended',
      meaning: 'is the default choice',
      organisation: 'Contoso platform team',
      rationale: 'Default for new clusters since the 2026 network review; pod addresses stay out of the VNet.',
      owner: 'platform-network@contoso.example',
      ownerHref: 'mailto:platform-network@contoso.example',
      reviewBy: '2027-06-30',
      overdue: false,
      links: [{ title: 'Network standard NS-12', url: 'https://standards.contoso.example/network/ns-12' }],
      file: expect.stringMatching(/guidance\/contoso\.yaml$/),
    });
    expect(JSON.parse(JSON.stringify(overlay))).toEqual(overlay);
  });

  it('a team owner gets no mail link; an engine and a configuration link to their pages', () => {
    expect(positionFor(model, { kind: 'plugin', id: 'azure-cni-pod-subnet-dynamic' }, AS_OF)).not.toHaveProperty('ownerHref');
    expect(positionFor(model, { kind: 'policy-engine', id: 'calico' }, AS_OF)).toMatchObject({ organisation: 'Contoso security office', subject: { name: 'Calico', href: '/policy-engines/calico/' } });
    expect(positionFor(model, { kind: 'configuration', id: 'azure-cni-overlay-cilium-dataplane' }, AS_OF)!.subject).toMatchObject({ href: '/configurations/azure-cni-overlay-cilium-dataplane/' });
  });

  it('the kind matters: a plugin id asked for as an engine has no position', () => {
    expect(positionFor(model, { kind: 'policy-engine', id: 'kubenet' }, AS_OF)).toBeUndefined();
  });

  it('review overdue is computed against the as-of date: after reviewBy, not on it', () => {
    // kubenet's fixture review date is 2026-06-30.
    expect(positionFor(model, kubenet, '2026-06-29')!.overdue).toBe(false);
    expect(positionFor(model, kubenet, '2026-06-30')!.overdue).toBe(false);
    expect(positionFor(model, kubenet, '2026-07-01')!.overdue).toBe(true);
    expect(allPositions(model, AS_OF).filter((p) => p.overdue).map((p) => p.subject.id)).toEqual(['kubenet']);
  });

  it('positionsFor keeps the order asked and skips subjects without a position', () => {
    const views = positionsFor(model, [{ kind: 'policy-engine', id: 'azure-npm' }, { kind: 'plugin', id: 'byo-cni' }, kubenet], AS_OF);
    expect(views.map((v) => v.subject.id)).toEqual(['azure-npm', 'kubenet']);
  });

  it('a configuration is made of its IP mode and its dataplane; positionWithParts flags restricted ones, strictest first', () => {
    const config = { kind: 'configuration', id: 'azure-cni-node-subnet-cilium-dataplane' };
    expect(subjectParts(model, config)).toEqual([{ kind: 'plugin', id: 'azure-cni-node-subnet' }, { kind: 'plugin', id: 'azure-cni-cilium' }]);
    expect(subjectParts(model, { kind: 'configuration', id: 'azure-cni-overlay-azure-dataplane' })).toEqual([{ kind: 'plugin', id: 'azure-cni-overlay' }]);
    expect(subjectParts(model, kubenet)).toEqual([]);
    const result = positionWithParts(model, config, AS_OF);
    expect(result.own?.position).toBe('prohibited');
    expect(result.parts.map((p) => `${p.subject.id}:${p.position}`)).toEqual(['azure-cni-node-subnet:allowed']);
    expect(result.restricted.map((p) => p.subject.id)).toEqual(['azure-cni-node-subnet-cilium-dataplane']);
    // A configuration without its own position is restricted through a part.
    const podSubnet = positionWithParts(model, { kind: 'configuration', id: 'azure-cni-pod-subnet-dynamic-cilium-dataplane' }, AS_OF);
    expect(podSubnet.own).toBeUndefined();
    expect(podSubnet.restricted.map((p) => `${p.subject.id}:${p.position}`)).toEqual(['azure-cni-pod-subnet-dynamic:exception']);
  });

  it('isRestricted holds for exception and prohibited only', () => {
    expect(POSITIONS.filter((position) => isRestricted({ position }))).toEqual(['exception', 'prohibited']);
  });

  it('positionRank orders recommended, allowed, no position, exception, prohibited', () => {
    // Sorted as pairs: Array.prototype.sort would move a bare undefined to the end by itself.
    const order = [...POSITIONS, undefined].map((p) => ({ p })).sort((a, b) => positionRank(a.p) - positionRank(b.p)).map(({ p }) => p);
    expect(order).toEqual(['recommended', 'allowed', undefined, 'exception', 'prohibited']);
  });

  it('strictestRank sorts a configuration by its own position or a stricter part\'s', () => {
    const rank = (id: string) => strictestRank(positionWithParts(model, { kind: 'configuration', id }, AS_OF));
    // Own prohibited (its Node Subnet part is only allowed): prohibited.
    expect(rank('azure-cni-node-subnet-cilium-dataplane')).toBe(positionRank('prohibited'));
    // No own position, IP mode by exception: sorts with the exceptions.
    expect(rank('azure-cni-pod-subnet-dynamic-cilium-dataplane')).toBe(positionRank('exception'));
    // No own position, IP mode recommended (not restricted): no position.
    expect(rank('azure-cni-overlay-azure-dataplane')).toBe(positionRank(undefined));
    expect(rank('azure-cni-overlay-cilium-dataplane')).toBe(positionRank('recommended'));
  });

  it('positionsHeading names the one organisation, or says there are several', () => {
    expect(positionsHeading([positionFor(model, kubenet, AS_OF)!])).toBe('Contoso platform team’s position');
    expect(positionsHeading(allPositions(model, AS_OF))).toBe('Organisations’ positions');
  });

  it('positionSearchText holds the organisation, position, rationale and owner for records built from data', () => {
    expect(positionSearchText(model, { kind: 'setting', id: 'kube-proxy-config' })).toBe(
      'Contoso platform team: By exception. A custom kube-proxy configuration changes every Service on the cluster; the network architecture board reviews each one. Owner: Network architecture board.',
    );
    expect(positionSearchText(model, { kind: 'setting', id: 'max-pods' })).toBe('');
    expect(positionSearchText(bare, kubenet)).toBe('');
  });

  it('positionLabelFor gives the label for search filters, whatever the date', () => {
    expect(positionLabelFor(model, kubenet)).toBe('Prohibited');
    expect(positionLabelFor(model, { kind: 'policy-engine', id: 'azure-npm' })).toBe('Prohibited');
    expect(positionLabelFor(bare, kubenet)).toBeUndefined();
  });
});

describe('positionMarkdown', () => {
  it('is one Markdown line with the position, subject link, rationale, owner, review date and links', () => {
    const line = positionMarkdown(positionFor(model, { kind: 'plugin', id: 'azure-cni-overlay' }, AS_OF)!, 'https://intranet.contoso.example');
    expect(line).toBe(
      '- Contoso platform team: **Recommended**. [Azure CNI Overlay](https://intranet.contoso.example/plugins/azure-cni-overlay/) is the default choice. ' +
        'Default for new clusters since the 2026 network review; pod addresses stay out of the VNet. Owner: platform-network@contoso.example; review by 2027-06-30. ' +
        'See [Network standard NS-12](https://standards.contoso.example/network/ns-12).',
    );
    expect(line).not.toContain('\n');
  });

  it('names the part a subject plays in a record ("IP mode: ...")', () => {
    const line = positionMarkdown(positionFor(model, { kind: 'plugin', id: 'azure-cni-pod-subnet-dynamic' }, AS_OF)!, undefined, 'IP mode');
    expect(line).toMatch(/^- Contoso platform team: \*\*By exception\*\*\. IP mode: Azure CNI Pod Subnet, dynamic IP allocation needs an approved exception\./);
  });

  it('says "review overdue" and leaves the subject unlinked without an origin', () => {
    const line = positionMarkdown(positionFor(model, kubenet, AS_OF)!);
    expect(line).toContain('- Contoso platform team: **Prohibited**. kubenet must not be used.');
    expect(line).toContain('review by 2026-06-30 (review overdue).');
  });

  it('escapes Markdown in the organisation\'s text, so a rationale cannot add links, emphasis or HTML', () => {
    const view = {
      ...positionFor(model, kubenet, AS_OF)!,
      organisation: 'Team *A*',
      rationale: 'See [this](https://evil.example) <b>now</b>\nand `code`_x_',
      owner: 'ops_team',
      links: [{ title: 'NS [12]', url: 'https://x.example/a b(c)' }],
    };
    const line = positionMarkdown(view);
    expect(line).toContain('Team \\*A\\*: **Prohibited**');
    expect(line).toContain('See \\[this\\](https://evil.example) \\<b\\>now\\</b\\> and \\`code\\`\\_x\\_');
    expect(line).toContain('Owner: ops\\_team;');
    expect(line).toContain('[NS \\[12\\]](https://x.example/a%20b%28c%29)');
    expect(line).not.toContain('\n');
  });
});
