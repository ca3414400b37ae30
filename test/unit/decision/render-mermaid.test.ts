import { describe, expect, it } from 'vitest';
import { decisionFlowchart } from '../../../src/generators/mermaid-decision';
import { readDirectives, renderMermaid, toRendererDialect } from '../../../src/site/render-mermaid';
import { BOXES, TREE } from './fixtures';

const { source } = decisionFlowchart(TREE, { boxes: BOXES });

describe('Mermaid source -> build-time SVG', () => {
  const { svg, width, height } = renderMermaid(source, 'fx');

  it('returns one inline <svg> with its natural size', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
  });

  it('carries accTitle and accDescr as <title> and <desc>, labelled on the svg', () => {
    expect(svg).toMatch(/^<svg[^>]* role="group" aria-labelledby="fx-title" aria-describedby="fx-desc">/);
    expect(svg).toContain('<title id="fx-title">Pick a &quot;plugin&quot; [test]</title>');
    expect(svg).toContain('<desc id="fx-desc">A fixture with #hashes, &lt;angle brackets&gt;');
  });

  it('loads nothing and styles nothing outside itself: no <style>, no web font, no inline colours', () => {
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('googleapis');
    expect(svg).not.toMatch(/^<svg[^>]*style=/);
    expect(svg).not.toMatch(/#[0-9a-fA-F]{6}\b/);
  });

  it('prefixes element ids so two diagrams can share a page', () => {
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id.startsWith('fx-')).toBe(true);
    for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
  });

  it('shows labels as written: quotes, brackets, pipes and entity codes come out as text', () => {
    expect(svg).toContain('Do you need &quot;quotes&quot; and');
    expect(svg).toContain('[brackets]?');
    expect(svg).toContain('Yes (with parentheses)');
    expect(svg).toContain('No | pipe');
    expect(svg).toContain('&lt;tags&gt;');
    expect(svg).toContain('`backticks` and {braces}?');
    expect(svg).toContain('Alpha, #1');
    expect(svg).not.toMatch(/[\ue000-\uf8ff]/);
    expect(svg).not.toContain('#quot;');
  });

  it('marks nodes with their classes and identifies nodes and arrows for highlighting', () => {
    expect(svg).toContain('<g class="node question" data-id="Q_first"');
    expect(svg).toContain('<g class="node outcome" data-id="O_shared_x"');
    expect(svg).toContain('<g class="node decision" data-id="D_first_yes"');
    expect(svg).toMatch(/<polyline class="edge" data-from="Q_first" data-to="Q_second"/);
    expect(svg).toMatch(/<polyline class="edge" data-from="D_first_yes" data-to="Q_shared"/);
    expect(svg).toMatch(/<g class="edge-label" data-from="Q_shared" data-to="O_shared_y"/);
  });

  it('wraps linked pills in links to their pages, kept out of the tab order', () => {
    expect(svg).toMatch(/<a href="\/plugins\/beta\/" tabindex="-1"><title>Open the page: Beta \(B\) plugin<\/title><g class="node decision" data-id="D_first_yes"/);
    expect(svg).toMatch(/<a href="\/policy-engines\/gamma\/" tabindex="-1"><title>Open the page: Gamma &lt;policy&gt;<\/title><g class="node outcome" data-id="O_shared_z"/);
    expect(svg.match(/<a href=/g)).toHaveLength(4);
    expect(svg.match(/<a\b/g)!.length).toBe(svg.match(/<\/a>/g)!.length);
  });

  it('is deterministic', () => {
    expect(renderMermaid(source, 'other').svg).toBe(renderMermaid(source, 'other').svg);
  });
});

describe('translating Mermaid for the DOM-free renderer', () => {
  it('reads accTitle, accDescr, click links and class lines', () => {
    const d = readDirectives(source);
    expect(d.title).toBe('Pick a "plugin" [test]');
    expect(d.links.get('O_second_b')).toEqual({ href: '/plugins/alpha/', tooltip: 'Open the page: Alpha "A" · no engine' });
    expect(d.classes.get('Q_first')).toEqual(['question']);
  });

  it('drops directives and protects label characters the renderer would read as syntax', () => {
    const dialect = toRendererDialect(source);
    expect(dialect).not.toMatch(/^\s*(accTitle|accDescr|click|class|classDef)\b/m);
    const label = dialect.match(/Q_first\("([^"]*)"\)/)![1]!;
    expect(label).not.toMatch(/[[\]()"#]/);
    expect(label).toContain('<br>');
  });
});
