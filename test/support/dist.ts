import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The built site the build tests inspect; FIELD_MANUAL_DIST points the tests at another build folder. */
export const DIST = path.resolve(process.env.FIELD_MANUAL_DIST ?? 'dist');

/**
 * Makes sure dist/ holds a build of the real data: `npm test` after `npm run build` reuses it; on a
 * checkout without dist/ the tests build it first rather than fail for a missing folder.
 */
export function ensureDist(): void {
  if (fs.existsSync(path.join(DIST, 'index.html')) && fs.existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) return;
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', DIST], { encoding: 'utf8', stdio: 'pipe', env: withoutFixtureEnv() });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Reads a built page by its URL path, e.g. `/plugins/azure-cni-overlay/`. */
export function readPage(urlPath: string, dist = DIST): string {
  const file = path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return fs.readFileSync(file, 'utf8');
}

/** Every built HTML page under dist/ (the search bundle aside), as [URL path, file]. */
export function builtPages(dist = DIST): [string, string][] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => [`/${path.dirname(f).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/').replace(/\/{2,}/g, '/'), path.join(dist, f)]);
}

/** Variables Vitest sets for its own Vite; a build inherits them and its Vite reads them (BASE_URL drops SITE_BASE). */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/**
 * The process environment for a build: without the variables that point builds at fixture data
 * (unless `extra` sets them) and without the ones Vitest added for itself.
 */
export function withoutFixtureEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (VITEST_ENV.includes(name) || name.startsWith('VITEST')) delete env[name];
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  Object.assign(env, extra);
  if (!('FIELD_MANUAL_DATA' in extra)) delete env.FIELD_MANUAL_DATA;
  if (!('FIELD_MANUAL_GLOSSARY' in extra)) delete env.FIELD_MANUAL_GLOSSARY;
  return env;
}
