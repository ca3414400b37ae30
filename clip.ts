import { serveStatic } from './src/cli/serve-static';
import { launchBrowser } from './test/support/browser';
const [, , url, name, width = '390', theme = 'dark', action = ''] = process.argv;
const server = await serveStatic(process.cwd() + '/dist');
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 800 }, colorScheme: theme as 'dark' });
const page = await ctx.newPage();
await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
await page.goto(server.url + url);
await page.locator('[data-calc-ready="true"]').waitFor();
if (action === 'pools') { await page.getByRole('button', { name: 'Add a node pool' }).click(); await page.waitForTimeout(300); }
await page.waitForTimeout(400);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < Math.min(h, 6400); y += 1600) {
  await page.screenshot({ path: `/tmp/calc-shots/${name}-${i++}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(1600, h - y) } });
}
console.log(name, h, i);
await browser.close(); await server.stop();
