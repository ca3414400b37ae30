import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cellView } from '../../src/generators/cell-view';
import { comparedOptionById, comparedOptions } from '../../src/generators/configuration';
import { dataLocations, loadModel } from '../../src/model';
import { asOf } from '../../src/site/as-of';
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

/** Ids of the columns currently shown. */
const visibleColumns = (page: Page) => page.$$eval('thead th[data-plugin]:not([hidden])', (ths) => ths.map((th) => (th as HTMLElement).dataset.plugin));

/** Ids of the property rows currently shown. */
const visibleRows = (page: Page) => page.$$eval('tr[data-row]', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden && !(tr.parentElement as HTMLElement).hidden).map((tr) => tr.id.replace(/^row-/, '')));

const model = loadModel(dataLocations());

/** The properties on which the given options read differently, from the data (not from the page). */
function differingProperties(ids: string[]): string[] {
  const options = comparedOptionById(model);
  return model.properties
    .filter((property) => new Set(ids.map((id) => cellView(model, options.get(id)!, property, asOf()).key)).size > 1)
    .map((p) => p.id);
}

describe('/compare/', () => {
  it('shows the plugins by default; choosing two changes the URL, and a reload restores the choice', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/compare/');
    await page.getByRole('button', { name: 'Everything' }).waitFor();
    expect(await visibleColumns(page)).toEqual(model.plugins.map((p) => p.id));
    // Untick everything but kubenet and Overlay.
    for (const box of await page.locator('input[name="plugins"]').all()) {
      const id = await box.getAttribute('value');
      if (id !== 'kubenet' && id !== 'azure-cni-overlay') await box.uncheck();
    }
    expect(new URL(page.url()).searchParams.get('plugins')).toBe('azure-cni-overlay,kubenet');
    expect(await visibleColumns(page)).toEqual(['azure-cni-overlay', 'kubenet']);
    await page.reload();
    expect(await visibleColumns(page)).toEqual(['azure-cni-overlay', 'kubenet']);
    await expect(page.locator('input[value="azure-cni-node-subnet"]').isChecked()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: /side-by-side page/ }).getAttribute('href')).resolves.toBe('/compare/azure-cni-overlay-vs-kubenet/');
    await page.close();
  });

  it('?plugins= takes configuration ids: Overlay on both dataplanes with diff=1 shows only the rows where they differ', async () => {
    const ids = ['azure-cni-overlay-azure-dataplane', 'azure-cni-overlay-cilium-dataplane'];
    const page = await context.newPage();
    await page.goto(server.url + `/compare/?plugins=${ids.join(',')}&diff=1`);
    await page.getByRole('button', { name: 'Everything' }).waitFor();
    // Columns follow the shared order of the data, whatever the order in the URL.
    expect(await visibleColumns(page)).toEqual(comparedOptions(model).map((o) => o.id).filter((id) => ids.includes(id)));
    await expect(page.getByLabel('Differences only').isChecked()).resolves.toBe(true);
    const expected = differingProperties(ids);
    expect(expected).toContain('windows-nodes');
    expect(expected).not.toContain('max-nodes');
    expect(await visibleRows(page)).toEqual(expected);
    await page.getByLabel('Differences only').uncheck();
    expect(await visibleRows(page)).toEqual(model.properties.map((p) => p.id));
    await page.close();
  });

  it('a cell opens its note and sources, by mouse and by keyboard, and Escape closes it', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/compare/?plugins=azure-cni-overlay-cilium-dataplane,azure-cni-overlay-azure-dataplane');
    const cell = page.locator('#row-windows-nodes td:not([hidden]) button').first();
    // Its name says the answer and the note, not only a symbol and a number.
    await expect(page.locator('#row-windows-nodes').getByRole('button', { name: /^No note \d+$/ }).count()).resolves.toBeGreaterThan(0);
    const target = await cell.getAttribute('popovertarget');
    const note = page.locator(`#${target}`);
    await cell.click();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain('Windows node pools');
    await expect(note.locator('a[href^="https://"]').count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(note.isVisible()).resolves.toBe(false);
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect(note.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // The property name opens its definition.
    await page.locator('#row-windows-nodes .fm-m__label').click();
    await expect(page.locator('#def-windows-nodes').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('without JavaScript the full table is there: every plugin and configuration column', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(server.url + '/compare/?plugins=kubenet');
    const shown = await page.$$eval('thead th[data-plugin]', (ths) => ths.filter((th) => getComputedStyle(th).display !== 'none').map((th) => (th as HTMLElement).dataset.plugin));
    expect(shown).toEqual(comparedOptions(model).map((o) => o.id));
    const cells = await page.$$eval('#row-windows-nodes td', (tds) => tds.filter((td) => getComputedStyle(td).display !== 'none').length);
    expect(cells).toBe(comparedOptions(model).length);
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
