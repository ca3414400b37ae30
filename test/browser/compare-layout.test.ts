import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { comparedOptions } from '../../src/generators/configuration';
import { dataLocations, loadModel } from '../../src/model';
import { PAGE_KINDS } from '../../src/site/page-kinds';
import { launchBrowser } from '../support/browser';

const server = { url: inject('previewUrl') };
const model = loadModel(dataLocations());
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(urlPath: string, width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url + urlPath, { waitUntil: 'networkidle' });
  return page;
}

/** The viewport rectangles of the column headings currently shown. */
const headingBoxes = (page: Page) =>
  page.$$eval('.fm-m-table thead th[data-plugin]:not([hidden])', (ths) =>
    ths.map((th) => {
      const r = th.getBoundingClientRect();
      return { id: (th as HTMLElement).dataset.plugin!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );

describe('/compare/ on a wide screen (1280x900)', () => {
  it('shows every plugin\'s column name inside the viewport, with nothing to scroll sideways', async () => {
    const page = await open('/compare/', 1280, 900);
    const boxes = await headingBoxes(page);
    expect(boxes.map((b) => b.id)).toEqual(model.plugins.map((p) => p.id));
    for (const b of boxes) {
      expect(b.left, b.id).toBeGreaterThanOrEqual(0);
      expect(b.right, b.id).toBeLessThanOrEqual(1280);
      expect(b.top, b.id).toBeGreaterThanOrEqual(0);
      expect(b.bottom, b.id).toBeLessThanOrEqual(900);
    }
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
    const scroller = page.locator('.fm-matrix__scroll');
    await expect(scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(1);
    await page.close();
  });

  it('keeps the row of column names in the viewport after the page scrolls down 1,500 px', async () => {
    const page = await open('/compare/', 1280, 900);
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY >= 1500);
    const navBottom = await page.evaluate(() => document.querySelector('header.header')!.getBoundingClientRect().bottom);
    for (const b of await headingBoxes(page)) {
      expect(b.top, b.id).toBeGreaterThanOrEqual(navBottom - 1);
      expect(b.bottom, b.id).toBeLessThanOrEqual(900);
    }
    // Not hidden under anything: the heading is what the reader sees at its place.
    const first = (await headingBoxes(page))[0]!;
    await expect(page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.dataset.plugin, [first.left + 5, first.bottom - 5])).resolves.toBe(first.id);
    await page.close();
  });

  it('with every option selected, the matrix scrolls in its own box and its labels stay in view', async () => {
    const page = await open(`/compare/?plugins=${comparedOptions(model).map((o) => o.id).join(',')}`, 1280, 900);
    const box = page.locator('.fm-matrix__scroll');
    await box.evaluate((el) => el.scrollIntoView());
    await box.evaluate((el) => el.scrollBy(400, 1200));
    const rect = await box.boundingBox();
    const corner = await page.locator('.fm-m__corner').boundingBox();
    expect(corner!.y).toBeGreaterThanOrEqual(rect!.y - 1);
    expect(corner!.x).toBeGreaterThanOrEqual(rect!.x - 1);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
    await page.close();
  });
});

describe('/compare/ on a phone (390x800)', () => {
  it('keeps the property column visible after the matrix scrolls sideways', async () => {
    const page = await open('/compare/', 390, 800);
    const box = page.locator('.fm-matrix__scroll');
    await box.evaluate((el) => el.scrollIntoView());
    const before = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(before, 'the matrix is wider than the phone and scrolls').toBeGreaterThan(100);
    await box.evaluate((el) => (el.scrollLeft = 300));
    await expect(box.evaluate((el) => el.scrollLeft)).resolves.toBe(300);
    const boxRect = (await box.boundingBox())!;
    const label = page.locator('tr[data-row] th[scope="row"]').nth(2);
    const r = (await label.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(boxRect.x - 1);
    expect(r.x).toBeLessThan(boxRect.x + 10);
    // The label is on top, not covered by the cells that scrolled under it.
    const text = await label.textContent();
    await expect(page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent, [r.x + 10, r.y + r.height / 2])).resolves.toBe(text);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('no page is wider than a 390 px phone', () => {
  it.each(PAGE_KINDS)('$kind ($path)', async ({ path: urlPath }) => {
    const page = await open(urlPath, 390, 800);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // The site's title is shown whole (it wraps), not cut off beside the search and menu buttons.
    const title = page.locator('.site-title span').first();
    const cut = await title.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(cut, 'pixels of the site title hidden by overflow').toBeLessThanOrEqual(0);
    await page.close();
  });
});

/** Prints a page to PDF as a reader would (print media, the page's own @page size) and returns its text. */
async function printedText(urlPath: string): Promise<string> {
  const page = await open(urlPath, 1280, 900);
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fm-print-')), 'page.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.close();
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('on paper', () => {
  it('/compare/ with a selection prints every property label, every selected column name and the numbered notes', async () => {
    const selected = ['azure-cni-overlay-cilium-dataplane', 'azure-cni-overlay-azure-dataplane', 'azure-cni-cilium', 'kubenet'];
    const text = await printedText(`/compare/?plugins=${selected.join(',')}`);
    for (const property of model.properties) expect(text, property.data.label).toContain(property.data.label);
    const options = new Map(comparedOptions(model).map((o) => [o.id, o]));
    for (const id of selected) expect(text, id).toContain(options.get(id)!.data.shortName);
    // Columns not selected stay off the paper, and so do the controls.
    expect(text).not.toContain('Pod Subnet (static block)');
    expect(text).not.toContain('Differences only');
    expect(text).toContain('Notes');
  });

  it('a pair page prints both column names, every property label (shared rows too) and no site chrome', async () => {
    const text = await printedText('/compare/azure-cni-overlay-azure-dataplane-vs-azure-cni-overlay-cilium-dataplane/');
    for (const property of model.properties) expect(text, property.data.label).toContain(property.data.label);
    for (const id of ['azure-cni-overlay-azure-dataplane', 'azure-cni-overlay-cilium-dataplane']) {
      expect(text).toContain(model.configurationById.get(id)!.data.shortName);
    }
    expect(text).not.toContain('On this page');
    expect(text).not.toContain('Skip to content');
  });
});
