import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryAliases } from '../../src/generators/glossary-page';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist, readPage } from '../support/dist';
import { search } from '../support/pagefind';

const model = loadModel(dataLocations());

beforeAll(() => ensureDist());

describe('glossary pages in dist/', () => {
  it('every term has a page with its prose sections and blocks in anatomy order', () => {
    const order = ['technical-context', 'why-it-matters', 'where-you-see-it', 'when-it-becomes-relevant', 'why-use-the-azure-cli-for-this', 'cli-commands', 'architecture', 'security', 'cost', 'reliability', 'performance', 'operations', 'common-mistakes', 'related'];
    for (const t of model.glossary) {
      const html = readPage(`/glossary/${t.id}/`);
      const ids = t.data.calculator ? [...order.slice(0, 2), 'calculator', ...order.slice(2)] : order;
      const positions = ids.map((id) => html.indexOf(`id="${id}"`));
      expect(positions.every((p) => p > 0), t.id).toBe(true);
      expect([...positions].sort((a, b) => a - b), t.id).toEqual(positions);
    }
  });

  it('the AKS network plugin term shows every part of the anatomy, case studies included', () => {
    const html = readPage('/glossary/aks-network-plugin/');
    for (const id of ['case-studies', 'cli-commands', 'common-mistakes', 'related']) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/\d+ CLI mappings/);
    expect(html).toContain('Last verified');
  });

  it('terms that name a calculator embed it, rendered at build time', () => {
    for (const t of model.glossary.filter((x) => x.data.calculator)) {
      const html = readPage(`/glossary/${t.id}/`);
      expect(html, t.id).toContain(`href="/calculators/${t.data.calculator}/"`);
      expect(html, t.id).toMatch(/<form[^>]*>/);
    }
  });

  it('every alias URL redirects to its term', () => {
    for (const a of glossaryAliases(model)) {
      const file = path.join(DIST, 'glossary', a.slug, 'index.html');
      expect(fs.existsSync(file), `/glossary/${a.slug}/`).toBe(true);
      expect(fs.readFileSync(file, 'utf8'), a.slug).toContain(`url=/glossary/${a.termId}/`);
    }
    expect(readPage('/glossary/basic-networking/')).toContain('url=/glossary/kubenet/');
  });

  it('the A-Z index lists every term and every alias, each pointing to its term', () => {
    const html = readPage('/glossary/');
    for (const t of model.glossary) {
      expect(html).toContain(`href="/glossary/${t.id}/"`);
      for (const alias of t.data.aliases) expect(html, alias).toContain(alias.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    }
  });

  it('the first mention of another term links to it, on term pages and plugin pages', () => {
    expect(readPage('/glossary/pod-cidr/')).toMatch(/<a href="\/glossary\/service-cidr\/">/);
    expect(readPage('/plugins/kubenet/')).toContain('class="fm-term-link"');
  });
});

describe('glossary search', () => {
  const top = async (q: string, n = 3) => (await search(q, n)).map((h) => h.url);

  it('"basic networking" finds kubenet', async () => {
    expect((await top('basic networking')).some((u) => u === '/glossary/kubenet/' || u === '/plugins/kubenet/')).toBe(true);
  });

  it('"flat network" finds the node subnet term', async () => {
    expect(await top('flat network')).toContain('/glossary/azure-cni-node-subnet/');
  });

  it('"eBPF" finds the Cilium and eBPF pages', async () => {
    const urls = await top('eBPF');
    expect(urls).toContain('/glossary/ebpf/');
    expect(urls.some((u) => u === '/plugins/azure-cni-cilium/' || u === '/glossary/azure-cni-cilium/')).toBe(true);
  });
});
