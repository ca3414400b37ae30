import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CALCULATOR_NAMES } from '../../src/calculators';
import { launchBrowser } from '../support/browser';
import { DIST } from '../support/dist';

let browser: Browser;
const server = { url: inject('previewUrl') };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records console errors, page errors and any request that leaves the site. */
async function open(url: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location().url) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && external.push(r.url()));
  await page.goto(server.url + url);
  return { page, errors, external, close: () => context.close() };
}

/** Waits until the calculator script has mounted. */
async function ready(page: Page, name: string) {
  await page.locator(`[data-calc="${name}"][data-calc-ready="true"]`).waitFor();
}

const metric = (page: Page, key: string) => page.locator(`[data-calc-output] [data-key="${key}"] .calc-metric__value`).first().textContent();

describe('calculator pages', () => {
  it('/calculators/ lists every calculator with its purpose', async () => {
    const { page, errors, close } = await open('/calculators/');
    for (const name of CALCULATOR_NAMES) await expect(page.locator(`a[href="/calculators/${name}/"]`).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('changing an input updates the result and the URL; opening that URL restores it', async () => {
    const { page, errors, external, close } = await open('/calculators/node-subnet/');
    await ready(page, 'node-subnet');
    await expect(metric(page, 'requiredIps')).resolves.toBe('1,705');
    await page.getByLabel(/^Nodes/).fill('100');
    // (100 + 10 surge, the 10% default) x (30 + 1) = 3,410 -> a /20
    await page.waitForFunction(() => document.querySelector('[data-key="requiredIps"] .calc-metric__value')?.textContent === '3,410');
    await expect(metric(page, 'minimumPrefix')).resolves.toBe('/20');
    expect(new URL(page.url()).searchParams.get('nodes')).toBe('100');
    await page.waitForFunction(() => document.querySelector('[data-calc-summary]')?.textContent?.includes('3,410'));
    await expect(page.locator('[data-calc-command]').textContent()).resolves.toContain('--node-count 100');
    const linked = page.url();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();

    const reopened = await open(new URL(linked).pathname + new URL(linked).search);
    await ready(reopened.page, 'node-subnet');
    await expect(reopened.page.getByLabel(/^Nodes/).inputValue()).resolves.toBe('100');
    await expect(metric(reopened.page, 'requiredIps')).resolves.toBe('3,410');
    await expect(reopened.page.locator('[data-calc-summary]').textContent()).resolves.toContain('3,410');
    await reopened.close();
  });

  it('with JavaScript off the worked example and its findings are shown', async () => {
    const { page, close } = await open('/calculators/node-subnet/?nodes=100', { javaScriptEnabled: false });
    await expect(metric(page, 'requiredIps')).resolves.toBe('1,705');
    await expect(metric(page, 'minimumPrefix')).resolves.toBe('/21');
    await expect(page.locator('.calc-finding').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.calc-finding__severity').first().textContent()).resolves.toMatch(/Info|Warning|Error/);
    await expect(page.locator('[data-calc-command]').textContent()).resolves.toContain('--max-pods 30');
    await close();
  });

  it('a bad input shows an inline message tied to the field, and no NaN anywhere', async () => {
    const { page, errors, close } = await open('/calculators/node-subnet/');
    await ready(page, 'node-subnet');
    const maxPods = page.getByLabel(/^Max pods per node/);
    await maxPods.fill('2.5');
    await page.getByLabel(/^Subnet to check/).fill('10.0.0.300/24');
    const message = page.locator('#calc-node-subnet-maxPods-error');
    await message.waitFor({ state: 'visible' });
    await expect(message.textContent()).resolves.toContain('maxPods: expected a whole number, got 2.5');
    await expect(maxPods.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(maxPods.getAttribute('aria-describedby')).resolves.toContain('calc-node-subnet-maxPods-error');
    await expect(page.locator('#calc-node-subnet-subnet-error').textContent()).resolves.toContain('is not a valid CIDR');
    const text = (await page.locator('[data-calc="node-subnet"]').textContent()) ?? '';
    expect(text).not.toMatch(/\bNaN\b|\bundefined\b|at \w+ \(/);
    await expect(page.locator('[data-calc-output] .calc-metric').count()).resolves.toBe(0);
    await page.waitForFunction(() => document.querySelector('[data-calc-summary]')?.textContent?.startsWith('No result'));

    await maxPods.fill('30');
    await page.getByLabel(/^Subnet to check/).fill('');
    await expect(maxPods.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(message.isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(CALCULATOR_NAMES)('%s: the browser recomputes the same result the build rendered, with no error or outside request', async (name) => {
    const off = await open(`/calculators/${name}/`, { javaScriptEnabled: false });
    const built = await off.page.locator('[data-calc-output]').innerText();
    await off.close();
    const on = await open(`/calculators/${name}/`);
    await ready(on.page, name);
    await expect(on.page.locator('[data-calc-output]').innerText()).resolves.toBe(built);
    expect(on.errors).toEqual([]);
    expect(on.external).toEqual([]);
    await on.close();
  });

  it('pasted JSON is read as text, never as markup', async () => {
    const { page, close } = await open('/calculators/network-profile/');
    await ready(page, 'network-profile');
    // A malformed pod CIDR is an input error now (issue 15), so the markup goes in values that are read.
    await page.getByLabel(/^networkProfile JSON/).fill(JSON.stringify({ networkPlugin: '<img src=x onerror="window.pwned=1">', networkPolicy: '<b>calico</b>', podCidr: '10.0.0.0/8' }));
    await page.waitForFunction(() => document.querySelector('[data-calc-output]')?.textContent?.includes('<img src=x'));
    await expect(page.locator('[data-calc="network-profile"] img, [data-calc="network-profile"] b').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await page.getByLabel(/^networkProfile JSON/).fill('{ not json');
    await page.locator('#calc-network-profile-profile-error').waitFor({ state: 'visible' });
    await expect(page.locator('#calc-network-profile-profile-error').textContent()).resolves.toContain('not valid JSON');
    await close();
  });

  it('copy as Markdown copies the inputs, the numbers and the link', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(server.url + '/calculators/pod-subnet-static-block/?maxPods=31');
    await ready(page, 'pod-subnet-static-block');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.locator('[data-calc-copy-status]').filter({ hasText: 'Copied' }).waitFor();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain(`${server.url}/calculators/pod-subnet-static-block/?maxPods=31`);
    expect(md).toContain('| Wasted IPs per node | 0 |');
    expect(md).toContain('--pod-ip-allocation-mode StaticBlock');
    await context.close();
  });

  it('at phone width (390 px) the page does not scroll sideways and the inputs are reachable by keyboard', async () => {
    const { page, close } = await open('/calculators/compare-all/', { width: 390 });
    await ready(page, 'compare-all');
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
    await page.locator('#calc-compare-all-nodes').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('calc-compare-all-maxSurge');
    await close();
  });
});

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const showText = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/calculators/az-aks-show-overlay-cilium.json'), 'utf8');

describe('node pools, pasted az aks show and hostile input (issue 15)', () => {
  it('adding a pool with the keyboard updates the result and the URL, and reload restores it', async () => {
    const { page, errors, external, close } = await open('/calculators/node-subnet/');
    await ready(page, 'node-subnet');
    await page.getByLabel(/^Nodes/).fill('10');
    await page.getByLabel(/^Max surge/).fill('1');
    const add = page.getByRole('button', { name: 'Add a node pool' });
    await add.focus();
    await page.keyboard.press('Enter');
    // The focus moves into the new pool, and pool 2 is announced.
    await page.waitForFunction(() => document.activeElement?.closest('[data-pool="2"]') !== null);
    await expect(page.locator('[data-calc-pool-status]').textContent()).resolves.toBe('Pool 2 added.');
    const pool2 = page.locator('[data-pool="2"]');
    await pool2.getByLabel('Name').fill('b');
    await pool2.getByLabel('Nodes').fill('20');
    await pool2.getByLabel('Max surge').fill('2');
    await pool2.getByLabel('Max pods').fill('50');
    // (10 + 1) x 31 + (20 + 2) x 51 = 1,463 -> a /21
    await page.waitForFunction(() => document.querySelector('[data-key="requiredIps"] .calc-metric__value')?.textContent === '1,463');
    await expect(metric(page, 'minimumPrefix')).resolves.toBe('/21');
    await expect(page.locator('[data-calc-output] table').first().textContent()).resolves.toContain('b');
    await expect(page.locator('[data-calc-more-commands]').textContent()).resolves.toContain('az aks nodepool add');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pools')?.includes('"b"'));
    const linked = page.url();
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();

    const again = await open(new URL(linked).pathname + new URL(linked).search);
    await ready(again.page, 'node-subnet');
    await again.page.locator('[data-pool="2"]').waitFor();
    await expect(again.page.locator('[data-pool="2"]').getByLabel('Max pods').inputValue()).resolves.toBe('50');
    await expect(metric(again.page, 'requiredIps')).resolves.toBe('1,463');
    // Removing the pool by keyboard goes back to one pool.
    await again.page.getByRole('button', { name: 'Remove pool 2' }).focus();
    await again.page.keyboard.press('Enter');
    await again.page.waitForFunction(() => document.querySelector('[data-key="requiredIps"] .calc-metric__value')?.textContent === '341');
    expect(again.errors).toEqual([]);
    await again.close();
  });

  it('an old single-pool link still restores', async () => {
    const { page, close } = await open('/calculators/node-subnet/?nodes=100&maxSurge=1&extraNodes=0&maxPods=30&otherIps=0');
    await ready(page, 'node-subnet');
    await expect(metric(page, 'requiredIps')).resolves.toBe('3,131');
    await close();
  });

  it.each(['cluster-review', 'network-profile'])('%s: a pasted az aks show leaves no GUID in the URL, and the link restores the result', async (name) => {
    const { page, errors, close } = await open(`/calculators/${name}/`);
    await ready(page, name);
    const textarea = page.locator(`[data-calc="${name}"] textarea`).first();
    await textarea.fill(showText);
    if (name === 'cluster-review') await page.getByLabel(/^Subnet prefixes/).fill('vnet-spoke-prod/snet-aks-nodes = 10.10.0.0/24');
    await page.waitForFunction(() => new URL(location.href).search.length > 20);
    await page.waitForFunction(() => document.querySelector('[data-calc-summary]')?.textContent?.includes('Overlay'));
    const url = page.url();
    expect(decodeURIComponent(url)).not.toMatch(GUID);
    expect(decodeURIComponent(url)).not.toMatch(/subscriptions|tenantId|clientId/);
    expect(url.length).toBeLessThan(2500);
    const summary = await page.locator('[data-calc-summary]').textContent();
    if (name === 'cluster-review') expect(summary).toMatch(/no room for the next upgrade/);
    expect(errors).toEqual([]);
    await close();
    const again = await open(new URL(url).pathname + new URL(url).search);
    await ready(again.page, name);
    await expect(again.page.locator('[data-calc-summary]').textContent()).resolves.toBe(summary);
    await again.close();
  });

  it('an old link with a whole pasted document restores, and the address keeps only what links keep now', async () => {
    // The old page kept the textarea as typed; minified, so the address stays under the 16 KB header limit.
    const { page, close } = await open(`/calculators/network-profile/?profile=${encodeURIComponent(JSON.stringify(JSON.parse(showText)))}`);
    await ready(page, 'network-profile');
    await page.waitForFunction(() => !/tenantId/.test(decodeURIComponent(location.search)));
    expect(decodeURIComponent(page.url())).not.toMatch(GUID);
    await expect(page.locator('[data-calc-summary]').textContent()).resolves.toMatch(/Overlay/);
    await close();
  });

  it('the copied Markdown of a hostile profile has no live link or HTML', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(server.url + '/calculators/network-profile/');
    await ready(page, 'network-profile');
    const hostile = '[click](https://evil.example/x) <img src=x onerror="window.pwned=1"> https://evil.example/bare';
    await page.getByLabel(/^networkProfile JSON/).fill(JSON.stringify({ networkPlugin: hostile, networkPolicy: hostile, podCidr: '10.244.0.0/16' }));
    await page.waitForFunction(() => document.querySelector('[data-calc-output]')?.textContent?.includes('evil.example'));
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.locator('[data-calc-copy-status]').filter({ hasText: 'Copied' }).waitFor();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    // Outside code blocks every < and [ of the pasted value is escaped, and the bare address is no autolink.
    const prose = md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gm, '');
    expect(prose).not.toMatch(/(^|[^\\])<img/);
    expect(prose).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(prose).not.toMatch(/https:\/\/evil/);
    expect(md).toContain('evil');
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await context.close();
  });
});

/** Script files a page loads, with the chunks they import, as paths under dist/. */
function scriptClosure(htmlFile: string): Set<string> {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(file), m[1] ?? ''));
  }
  return seen;
}

describe('JavaScript budget', () => {
  // Starlight's own scripts are the ones a page without a calculator loads too.
  const starlight = () => scriptClosure(path.join(DIST, 'plugins', 'index.html'));
  it.each(CALCULATOR_NAMES)('%s ships at most 20 KB gzipped of its own JavaScript', (name) => {
    const base = starlight();
    const own = [...scriptClosure(path.join(DIST, 'calculators', name, 'index.html'))].filter((f) => !base.has(f));
    expect(own.length).toBeGreaterThan(0);
    const gzipped = own.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(20 * 1024);
  });
});
