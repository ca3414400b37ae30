import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/cli/serve-static';
import { launchBrowser } from '../support/browser';
import { ensureOrgSite, ORG_BASE } from '../support/org-site';

/**
 * The organisation build (its guidance files, title and footer; SITE_BASE=/aks-field-manual/)
 * served under that path by a static host that has nothing outside it: search, follow a result,
 * copy a limitation link, restore a calculator URL, filter limitations by position, all under the
 * base path. Built by `npm test` (test/support/org-site.ts) and reused here when nothing changed.
 */
let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
/** Where the site lives: origin plus base path, e.g. http://127.0.0.1:1234/aks-field-manual/. */
let site: string;
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  const org = ensureOrgSite();
  server = await serveStatic(org.dist, { base: org.base });
  site = server.url + ORG_BASE;
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a page of the site, recording errors and any request outside the base path. */
async function open(path: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => !r.url().startsWith(site) && !/^(data|blob):/.test(r.url()) && outside.push(r.url()));
  await page.goto(site + path.replace(/^\//, ''));
  return { page, errors, outside };
}

describe('under /aks-field-manual/', () => {
  it('search finds an organisation\'s rationale, and the result opens the subject page under the base path', async () => {
    const { page, errors, outside } = await open('/search/?q=Fabrikam');
    const first = page.locator('[data-search-results] > li a.fm-search__title').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe(`${ORG_BASE}plugins/kubenet/`);
    await expect(page.locator('[data-search-results] > li').first().textContent()).resolves.toContain('Position: Prohibited');
    await first.click();
    await page.waitForURL(`${site}plugins/kubenet/`);
    await expect(page.locator('#position').textContent()).resolves.toBe('Contoso platform team’s position');
    await expect(page.locator('section[data-guidance]').textContent()).resolves.toContain('review overdue');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('a limitation result lands on its anchor under the base path', async () => {
    const { page } = await open('/search/?q=400%20nodes&type=Limitation&plugin=kubenet');
    const first = page.locator('[data-search-results] > li a.fm-search__title').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe(`${ORG_BASE}plugins/kubenet/#max-400-nodes`);
    await first.click();
    await page.waitForURL(`${site}plugins/kubenet/#max-400-nodes`);
    await page.close();
  });

  it('the position facet narrows the search to the subjects with that position', async () => {
    const { page } = await open('/search/?position=Prohibited&type=Plugin,Policy%20engine');
    const links = page.locator('[data-search-results] > li a.fm-search__title');
    await links.first().waitFor();
    await expect.poll(async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual([`${ORG_BASE}plugins/kubenet/`, `${ORG_BASE}policy-engines/azure-npm/`]);
    await page.close();
  });

  it('the search dialog in the header finds a page and links under the base path', async () => {
    const { page } = await open('/');
    await page.getByRole('button', { name: /search/i }).first().click();
    await page.locator('dialog input').first().fill('Network architecture board');
    const result = page.locator('dialog a[href*="azure-cni-pod-subnet-dynamic"]').first();
    await result.waitFor({ timeout: 15_000 });
    await expect(result.getAttribute('href')).resolves.toMatch(new RegExp(`^${ORG_BASE}plugins/azure-cni-pod-subnet-dynamic/`));
    await result.click();
    await page.waitForURL(new RegExp(`^${site}plugins/azure-cni-pod-subnet-dynamic/`));
    await page.close();
  });

  it('copying a limitation link gives its absolute URL with the base path', async () => {
    const { page } = await open('/plugins/kubenet/');
    await page.getByRole('button', { name: /Copy link to this limitation: At most 400 nodes/ }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${site}plugins/kubenet/#max-400-nodes`);
    await page.close();
  });

  it('a calculator keeps its inputs in a URL under the base path, and opening that URL restores them', async () => {
    const { page, errors, outside } = await open('/calculators/node-subnet/');
    await page.locator('[data-calc="node-subnet"][data-calc-ready="true"]').waitFor();
    await page.getByLabel(/^Nodes/).fill('100');
    // One surge node, as in the IP planning article's formula (the example now leaves max surge at the AKS default).
    await page.getByLabel(/^Max surge/).fill('1');
    await page.waitForFunction(() => document.querySelector('[data-key="requiredIps"] .calc-metric__value')?.textContent === '3,131');
    const linked = new URL(page.url());
    expect(linked.pathname).toBe(`${ORG_BASE}calculators/node-subnet/`);
    expect(linked.searchParams.get('nodes')).toBe('100');
    expect(linked.searchParams.get('maxSurge')).toBe('1');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.locator('[data-calc-copy-status]').filter({ hasText: 'Copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain(`${site}calculators/node-subnet/?`);
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto(linked.href);
    await reopened.locator('[data-calc="node-subnet"][data-calc-ready="true"]').waitFor();
    await expect(reopened.getByLabel(/^Nodes/).inputValue()).resolves.toBe('100');
    await expect(reopened.locator('[data-key="requiredIps"] .calc-metric__value').first().textContent()).resolves.toBe('3,131');
    await reopened.close();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('the limitations index filters by position, keeps it in the URL and restores it', async () => {
    const { page } = await open('/limitations/');
    await page.getByLabel('Position').selectOption('prohibited');
    expect(new URL(page.url()).searchParams.get('position')).toBe('prohibited');
    const owners = () => page.locator('li[data-owner]:not([hidden])').evaluateAll((lis) => [...new Set(lis.map((li) => (li as HTMLElement).dataset.owner))].sort());
    await expect(owners()).resolves.toEqual(['azure-npm', 'kubenet']);
    await page.reload();
    await expect(page.getByLabel('Position').inputValue()).resolves.toBe('prohibited');
    await expect(owners()).resolves.toEqual(['azure-npm', 'kubenet']);
    await page.getByLabel('Position').selectOption('none');
    await expect(owners()).resolves.not.toContain('kubenet');
    await page.close();
  });

  it('the chooser copies its decision record and diagram with links under the base path', async () => {
    const { page } = await open('/decide/');
    await page.locator('#fm-decide-diagram').getByRole('button', { name: /Copy Mermaid source/ }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain(`href "${site}plugins/azure-cni-overlay/"`);
    await page.close();
  });

  it('a missing page under the base path answers the 404 page, whose links stay under it', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${site}plugins/no-such-plugin/`);
    expect(response?.status()).toBe(404);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(ORG_BASE))).toEqual([]);
    await page.close();
  });
});

/** The path of the chooser that ends on the fixture's prohibited configuration (Pod Subnet static block on Cilium). */
const PROHIBITED_PATH = 'starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:yes,flat-ip-space:plenty,flat-scale:yes,flat-private-link:no,policy:none,observability:flow-logs';

describe('wave 2 surfaces under /aks-field-manual/', () => {
  it('the chooser, answered step by step to a prohibited configuration, warns and copies a record with the position, owner and links', async () => {
    const { page, errors, outside } = await open('/decide/');
    for (const step of PROHIBITED_PATH.split(',')) {
      const answer = step.split(':')[1]!;
      await page.locator(`[data-answers] [data-answer="${answer}"]`).click();
    }
    await expect(page.locator('#fm-decide-result-heading').textContent()).resolves.toBe('Azure CNI Pod Subnet (static block) with the Cilium dataplane and Cilium network policy');
    expect(new URL(page.url()).searchParams.get('path')).toBe(PROHIBITED_PATH);
    const warning = page.locator('[data-position-warning]');
    await expect(warning.isVisible()).resolves.toBe(true);
    await expect(warning.textContent()).resolves.toBe(
      'Contoso platform team’s position: Configuration Azure CNI Pod Subnet (static block) with the Cilium dataplane must not be used (Prohibited). Settle it with the owner before you build this configuration; the facts below are unchanged.',
    );
    await expect(page.locator('#fm-decide-positions-heading').textContent()).resolves.toBe('Contoso platform team’s position');
    // The result is not headed "Recommended" when the organisation prohibits it.
    await expect(page.locator('[data-result-step]').textContent()).resolves.toBe('Configuration the facts lead to, which Contoso platform team prohibits');
    const item = page.locator('[data-position-list] > li').first();
    await expect(item.textContent()).resolves.toContain('Owner: platform-network@contoso.example; review by 2027-06-30.');
    await expect(item.locator('a', { hasText: 'Network standard NS-12' }).getAttribute('href')).resolves.toBe('https://standards.contoso.example/network/ns-12');
    await expect(item.locator('a').first().getAttribute('href')).resolves.toBe(`${ORG_BASE}configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/#position`);
    // The facts are still all there: the command and the limitations of every part.
    await expect(page.locator('#fm-decide-command').textContent()).resolves.toContain('--pod-ip-allocation-mode StaticBlock');
    await page.getByRole('button', { name: 'Copy decision record' }).click();
    const record = await page.evaluate(() => navigator.clipboard.readText());
    expect(record).toContain('- Status: proposed; conflicts with a prohibited position (see below)');
    expect(record).toContain('## Contoso platform team’s position');
    expect(record).toContain(`Configuration: [Azure CNI Pod Subnet (static block) with the Cilium dataplane](${site}configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/) must not be used.`);
    expect(record).toContain('Owner: platform-network@contoso.example; review by 2027-06-30. See [Network standard NS-12](https://standards.contoso.example/network/ns-12).');
    expect(record).toContain(`- Decision path: ${site}decide/?path=`);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('a path to a recommended configuration shows its position without a warning', async () => {
    const { page } = await open(`/decide/?path=starting-point:new,cni-ownership:managed,virtual-nodes:no,windows:no,pod-ips:no,dual-stack:no,policy:none,observability:flow-logs`);
    await page.locator('#fm-decide-result-heading').filter({ hasText: /Overlay/ }).waitFor();
    await expect(page.locator('[data-positions]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-position-warning]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-result-step]').textContent()).resolves.toBe('Recommended configuration');
    await expect(page.locator('[data-position-list]').textContent()).resolves.toContain('Recommended');
    await page.close();
  });

  it('the comparison orders its columns by position, keeps the order in the URL and restores it', async () => {
    const { page, errors } = await open('/compare/?plugins=kubenet,azure-cni-overlay,byo-cni,azure-cni-pod-subnet-dynamic');
    const order = () => page.locator('thead th[data-plugin]:not([hidden])').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.plugin));
    const positionRow = () => page.locator('#row-position td:not([hidden])').evaluateAll((tds) => tds.map((td) => td.textContent));
    await expect(order()).resolves.toEqual(['azure-cni-overlay', 'azure-cni-pod-subnet-dynamic', 'byo-cni', 'kubenet']);
    /** The visible cells of the first property row, by the column heading above each. */
    const firstRow = async () => {
      // The value, without the note number (notes are renumbered in reading order).
      const texts = await page.locator('tr[data-row]:not(#row-position)').first().locator('td:not([hidden])').evaluateAll((tds) => tds.map((td) => `${td.className} ${td.querySelector('.fm-m__val')?.textContent}`));
      const ids = await order();
      return Object.fromEntries(ids.map((id, i) => [id, texts[i]]));
    };
    const before = await firstRow();
    await page.getByLabel('Order columns').selectOption('position');
    await expect(order()).resolves.toEqual(['azure-cni-overlay', 'byo-cni', 'azure-cni-pod-subnet-dynamic', 'kubenet']);
    await expect(positionRow()).resolves.toEqual(['✓Recommended', 'No position', '!By exception', '⊘ProhibitedReview overdue']);
    expect(new URL(page.url()).searchParams.get('order')).toBe('position');
    // Every row follows its column: each heading still stands over its own cell.
    await expect(firstRow()).resolves.toEqual(before);
    expect(new Set(Object.values(before)).size).toBeGreaterThan(1);
    await page.reload();
    await expect(page.getByLabel('Order columns').inputValue()).resolves.toBe('position');
    await expect(order()).resolves.toEqual(['azure-cni-overlay', 'byo-cni', 'azure-cni-pod-subnet-dynamic', 'kubenet']);
    await page.getByLabel('Order columns').selectOption('');
    await expect(order()).resolves.toEqual(['azure-cni-overlay', 'azure-cni-pod-subnet-dynamic', 'byo-cni', 'kubenet']);
    expect(new URL(page.url()).searchParams.get('order')).toBeNull();
    await page.locator('#row-position td:not([hidden]) a').last().click();
    await page.waitForURL(`${site}plugins/kubenet/#position`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the network profile reader flags a prohibited configuration and an exception setting, and a copied link restores both', async () => {
    const { page, errors } = await open('/calculators/network-profile/');
    await page.locator('[data-calc="network-profile"][data-calc-ready="true"]').waitFor();
    await page.locator('[data-calc="network-profile"] textarea').fill(
      JSON.stringify({ networkPlugin: 'azure', networkDataplane: 'cilium', networkPolicy: 'cilium', podSubnet: false, kubeProxyConfig: { enabled: true, mode: 'IPVS', ipvsConfig: { scheduler: 'LeastConnection' } } }),
    );
    const findings = page.locator('[data-calc-output] [data-code^="position-"]');
    await expect.poll(() => findings.evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset.code} ${li.querySelector('a')?.getAttribute('href')}`))).toEqual([
      `position-prohibited ${ORG_BASE}configurations/azure-cni-node-subnet-cilium-dataplane/#position`,
      `position-exception ${ORG_BASE}settings/#kube-proxy-config`,
    ]);
    await expect(findings.first().textContent()).resolves.toContain('Contoso platform team’s position: Prohibited. The cluster uses Azure CNI Node Subnet with the Cilium dataplane');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('profile'));
    const url = page.url();
    expect(decodeURIComponent(url)).not.toContain('LeastConnection');
    await page.close();
    const again = await context.newPage();
    await again.goto(url);
    await again.locator('[data-calc="network-profile"][data-calc-ready="true"]').waitFor();
    await expect(again.locator('[data-calc-output] [data-code^="position-"]').count()).resolves.toBe(2);
    await again.close();
    expect(errors).toEqual([]);
  });
});

describe('guidance markup is accessible', () => {
  it.each([
    ['/plugins/kubenet/', 'light'],
    ['/plugins/kubenet/', 'dark'],
    ['/limitations/', 'light'],
    ['/limitations/', 'dark'],
    ['/compare/?order=position&plugins=azure-cni-overlay,kubenet,azure-cni-pod-subnet-dynamic-cilium-dataplane,byo-cni', 'light'],
    ['/compare/?order=position&plugins=azure-cni-overlay,kubenet,azure-cni-pod-subnet-dynamic-cilium-dataplane,byo-cni', 'dark'],
    [`/decide/?path=${PROHIBITED_PATH}`, 'light'],
    [`/decide/?path=${PROHIBITED_PATH}`, 'dark'],
    ['/configurations/azure-cni-pod-subnet-dynamic-cilium-dataplane/', 'dark'],
    ['/settings/', 'light'],
  ] as const)('%s in %s mode has no serious or critical axe violation', async (path, theme) => {
    const themed = await browser.newContext({ colorScheme: theme });
    await themed.addInitScript((t) => window.localStorage.setItem('starlight-theme', t), theme);
    const page = await themed.newPage();
    await page.goto(site + path.slice(1), { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    await themed.close();
  });
});
