import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataLocations, loadModel } from '../../src/model';
import { DIST, ensureDist, readPage } from '../support/dist';
import { allPaths, composePath } from '../../src/generators/decision-tree';

const model = loadModel(dataLocations());
const tree = model.decisions.find((d) => d.id === 'choose-network-plugin')!.data;

beforeAll(() => ensureDist());

/** Script files a built page loads. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
}

const PAGES = ['/decide/', '/guides/choosing-a-network-plugin/', '/guides/leaving-kubenet/'];

describe('decision diagrams arrive as SVG in the built HTML', () => {
  it.each(PAGES)('%s has a build-time diagram SVG with a title and no Mermaid error text', (url) => {
    const html = readPage(url);
    expect(html).toMatch(/<figure class="fm-diagram[^"]*"[^>]*>[\s\S]*?<svg [^>]*class="fm-diagram__svg" role="group" aria-labelledby="[^"]+" aria-describedby="[^"]+"><title id=/);
    expect(html).not.toMatch(/Syntax error|Parse error|mermaid version/i);
    expect(html).not.toContain('fonts.googleapis.com');
  });

  it.each(PAGES)('%s loads no Mermaid runtime', (url) => {
    const html = readPage(url);
    expect(html).not.toMatch(/<script[^>]*src="[^"]*mermaid/i);
    for (const src of scriptsOf(html)) {
      const file = path.join(DIST, src);
      if (!fs.existsSync(file)) continue;
      const js = fs.readFileSync(file, 'utf8');
      // The Mermaid runtime registers diagrams and carries its parser; neither belongs in the page.
      expect(js, src).not.toMatch(/mermaid\.initialize|registerDiagram|flowchart-v2/);
      expect(js.length, src).toBeLessThan(60_000);
    }
  });

  it('offers the generated Mermaid source next to each diagram', () => {
    const html = readPage('/decide/');
    expect(html).toContain('data-fm-copy-mermaid="fm-decide-diagram-source"');
    expect(html).toMatch(/<code id="fm-decide-diagram-source">flowchart TD\n {2}accTitle: /);
  });
});

describe('/decide/', () => {
  const html = readPage('/decide/');

  it('carries the whole tree as a nested list, without JavaScript', () => {
    expect(html).toContain('class="fm-outline not-content"');
    for (const [id, q] of Object.entries(tree.questions)) {
      expect(html.match(new RegExp(`id="q-${id}"`, 'g')) ?? [], id).toHaveLength(1);
      expect(html).toContain(q.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').slice(0, 30));
    }
  });

  it('embeds the chooser data, and every plugin or engine box and limitation link points at a page that exists', () => {
    const json = html.match(/<script type="application\/json" id="fm-decide-data">([\s\S]*?)<\/script>/)![1]!;
    const data = JSON.parse(json);
    expect(Object.keys(data.questions)).toContain(tree.start);
    expect(Object.keys(data.outcomes).length).toBeGreaterThan(10);
    const links = [...html.matchAll(/href="(\/(?:plugins|policy-engines)\/[^"#]+\/)(?:#([^"]+))?"/g)];
    expect(links.length).toBeGreaterThan(10);
    expect(links.some(([, page]) => page!.startsWith('/policy-engines/'))).toBe(true);
    for (const [, page, anchor] of links) {
      const target = readPage(page!);
      if (anchor) expect(target, `${page}#${anchor}`).toContain(`id="${anchor}"`);
    }
  });

  it('links every outcome to a calculator page that exists', () => {
    for (const [, name] of html.matchAll(/href="\/calculators\/([^/"]+)\/[^"]*"/g)) {
      expect(fs.existsSync(path.join(DIST, 'calculators', name!, 'index.html')), name).toBe(true);
    }
  });
});

describe('/data/decision-paths.json', () => {
  const exported = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'decision-paths.json'), 'utf8'));

  it('lists every path of the tree, in the shape reviews and tools read', () => {
    const expected = allPaths(tree).map((steps) => steps.map((s) => `${s.question}:${s.answer}`).join(','));
    const listed = exported.paths.filter((p: { tree: string }) => p.tree === 'choose-network-plugin');
    expect(listed.map((p: { answers: { question: string; answer: string }[] }) => p.answers.map((a) => `${a.question}:${a.answer}`).join(','))).toEqual(expected);
    for (const p of listed) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['tree', 'answers', 'outcome']));
      for (const a of p.answers) {
        expect(a.questionText).toBe(tree.questions[a.question]!.text);
        expect(a.answerText).toBe(tree.questions[a.question]!.answers.find((x) => x.id === a.answer)!.label);
      }
      expect(Object.keys(p.outcome)).toEqual(expect.arrayContaining(['plugin', 'dataplane', 'networkPolicy', 'configuration', 'command']));
      expect(['azure', 'cilium', 'none']).toContain(p.outcome.dataplane);
      expect(p.outcome.networkPolicy === 'none' || model.policyEngineById.has(p.outcome.networkPolicy)).toBe(true);
      expect(model.pluginById.has(p.outcome.plugin)).toBe(true);
      expect(p.outcome.configuration === p.outcome.plugin || model.configurationById.has(p.outcome.configuration)).toBe(true);
      expect(p.outcome.command).toMatch(/^az aks create /);
    }
  });

  it('gives each path the outcome the tree decides, and a link that opens it on /decide/', () => {
    for (const p of exported.paths.slice(0, 40)) {
      const steps = p.answers.map((a: { question: string; answer: string }) => ({ question: a.question, answer: a.answer }));
      const outcome = composePath(tree, steps).outcome;
      expect(p.outcome).toMatchObject({ plugin: outcome.ipMode, dataplane: outcome.dataplane, networkPolicy: outcome.networkPolicy });
      expect(p.url).toBe(`/decide/?path=${steps.map((s: { question: string; answer: string }) => `${s.question}:${s.answer}`).join(',')}`);
    }
  });

  it('records the Windows + network policy + on-premises path with a Windows-capable engine in the command', () => {
    const p = exported.paths.find((x: { url: string }) => x.url.endsWith('windows:yes,windows-pod-ips:yes,windows-policy:calico') && x.url.includes('cni-ownership:managed'));
    expect(p.outcome).toMatchObject({ plugin: 'azure-cni-pod-subnet-dynamic', dataplane: 'azure', networkPolicy: 'calico', configuration: 'azure-cni-pod-subnet-dynamic' });
    expect(p.outcome.command).toContain('--network-policy calico');
    expect(p.requirements).toEqual(expect.arrayContaining(['windows-nodes', 'network-policy', 'pods-routable-from-vnet']));
  });
});

describe('the guides', () => {
  it('embed the decision diagram and the migration diagram, and link calculators', () => {
    const choosing = readPage('/guides/choosing-a-network-plugin/');
    const leaving = readPage('/guides/leaving-kubenet/');
    expect(choosing).toContain('id="guide-decision-diagram"');
    expect(leaving).toContain('id="guide-migration-diagram"');
    expect(leaving).toContain('data-id="P_kubenet"');
    for (const page of [choosing, leaving]) expect(page).toMatch(/href="\/calculators\/[a-z-]+\/(\?[^"]*)?"/);
  });
});
