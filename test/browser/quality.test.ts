import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { PAGE_KINDS } from '../../src/site/page-kinds';

const server = { url: inject('previewUrl') };
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page in a theme, with Starlight's stored theme choice set before any script runs. */
async function open(path: string, theme: 'light' | 'dark'): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ colorScheme: theme });
  await context.addInitScript((t) => window.localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, requests };
}

describe.each(PAGE_KINDS)('$kind ($path)', ({ path }) => {
  it.each(['light', 'dark'] as const)('has no serious or critical accessibility violation in %s mode', async (theme) => {
    const { page } = await open(path, theme);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    if (violations.length) console.log(`AXE ${path} ${theme}\n` + violations.join("\n"));
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('loads nothing from another origin (intranet-safe)', async () => {
    const { page, requests } = await open(path, 'light');
    const foreign = requests.filter((r) => !r.startsWith(server.url) && !r.startsWith('data:') && !r.startsWith('blob:'));
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
