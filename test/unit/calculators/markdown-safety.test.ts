import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { clusterReview } from '~/calculators/cluster-review';
import { reduceClusterText } from '~/calculators/review/reduce';
import { calculatorMarkdown } from '~/generators/calculators/markdown';
import { calculatorPageView } from '~/generators/calculators/page';
import { limits } from './helpers';
import { context, sources } from './view-support';

/** Renders Markdown as GitHub would (GFM, raw HTML allowed), so the test sees what a reviewer's tool shows. */
const render = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const HOSTILE = [
  '[click](https://evil.example/x)',
  'https://evil.example/bare',
  'www.evil.example',
  '<img src=x onerror="alert(1)">',
  '<script>alert(1)</script>',
  '![pic](https://evil.example/p.png)',
  '```\n# heading\n```',
  'line one\n\n# not a heading\n| a | b |',
  '`code`',
];

describe('Copy as Markdown with hostile pasted values (issue 15)', () => {
  it.each(HOSTILE)('a networkPlugin of %j becomes no live link and no HTML', (value) => {
    const profile = JSON.stringify({ networkPlugin: value, networkPolicy: value, podCidr: '10.244.0.0/16' });
    const page = calculatorPageView('network-profile', limits, context, sources, { values: { profile } });
    const values = { profile: reduceClusterText(profile) };
    const md = calculatorMarkdown({ title: page.spec.title, url: 'https://field.example/calculators/network-profile/', fields: page.data.fields, values, view: page.result, flags: page.flags });
    const html = render(md);
    // Escaped text shows as &lt;img; only a real element starts with "<img".
    expect(html).not.toMatch(/<img|<script|<h1|<table>\s*<thead>\s*<tr>\s*<th>a/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/(field\.example|learn\.microsoft\.com|github\.com|kubernetes\.io)\//);
  });

  it('the failure summary says "No result" once and the table has no empty How column', () => {
    const page = calculatorPageView('node-subnet', limits, context, sources, { values: { nodes: 'abc', maxPods: '30' } });
    const md = calculatorMarkdown({ title: page.spec.title, url: 'https://field.example/calculators/node-subnet/', fields: page.data.fields, values: page.values, view: page.result, flags: page.flags });
    expect(md.match(/No result/g)).toHaveLength(1);
    const review = calculatorPageView('cluster-review', limits, context, sources);
    const reviewMd = calculatorMarkdown({ title: review.spec.title, url: 'https://field.example/calculators/cluster-review/', fields: review.data.fields, values: review.values, view: review.result, flags: review.flags });
    expect(reviewMd).not.toMatch(/\|\s*\|\s*$/m);
  });

  it('a cluster review in Markdown keeps no GUID of the pasted document', () => {
    const page = calculatorPageView('cluster-review', limits, context, sources);
    const values = { ...page.values, cluster: reduceClusterText(page.values.cluster ?? '') };
    const md = calculatorMarkdown({ title: page.spec.title, url: 'https://field.example/calculators/cluster-review/', fields: page.data.fields, values, view: page.result, flags: page.flags });
    expect(md).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(clusterReview(values.cluster, limits, context).ok).toBe(true);
  });
});
