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
    await page.waitForFunction(() => document.querySelector('[data-key="requiredIps"] .calc-metric__value')?.textContent === '3,131');
    const linked = new URL(page.url());
    expect(linked.pathname).toBe(`${ORG_BASE}calculators/node-subnet/`);
    expect(linked.searchParams.get('nodes')).toBe('100');
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

describe('guidance markup is accessible', () => {
  it.each([
    ['/plugins/kubenet/', 'light'],
    ['/plugins/kubenet/', 'dark'],
    ['/limitations/', 'light'],
    ['/limitations/', 'dark'],
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
