import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const server = { url: inject('previewUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What `az aks nodepool add` prints, with a reader's own numbers, subnet and target. */
const PASTED = [
  "(InsufficientSubnetSize) Pre-allocated IPs 3162 exceeds IPs available 2043 in Subnet Cidr 10.42.8.0/21, Subnet Name snet-aks-prod-weu. If Autoscaler is enabled, the max-count from each nodepool is counted towards this total, which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested. See http://aka.ms/aks/insufficientsubnetsize for troubleshooting steps. Surge nodes would also consume the subnet IP space, consider use smaller maxSurge or use maxUnavailable (aka.ms/aks/maxUnavailable).",
  'Code: InsufficientSubnetSize',
  'Target: agentPoolProfile.vnetSubnetID',
].join('\n');

describe('a pasted error message', () => {
  it('in the header search: the query becomes the words such messages share, and the error page is the first result', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(server.url + '/plugins/');
    await page.evaluate((t) => navigator.clipboard.writeText(t), PASTED);
    await page.getByRole('button', { name: /search/i }).first().click();
    const input = page.locator('#starlight__search input').first();
    await input.click();
    await page.keyboard.press('Control+V');
    const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await expect.poll(() => first.getAttribute('href').catch(() => null), { timeout: 15_000 }).toBe('/errors/insufficient-subnet-size/');
    await expect(page.locator('#fm-search-paste-note').textContent()).resolves.toContain('were left out');
    expect(await input.inputValue()).not.toContain('3162');
    await context.close();
  });

  it('on /search/: the error page comes first and the status says what the search left out', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(PASTED)}`);
    const first = page.locator('[data-search-results] > li a').first();
    await expect.poll(() => first.getAttribute('href').catch(() => null), { timeout: 15_000 }).toBe('/errors/insufficient-subnet-size/');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('left out');
    await page.close();
  });
});

describe('/errors/ filters', () => {
  it('narrow by operation and plugin, say how many are shown, and keep the choice in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/errors/');
    const status = page.locator('[data-filter-status]');
    const all = Number(/(\d+) error/.exec((await status.textContent()) ?? '')![1]);
    await page.locator('[data-error-filters] select[name="operation"]').selectOption('migrate');
    const migrations = Number(/(\d+) error/.exec((await status.textContent()) ?? '')![1]);
    expect(migrations).toBeGreaterThan(0);
    expect(migrations).toBeLessThan(all);
    await expect(page.locator('[data-operation-group="create"]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-operation-group="migrate"]').isVisible()).resolves.toBe(true);
    await page.locator('[data-error-filters] select[name="plugin"]').selectOption('kubenet');
    expect(new URL(page.url()).searchParams.get('operation')).toBe('migrate');
    expect(new URL(page.url()).searchParams.get('plugin')).toBe('kubenet');
    const visible = await page.locator('li[data-error]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.plugins));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((p) => p === 'any' || p!.split(' ').includes('kubenet'))).toBe(true);
    await page.close();
  });

  it('restores the filters from the URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/errors/?operation=delete&q=route');
    await expect(page.locator('[data-error-filters] select[name="operation"]').inputValue()).resolves.toBe('delete');
    const shown = await page.locator('li[data-error]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.error));
    expect(shown).toEqual(['route-table-in-use']);
    await page.close();
  });
});

describe('/settings/ at phone width', () => {
  it('does not scroll sideways; the matrix scrolls inside its own region, reachable by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(server.url + '/settings/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = page.getByRole('region', { name: 'At a glance' });
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    await page.close();
  });
});
