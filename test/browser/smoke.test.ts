import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

let browser: Browser;
const server = { url: inject('previewUrl') };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('smoke', () => {
  it('the home page loads with no console error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    const response = await page.goto(server.url + '/');
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('AKS Networking Field Manual');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the header search finds "overlay" and links to the Overlay plugin page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await page.getByRole('button', { name: /search/i }).first().click();
    const input = page.getByRole('searchbox').or(page.locator('dialog input[type="search"], dialog input')).first();
    await input.fill('overlay');
    const link = page.locator('dialog a[href*="/plugins/azure-cni-overlay/"]').first();
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    await page.waitForURL(/\/plugins\/azure-cni-overlay\//);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Azure CNI Overlay');
    await page.close();
  });
});
