import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withoutFixtureEnv } from './dist';

/**
 * The organisation build: what an organisation makes of the site without editing code. The real
 * data/ plus the fixture guidance files in test/fixtures/guidance/, its own title, logo and footer,
 * served from another origin under a base path, as of a fixed date (so "review overdue" is stable).
 * Build tests and browser tests share it; each test file adds its assertions (guidance on pages,
 * links under the base path, search, copied links, calculator URLs).
 */
export const ORG_BASE = '/aks-field-manual/';
/** The date the organisation build describes; the fixture's kubenet review (2026-06-30) is overdue then. */
export const ORG_AS_OF = '2026-12-01';
/** The SITE_* settings of the organisation build. */
export const ORG_SITE = {
  SITE_URL: 'https://intranet.contoso.example',
  SITE_BASE: ORG_BASE,
  SITE_TITLE: 'Contoso AKS Networking',
  SITE_FOOTER: 'Internal guidance of the Contoso platform team. Questions: platform-network@contoso.example',
  SITE_LOGO: 'test/fixtures/site/logo.svg',
} as const;

const WORK = path.resolve('.tmp/org-site');
/** Folder of the organisation build's data: a copy of data/ with the fixture guidance files added. */
export const ORG_DATA = path.join(WORK, 'data');
/** The organisation build's output folder. */
export const ORG_DIST = path.join(WORK, 'dist');
const STAMP = path.join(WORK, 'inputs.sha256');
const GUIDANCE_FIXTURES = path.resolve('test/fixtures/guidance');

/** Every file under the given paths, sorted. */
function filesUnder(paths: string[]): string[] {
  return paths
    .flatMap((p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [p]))
    .sort();
}

/** A hash of everything the build reads: sources, data, prose, fixtures, config, dependencies and settings. */
function inputsHash(): string {
  const hash = crypto.createHash('sha256');
  const inputs = ['src', 'data', 'content', 'public', 'test/fixtures/guidance', 'test/fixtures/site', 'test/support', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'].filter((p) => fs.existsSync(p));
  for (const file of filesUnder(inputs)) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  hash.update(JSON.stringify({ ORG_SITE, ORG_AS_OF }));
  return hash.digest('hex');
}

/**
 * Builds the organisation site into .tmp/org-site/dist/ unless the build there was made from the
 * same inputs (the hash of every source, data and fixture file): `npm test` builds it once and
 * `npm run test:browser` reuses it.
 */
export function ensureOrgSite(): { dist: string; dataDir: string; base: string; origin: string } {
  const hash = inputsHash();
  const built = fs.existsSync(path.join(ORG_DIST, 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash;
  if (!built) {
    fs.rmSync(WORK, { recursive: true, force: true });
    fs.mkdirSync(WORK, { recursive: true });
    fs.cpSync('data', ORG_DATA, { recursive: true });
    for (const file of fs.readdirSync(GUIDANCE_FIXTURES)) fs.copyFileSync(path.join(GUIDANCE_FIXTURES, file), path.join(ORG_DATA, 'guidance', file));
    const result = spawnSync('npm', ['run', 'build', '--', '--outDir', ORG_DIST], {
      encoding: 'utf8',
      env: withoutFixtureEnv({ FIELD_MANUAL_DATA: ORG_DATA, FIELD_MANUAL_AS_OF: ORG_AS_OF, ...ORG_SITE }),
    });
    if (result.status !== 0) throw new Error(`the organisation build failed:\n${result.stdout}\n${result.stderr}`);
    fs.writeFileSync(STAMP, hash);
  }
  return { dist: ORG_DIST, dataDir: ORG_DATA, base: ORG_BASE, origin: ORG_SITE.SITE_URL };
}
