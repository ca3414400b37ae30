import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

let browser: Browser;
const server = { url: inject('previewUrl') };
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(async () => {
  await browser?.close();
});

/** Ids of the plugin columns currently shown. */
const visibleColumns = (page: Page) => page.$$eval('thead th[data-plugin]:not([hidden])', (ths) => ths.map((th) => (th as HTMLElement).dataset.plugin));

describe('/compare/', () => {
  it('choosing two plugins changes the URL, and a reload restores the choice', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/compare/');
    await page.getByRole('button', { name: 'Select all' }).waitFor();
    // Untick everything but kubenet and Overlay.
    for (const box of await page.locator('input[name="plugins"]').all()) {
      const id = await box.getAttribute('value');
      if (id !== 'kubenet' && id !== 'azure-cni-overlay') await box.uncheck();
    }
    expect(new URL(page.url()).searchParams.get('plugins')).toBe('kubenet,azure-cni-overlay');
    expect(await visibleColumns(page)).toEqual(['kubenet', 'azure-cni-overlay']);
    await page.reload();
    expect(await visibleColumns(page)).toEqual(['kubenet', 'azure-cni-overlay']);
    await expect(page.locator('input[value="azure-cni-node-subnet"]').isChecked()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: /side-by-side page/ }).getAttribute('href')).resolves.toBe('/compare/azure-cni-overlay-vs-kubenet/');
    await page.close();
  });

  it('"differences only" hides the rows whose shown values are equal, and keeps the others', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/compare/?plugins=azure-cni-overlay,azure-cni-cilium');
    await page.getByLabel('Differences only').check();
    expect(new URL(page.url()).searchParams.get('diff')).toBe('1');
    const rows = await page.$$eval('tr[data-row]', (trs) =>
      trs.map((tr) => ({
        hidden: (tr as HTMLElement).hidden,
        keys: [...tr.querySelectorAll('td[data-plugin]:not([hidden])')].map((td) => (td as HTMLElement).dataset.key),
      })),
    );
    const equal = rows.filter((r) => new Set(r.keys).size === 1);
    const differing = rows.filter((r) => new Set(r.keys).size > 1);
    expect(equal.length).toBeGreaterThan(0);
    expect(differing.length).toBeGreaterThan(0);
    expect(equal.every((r) => r.hidden)).toBe(true);
    expect(differing.every((r) => !r.hidden)).toBe(true);
    await page.getByLabel('Differences only').uncheck();
    await expect(page.locator('tr[data-row][hidden]').count()).resolves.toBe(0);
    await page.close();
  });

  it('without JavaScript the full table is there', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(server.url + '/compare/?plugins=kubenet');
    const columns = await page.locator('thead th[data-plugin]').count();
    expect(columns).toBeGreaterThanOrEqual(8);
    await expect(page.locator('thead th[data-plugin][hidden]').count()).resolves.toBe(0);
    await noJs.close();
  });
});

describe('copy-link buttons', () => {
  it('put the limitation\'s absolute URL with its anchor on the clipboard', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/plugins/kubenet/');
    const button = page.getByRole('button', { name: /Copy link to this limitation: At most 400 nodes/ });
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${server.url}/plugins/kubenet/#max-400-nodes`);
    await expect(page.locator('#fm-copy-status').textContent()).resolves.toBe('Copied');
    await page.close();
  });
});
