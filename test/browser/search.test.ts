import type { Browser, Page } from 'playwright-core';
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

/** Waits until the results show the state in the address bar, and returns their count. */
async function resultCount(page: Page): Promise<number> {
  const list = page.locator('[data-search-results]');
  await expect.poll(async () => (await list.getAttribute('data-for')) === new URL(page.url()).search, { timeout: 15_000 }).toBe(true);
  const text = (await page.locator('[data-search-status]').textContent()) ?? '';
  return Number(/(\d+) result/.exec(text)![1]);
}

describe('/search/', () => {
  it('facets narrow (AND across facets) and widen (OR within a facet), and the URL follows', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/search/?q=nodes');
    const all = await resultCount(page);
    await page.getByRole('checkbox', { name: /^Limitation/ }).check();
    const limitations = await resultCount(page);
    expect(limitations).toBeLessThan(all);
    await page.getByRole('checkbox', { name: /^Blocker/ }).check();
    const blockers = await resultCount(page);
    expect(blockers).toBeLessThan(limitations);
    await page.getByRole('checkbox', { name: /^Caution/ }).check();
    const blockersOrCautions = await resultCount(page);
    expect(blockersOrCautions).toBeGreaterThan(blockers);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('nodes');
    expect(url.searchParams.get('type')).toBe('Limitation');
    expect(url.searchParams.get('severity')).toBe('Blocker,Caution');
    await page.close();
  });

  it('opening a URL restores the query and the facets', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/search/?q=400%20nodes&type=Limitation&plugin=kubenet');
    await resultCount(page);
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('400 nodes');
    await expect(page.getByRole('checkbox', { name: /^Limitation/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^kubenet \(/ }).isChecked()).resolves.toBe(true);
    const first = page.locator('[data-search-results] > li a').first();
    await expect(first.getAttribute('href')).resolves.toBe('/plugins/kubenet/#max-400-nodes');
    await page.close();
  });

  it('is operable from the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/search/');
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('ipBlock');
    const before = await resultCount(page);
    // Tab to the first facet value (Type: Plugin) and tick it with the space bar.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('Plugin');
    await page.keyboard.press('Space');
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    await page.close();
  });
});
