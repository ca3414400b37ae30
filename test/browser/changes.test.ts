import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { changeEntries } from '../../src/generators/changes';
import { dataLocations, loadModel } from '../../src/model';
import { launchBrowser } from '../support/browser';

let browser: Browser;
const server = { url: inject('previewUrl') };
const changes = changeEntries(loadModel(dataLocations()));

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const visible = (page: import('playwright-core').Page) => page.locator('ol.fm-changes > li:not([hidden])');

describe('/changes/ in a browser', () => {
  it('lists every change without JavaScript, and shows no filter form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + '/changes/?since=2026-07-01');
    await expect(visible(page).count()).resolves.toBe(changes.length);
    await expect(page.locator('[data-changes-filters]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('?since= narrows the list to changes on or after the date, and the date field edits it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/changes/?since=2026-07-01');
    const expected = changes.filter((c) => c.date >= '2026-07-01');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(changes.length);
    await expect(visible(page).count()).resolves.toBe(expected.length);
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toBe(`${expected.length} changes since 2026-07-01.`);
    await page.locator('input[name="since"]').fill('2026-12-01');
    const later = changes.filter((c) => c.date >= '2026-12-01').length;
    await expect(visible(page).count()).resolves.toBe(later);
    expect(new URL(page.url()).searchParams.get('since')).toBe('2026-12-01');
    await page.close();
  });

  it('a plugin page links its own changes, and the link narrows the list to that plugin', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/plugins/azure-cni-cilium/');
    await page.locator('a[href$="/changes/?owner=azure-cni-cilium"]').click();
    await page.waitForURL(/owner=azure-cni-cilium/);
    const own = changes.filter((c) => c.owner.id === 'azure-cni-cilium');
    await expect(visible(page).count()).resolves.toBe(own.length);
    await page.close();
  });

  it('an entry anchor lands on its entry, and its fact link lands on the fact', async () => {
    const change = changes.find((c) => c.kind === 'lifted')!;
    const page = await browser.newPage();
    await page.goto(`${server.url}/changes/#${change.anchor}`);
    const entry = page.locator(`li[id="${change.anchor}"]`);
    await expect(entry.isVisible()).resolves.toBe(true);
    await entry.locator('h2 a').click();
    await page.waitForURL((url) => url.hash === `#${change.factPath.split('#')[1]}`);
    const target = page.locator(`[id="${change.factPath.split('#')[1]}"]`);
    await expect(target.isVisible()).resolves.toBe(true);
    await expect(target.textContent()).resolves.toContain(`Lifted ${change.date}`);
    await page.close();
  });
});
