import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/cli/serve-static';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-serve-'));
fs.writeFileSync(path.join(root, 'index.html'), 'home');
fs.writeFileSync(path.join(root, '404.html'), 'not found page');
fs.mkdirSync(path.join(root, 'plugins', 'kubenet'), { recursive: true });
fs.writeFileSync(path.join(root, 'plugins', 'kubenet', 'index.html'), 'kubenet page');

const get = (server: StaticServer, p: string) => fetch(server.url + p, { redirect: 'manual' });

describe('serveStatic', () => {
  let atRoot: StaticServer;
  let underBase: StaticServer;
  beforeAll(async () => {
    atRoot = await serveStatic(root);
    underBase = await serveStatic(root, { base: '/aks-field-manual/' });
  });
  afterAll(async () => {
    await atRoot.stop();
    await underBase.stop();
  });

  it('serves folders at the root, redirects to the trailing slash and answers the 404 page', async () => {
    expect(await (await get(atRoot, '/plugins/kubenet/')).text()).toBe('kubenet page');
    const redirect = await get(atRoot, '/plugins/kubenet?x=1');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/plugins/kubenet/?x=1']);
    const missing = await get(atRoot, '/nope/');
    expect([missing.status, await missing.text()]).toEqual([404, 'not found page']);
  });

  it('under a base path, serves the folder there and nothing outside it', async () => {
    expect(await (await get(underBase, '/aks-field-manual/')).text()).toBe('home');
    expect(await (await get(underBase, '/aks-field-manual/plugins/kubenet/')).text()).toBe('kubenet page');
    const toSlash = await get(underBase, '/aks-field-manual');
    expect([toSlash.status, toSlash.headers.get('location')]).toEqual([301, '/aks-field-manual/']);
    const redirect = await get(underBase, '/aks-field-manual/plugins/kubenet?x=1');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/aks-field-manual/plugins/kubenet/?x=1']);
    for (const outside of ['/', '/plugins/kubenet/', '/plugins', '/aks-field-manualx/']) {
      const response = await get(underBase, outside);
      expect([outside, response.status, await response.text()]).toEqual([outside, 404, 'not found page']);
    }
  });
});
