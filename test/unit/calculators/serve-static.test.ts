import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '~/cli/serve-static';

/** A raw GET, so a malformed path reaches the server as typed (fetch would normalise it). */
function get(url: string, rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    http.get({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('the static server the tests use', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-'));
    fs.mkdirSync(path.join(root, 'a'));
    fs.writeFileSync(path.join(root, 'a', 'index.html'), '<p>a</p>');
    fs.writeFileSync(path.join(root, '404.html'), '<p>404</p>');
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    await expect(get(server.url, '/%E0%A4%A')).resolves.toBe(400);
    await expect(get(server.url, '/a/%')).resolves.toBe(400);
    await expect(get(server.url, '/a/')).resolves.toBe(200);
    await expect(get(server.url, '/nope/')).resolves.toBe(404);
  });
});
