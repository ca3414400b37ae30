import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DecideData } from '../../src/generators/decision-page';
import { diagramTrail } from '../../src/generators/mermaid-decision';
import { parsePath } from '../../src/generators/decision-tree';
import { launchBrowser } from '../support/browser';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let context: BrowserContext;
const server = { url: inject('previewUrl') };

/** Answers that walk from the first question to Overlay with Cilium (Linux, L3/L4 policy, no encryption). */
const POLICY_PATH = [
  'A new cluster',
  'A Microsoft-supported Azure CNI',
  'No virtual nodes',
  'No, Linux only',
  'No, Services and ingress are enough',
  'No, IPv4 only',
  'Kubernetes NetworkPolicy (L3/L4)',
  'No',
];
const POLICY_QUERY = 'path=starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:no,dual-stack:no,policy:l3-l4,encryption:no';

/** Reader task 4: Windows node pools, network policy, pods reachable from on-premises. */
const WINDOWS_PATH = ['A new cluster', 'A Microsoft-supported Azure CNI', 'No virtual nodes', 'Yes, Windows node pools', 'Yes, pods need VNet addresses', 'Yes, Kubernetes NetworkPolicy'];
const WINDOWS_QUERY = 'path=starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:yes,windows-pod-ips:yes,windows-policy:calico';

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
/** The chooser data the page embeds. */
const pageData = async (page: Page) => JSON.parse((await page.locator('#fm-decide-data').textContent())!) as DecideData;
/** The configuration table of the result, as "label: value" lines. */
const configRows = (page: Page) => page.locator('[data-config] tr').evaluateAll((rows) => rows.map((r) => `${r.querySelector('th')!.textContent}: ${r.querySelector('td')!.textContent}`));

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
    await expect(svg.locator('g.node').count()).resolves.toBeGreaterThan(40);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Syntax error|Parse error/i);
    expect(requests.filter((u) => /mermaid/i.test(u))).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks one question at a time, and a full path ends in a whole configuration kept in the URL', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/decide/');
    for (const label of POLICY_PATH) {
      await expect(page.locator('[data-question-text]').isVisible()).resolves.toBe(true);
      await answer(page, label);
    }
    await expect(resultHeading(page).textContent()).resolves.toBe('Azure CNI Overlay with the Cilium dataplane and Cilium network policy');
    expect(new URL(page.url()).search).toBe(`?${POLICY_QUERY}`);
    await expect(configRows(page)).resolves.toEqual([
      'IP mode: Azure CNI Overlay',
      'Dataplane: Cilium (eBPF)',
      'Network policy: Cilium',
      'IP families: IPv4',
      'Configuration: azure-cni-overlay-cilium-dataplane',
    ]);
    const result = page.locator('[data-result]');
    await expect(result.locator('[data-part]:not([hidden]) a[href="/plugins/azure-cni-cilium/#linux-only-no-windows"]').count()).resolves.toBe(1);
    await expect(result.locator('[data-part]:not([hidden]) a[href="/plugins/azure-cni-overlay/#azure-npm-retirement"]').count()).resolves.toBe(0);
    await expect(result.locator('[data-part]:not([hidden])').evaluateAll((parts) => parts.map((p) => (p as HTMLElement).dataset.part))).resolves.toEqual([
      // Overlay's list for the Cilium dataplane: its Azure-dataplane-only limitations are left out.
      'plugin:azure-cni-overlay@cilium',
      'plugin:azure-cni-cilium',
      'engine:cilium',
    ]);
    await expect(result.locator('[data-calculator]').getAttribute('href')).resolves.toMatch(/^\/calculators\/overlay\//);
    const command = (await page.locator('#fm-decide-command').textContent())!;
    expect(command).toContain('--network-dataplane cilium');
    expect(command).toContain('--network-policy cilium');
    await expect(page.locator('[data-why] li').count()).resolves.toBe(POLICY_PATH.length);
    await expect(page.locator('[data-checked] > li').first().textContent()).resolves.toContain('A new cluster: nothing retiring');
    // The path is highlighted: every node on it (questions, decision pills, the end) and the arrows between them.
    const data = await pageData(page);
    const trail = diagramTrail(data, data.nodeIds, parsePath(data, POLICY_QUERY.slice('path='.length)));
    await expect(page.locator('#fm-decide-diagram g.node.is-path').count()).resolves.toBe(trail.nodes.length);
    await expect(page.locator('#fm-decide-diagram polyline.edge.is-path').count()).resolves.toBe(trail.edges.length);
    await expect(page.locator('#fm-decide-diagram g.node.is-current').getAttribute('data-id')).resolves.toBe('O_encryption_no');
    await page.close();
  });

  it('recommends Calico with --network-policy for Windows pools, network policy and pods reachable from on-premises', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/decide/');
    for (const label of WINDOWS_PATH) await answer(page, label);
    expect(new URL(page.url()).search).toBe(`?${WINDOWS_QUERY}`);
    await expect(resultHeading(page).textContent()).resolves.toBe('Azure CNI Pod Subnet, dynamic IP allocation on the Azure dataplane, with Calico network policy');
    await expect(configRows(page)).resolves.toContain('Network policy: Calico');
    await expect(configRows(page)).resolves.toContain('Dataplane: Azure (iptables and kube-proxy)');
    const command = (await page.locator('#fm-decide-command').textContent())!;
    expect(command).toContain('--network-policy calico');
    expect(command).toContain('--windows-admin-username');
    expect(command).not.toContain('--network-dataplane');
    const checked = (await page.locator('[data-checked]').textContent())!;
    expect(checked).toMatch(/Windows node pools.*Calico: Partly/s);
    await expect(page.locator('[data-part="engine:calico"]:not([hidden]) a[href="/policy-engines/calico/#windows-server-2025-not-documented"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('copies a Markdown decision record with the whole configuration, sources, limitations and dates', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?${WINDOWS_QUERY}`);
    await page.getByRole('button', { name: 'Copy decision record' }).click();
    const record = await page.evaluate(() => navigator.clipboard.readText());
    expect(record).toMatch(/^# Network configuration: Azure CNI Pod Subnet, dynamic IP allocation on the Azure dataplane, with Calico network policy\n/);
    expect(record).toContain(`| IP mode | [Azure CNI Pod Subnet, dynamic IP allocation](${server.url}/plugins/azure-cni-pod-subnet-dynamic/) |`);
    expect(record).toContain('| Dataplane | Azure (iptables and kube-proxy) |');
    expect(record).toContain(`| Network policy | [Calico](${server.url}/policy-engines/calico/) |`);
    expect(record).toContain('--network-policy calico');
    for (const heading of ['## Decision', '## Context', '## Requirements checked against the data', '## Consequences']) expect(record).toContain(`\n${heading}\n`);
    expect(record).toContain(`- Decision path: ${server.url}/decide/?${WINDOWS_QUERY}`);
    expect(record).toMatch(/- Guidance last verified: \d{4}-\d{2}-\d{2}; data of the parts last verified: \d{4}-\d{2}-\d{2}/);
    expect(record).toContain('**Does the cluster need network policy?** Yes, Kubernetes NetworkPolicy.');
    expect(record).toMatch(/Sources: \[Secure Pod Traffic with Network Policies in Azure Kubernetes Service \(AKS\)\]\(https:\/\/learn\.microsoft\.com\//);
    expect(record).toMatch(/- \*\*Windows node pools\*\* \(.*\): Azure CNI Pod Subnet, dynamic IP allocation: yes.*; Calico: partly/);
    expect(record).toContain(`### Network policy: [Calico](${server.url}/policy-engines/calico/)`);
    expect(record).toContain(`(${server.url}/policy-engines/calico/#windows-server-2025-not-documented)`);
    expect(record).toContain(`(${server.url}/plugins/azure-cni-pod-subnet-dynamic/#`);
    await page.close();
  });

  it('restores the path on reload, and steps back and forward', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?${POLICY_QUERY}`);
    await page.reload();
    await expect(resultHeading(page).textContent()).resolves.toContain('Azure CNI Overlay with the Cilium dataplane');
    await expect(configRows(page)).resolves.toContain('Network policy: Cilium');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('[data-question-text]').textContent()).resolves.toBe('Must pod traffic between nodes be encrypted by the cluster?');
    expect(new URL(page.url()).searchParams.get('path')).toBe(POLICY_QUERY.slice('path='.length).replace(/,encryption:no$/, ''));
    await page.getByRole('button', { name: 'Forward', exact: true }).click();
    await expect(resultHeading(page).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start over', exact: true }).click();
    await expect(page.locator('[data-question-text]').textContent()).resolves.toContain('Is this a new cluster');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('opens a link that stops before a recommendation at its next question, and says so', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?path=starting-point:kubenet,kubenet-goal:same`);
    await expect(page.locator('[data-question-text]').textContent()).resolves.toBe('Does the cluster need network policy after the move?');
    await expect(page.locator('[data-stale]').isVisible()).resolves.toBe(true);
    await answer(page, 'Yes, with Calico');
    await expect(page.locator('[data-stale]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-migration]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-migration-steps] code').first().textContent()).resolves.toContain('--network-plugin-mode overlay');
    await page.close();
  });

  it('ignores the invalid tail of a stale link and opens at the last question that still fits', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?path=starting-point:new,cni-ownership:gone,virtual-nodes:no`);
    await expect(page.locator('[data-question-text]').textContent()).resolves.toContain('Will Microsoft support');
    await page.close();
  });

  it('copies the Mermaid source with absolute links', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/decide/');
    await page.locator('#fm-decide-diagram').getByRole('button', { name: /Copy Mermaid source/ }).click();
    const source = await page.evaluate(() => navigator.clipboard.readText());
    expect(source).toMatch(/^flowchart TD\n {2}accTitle: /);
    expect(source).toContain(`href "${server.url}/plugins/azure-cni-overlay/"`);
    expect(source).toContain(`href "${server.url}/policy-engines/calico/"`);
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

  it('at 1280 px shows the tree beside the questions, following the path, with zoom and a full-screen view', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/decide/?${WINDOWS_QUERY}`);
    const chooser = (await page.locator('.fm-decide').boundingBox())!;
    const frame = page.locator('#fm-decide-diagram .fm-diagram__scroll');
    const pane = (await frame.boundingBox())!;
    expect(pane.x).toBeGreaterThan(chooser.x + chooser.width - 1);
    expect(pane.y).toBeLessThan(chooser.y + 400);
    // The current node is scrolled into the pane.
    await expect
      .poll(async () => {
        const node = await page.locator('#fm-decide-diagram g.node.is-current > rect').boundingBox();
        return node !== null && node.x >= pane.x - 1 && node.x + node.width <= pane.x + pane.width + 1 && node.y >= pane.y - 1 && node.y + node.height <= pane.y + pane.height + 1;
      })
      .toBe(true);
    // The pane stays in view while the reader scrolls through the result.
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(async () => (await frame.boundingBox())!.y).toBeLessThan(200);
    const stuck = (await frame.boundingBox())!;
    expect(stuck.y + stuck.height).toBeLessThanOrEqual(900);
    const width = () => page.locator('#fm-decide-diagram svg.fm-diagram__svg').evaluate((s) => s.getBoundingClientRect().width);
    const natural = await width();
    await page.locator('#fm-decide-diagram').getByRole('button', { name: /^Zoom in/ }).click();
    expect(await width()).toBeGreaterThan(natural * 1.2);
    await page.locator('#fm-decide-diagram').getByRole('button', { name: /^Fit/ }).click();
    expect(await width()).toBeLessThanOrEqual(pane.width);
    const full = page.locator('#fm-decide-diagram').getByRole('button', { name: 'Full screen' });
    await full.click();
    const expanded = (await frame.boundingBox())!;
    expect(expanded.width).toBeGreaterThan(1200);
    await page.keyboard.press('Escape');
    await expect(page.locator('#fm-decide-diagram').getAttribute('class')).resolves.not.toContain('is-full');
    await page.close();
  });

  it('at phone width shows the outline instead of the diagram, with the diagram one button away', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${server.url}/decide/?${WINDOWS_QUERY}`);
    const figure = page.locator('#fm-decide-diagram');
    await expect(figure.locator('.fm-diagram__scroll').isVisible()).resolves.toBe(false);
    await expect(figure.locator('.fm-diagram__narrow').isVisible()).resolves.toBe(true);
    await expect(figure.locator('.fm-diagram__narrow a[href="#fm-decision-outline"]').count()).resolves.toBe(1);
    await expect(page.locator('#fm-decision-outline').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await figure.getByRole('button', { name: 'Full screen' }).click();
    const frame = (await figure.locator('.fm-diagram__scroll').boundingBox())!;
    expect(frame.width).toBeGreaterThan(300);
    const fontSize = await figure.locator('svg g.node text').first().evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(12);
    await phone.close();
  });

  it('without JavaScript shows the whole tree as a nested list and hides the chooser', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(server.url + '/decide/');
    await expect(page.locator('#fm-decision-outline').isVisible()).resolves.toBe(true);
    await expect(page.locator('#fm-decision-outline ul ul').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('#q-policy').isVisible()).resolves.toBe(true);
    await expect(page.locator('#q-windows-policy').isVisible()).resolves.toBe(true);
    await expect(page.locator('.fm-decide').isVisible()).resolves.toBe(false);
    await noJs.close();
  });
});

describe('accessibility of the decision pages', () => {
  const pages = ['/decide/', `/decide/?${POLICY_QUERY}`, `/decide/?${WINDOWS_QUERY}`, '/guides/choosing-a-network-plugin/', '/guides/leaving-kubenet/'];
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
