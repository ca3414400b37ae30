import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let context: BrowserContext;
const server = { url: inject('previewUrl') };

/** Answers that walk from the first question to Overlay with Cilium (Linux, policy needed). */
const POLICY_PATH = [
  'A new cluster',
  'A Microsoft-supported Azure CNI',
  'No virtual nodes',
  'No, Linux only',
  'No, Services and ingress are enough',
  'No, IPv4 only',
  'Kubernetes NetworkPolicy (L3/L4)',
];
const POLICY_QUERY = 'path=starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:no,dual-stack:no,policy:l3-l4';

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(async () => {
  await browser?.close();
});

const answer = (page: Page, label: string) => page.locator('[data-answers]').getByRole('button', { name: label, exact: true }).click();
const resultHeading = (page: Page) => page.locator('#fm-decide-result-heading');
/** Computed fill of the first question box of the /decide/ diagram. */
const nodeFill = (page: Page) => page.locator('#fm-decide-diagram svg g.node.question > rect').first().evaluate((r) => getComputedStyle(r).fill);

describe('/decide/', () => {
  it('shows the diagram as build-time SVG and loads no Mermaid runtime', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + '/decide/');
    await page.waitForLoadState('networkidle');
    const svg = page.locator('#fm-decide-diagram svg.fm-diagram__svg');
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(svg.locator('g.node').count()).resolves.toBeGreaterThan(20);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Syntax error|Parse error/i);
    expect(requests.filter((u) => /mermaid/i.test(u))).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks one question at a time, and a full path ends in a recommendation kept in the URL', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/decide/');
    for (const label of POLICY_PATH) {
      await expect(page.locator('[data-question-text]').isVisible()).resolves.toBe(true);
      await answer(page, label);
    }
    await expect(resultHeading(page).textContent()).resolves.toBe('Azure CNI Powered by Cilium, on Azure CNI Overlay');
    expect(new URL(page.url()).search).toBe(`?${POLICY_QUERY}`);
    const panel = page.locator('[data-outcome="azure-cni-cilium"]:not([hidden])').last();
    await expect(panel.locator('a[href="/plugins/azure-cni-cilium/#linux-only-no-windows"]').count()).resolves.toBe(1);
    await expect(panel.locator('[data-calculator]').getAttribute('href')).resolves.toMatch(/^\/calculators\/overlay\//);
    await expect(panel.locator('code').first().textContent()).resolves.toContain('--network-dataplane cilium');
    await expect(page.locator('[data-why] li').count()).resolves.toBe(POLICY_PATH.length);
    // The path is highlighted: every question on it and its outcome, and the arrows between them.
    await expect(page.locator('#fm-decide-diagram g.node.is-path').count()).resolves.toBe(POLICY_PATH.length + 1);
    await expect(page.locator('#fm-decide-diagram polyline.edge.is-path').count()).resolves.toBe(POLICY_PATH.length);
    await expect(page.locator('#fm-decide-diagram g.node.is-current').getAttribute('data-id')).resolves.toBe('O_policy_l3_l4');
    await page.close();
  });

  it('restores the path on reload, and steps back and forward', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?${POLICY_QUERY}`);
    await page.reload();
    await expect(resultHeading(page).textContent()).resolves.toContain('Azure CNI Powered by Cilium');
    await expect(page.locator('#fm-decide-diagram g.node.is-path').count()).resolves.toBe(POLICY_PATH.length + 1);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('[data-question-text]').textContent()).resolves.toBe('Which network policy does the cluster need?');
    expect(new URL(page.url()).searchParams.get('path')).toBe(POLICY_QUERY.slice('path='.length).replace(/,policy:l3-l4$/, ''));
    await page.getByRole('button', { name: 'Forward', exact: true }).click();
    await expect(resultHeading(page).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start over', exact: true }).click();
    await expect(page.locator('[data-question-text]').textContent()).resolves.toContain('Is this a new cluster');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('ignores the invalid tail of a stale link and opens at the last question that still fits', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?path=starting-point:new,cni-ownership:gone,virtual-nodes:no`);
    await expect(page.locator('[data-question-text]').textContent()).resolves.toContain('Will Microsoft support');
    await page.close();
  });

  it('copies a Markdown decision record with absolute links, anchors and the verification date', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?${POLICY_QUERY}`);
    await page.getByRole('button', { name: 'Copy decision record' }).click();
    const record = await page.evaluate(() => navigator.clipboard.readText());
    expect(record).toMatch(/^# Network plugin: Azure CNI Powered by Cilium/);
    expect(record).toContain('## Context');
    expect(record).toContain('## Decision');
    expect(record).toContain('## Consequences');
    expect(record).toContain(`- Decision path: ${server.url}/decide/?${POLICY_QUERY}`);
    expect(record).toContain(`(${server.url}/plugins/azure-cni-cilium/#linux-only-no-windows)`);
    expect(record).toMatch(/- Guidance last verified: \d{4}-\d{2}-\d{2}/);
    expect(record).toContain('**Which network policy does the cluster need?** Kubernetes NetworkPolicy (L3/L4).');
    await page.close();
  });

  it('copies the Mermaid source with absolute plugin links', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/decide/');
    await page.locator('#fm-decide-diagram').getByRole('button', { name: /Copy Mermaid source/ }).click();
    const source = await page.evaluate(() => navigator.clipboard.readText());
    expect(source).toMatch(/^flowchart TD\n {2}accTitle: /);
    expect(source).toContain(`href "${server.url}/plugins/azure-cni-overlay/"`);
    await page.close();
  });

  it('follows the theme switch: the diagram colours change', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/decide/');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
    await page.reload();
    const light = await nodeFill(page);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await nodeFill(page);
    expect(dark).not.toBe(light);
    await page.close();
  });

  it('stays legible at phone width: the diagram keeps its size and scrolls sideways', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(server.url + '/decide/');
    const frame = page.locator('#fm-decide-diagram .fm-diagram__scroll');
    const sizes = await frame.evaluate((f) => ({ client: f.clientWidth, scroll: f.scrollWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    const fontSize = await page.locator('#fm-decide-diagram svg g.node text').first().evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });

  it('without JavaScript shows the whole tree as a nested list and hides the chooser', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(server.url + '/decide/');
    await expect(page.locator('#fm-decision-outline').isVisible()).resolves.toBe(true);
    await expect(page.locator('#fm-decision-outline ul ul').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('#q-policy').isVisible()).resolves.toBe(true);
    await expect(page.locator('.fm-decide').isVisible()).resolves.toBe(false);
    await noJs.close();
  });
});

describe('accessibility of the decision pages', () => {
  const pages = [
    '/decide/',
    `/decide/?${POLICY_QUERY}`,
    '/guides/choosing-a-network-plugin/',
    '/guides/leaving-kubenet/',
  ];
  it.each(pages.flatMap((p) => (['light', 'dark'] as const).map((theme) => [p, theme] as const)))(
    '%s has no serious or critical axe violation in %s mode',
    async (path, theme) => {
      const themed = await browser.newContext({ colorScheme: theme });
      await themed.addInitScript((t) => window.localStorage.setItem('starlight-theme', t), theme);
      const page = await themed.newPage();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
        const result = await (window as unknown as { axe: { run(): Promise<Result> } }).axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations).toEqual([]);
      await themed.close();
    },
  );
});
