import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TITLE } from '../../src/site/identity';
import { DIST, ensureDist, readPage } from '../support/dist';
import { builtPages } from '../support/html';
import { ensureOrgSite, ORG_BASE, ORG_SITE } from '../support/org-site';

/**
 * An organisation's own copy, configured only through SITE_* variables: its title, logo and footer,
 * served from its origin under /aks-field-manual/. The link test (links.test.ts) checks every HTML
 * link of this build; this file checks what is not an HTML link: titles, sitemap, exports, redirects.
 */
let org: string;
beforeAll(() => {
  ensureDist();
  org = ensureOrgSite().dist;
});
const orgPage = (urlPath: string) => readPage(urlPath, org);
const HOME = `${ORG_SITE.SITE_URL}${ORG_BASE}`;

describe('site identity from SITE_* variables', () => {
  it('the title names the organisation\'s copy in the header, the home page and every <title>', () => {
    const home = orgPage('/');
    expect(home).toContain('<title>Contoso AKS Networking</title>');
    expect(home).toMatch(/<h1 id="_top"[^>]*>Contoso AKS Networking<\/h1>/);
    expect(orgPage('/plugins/kubenet/')).toContain('<title>kubenet | Contoso AKS Networking</title>');
    for (const page of builtPages(org)) {
      const title = /<title>([^<]*)<\/title>/.exec(fs.readFileSync(page.file, 'utf8'))?.[1] ?? '';
      expect(title, page.url).toContain('Contoso AKS Networking');
    }
  });

  it('the logo is in the header, under the base path', () => {
    const header = /<a href="([^"]*)" class="site-title[^>]*>([\s\S]*?)<\/a>/.exec(orgPage('/plugins/'))!;
    expect(header[1]).toBe(ORG_BASE);
    const src = /<img[^>]*src="([^"]+)"/.exec(header[2]!)![1]!;
    expect(src.startsWith(`${ORG_BASE}_astro/`)).toBe(true);
    expect(fs.existsSync(path.join(org, src.slice(ORG_BASE.length)))).toBe(true);
  });

  it('the footer line is on every page, the 404 page included', () => {
    for (const urlPath of ['/', '/plugins/kubenet/', '/calculators/node-subnet/', '/404.html']) {
      expect(readPage(urlPath, org), urlPath).toContain(`<p class="fm-site-footer">${ORG_SITE.SITE_FOOTER}</p>`);
    }
  });

  it('the default build keeps the product name, no logo and no footer line', () => {
    ensureDist();
    const home = readPage('/');
    expect(home).toContain(`<title>${DEFAULT_TITLE} | ${DEFAULT_TITLE}</title>`);
    expect(home).not.toContain('fm-site-footer');
    expect(/class="site-title[^>]*>\s*<img/.test(home)).toBe(false);
  });
});

describe('the base path outside HTML links', () => {
  it('the sitemap lists every page at the organisation\'s origin and base path', () => {
    expect(fs.readFileSync(path.join(org, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${HOME}sitemap-0.xml</loc>`);
    const locs = [...fs.readFileSync(path.join(org, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(200);
    expect(locs.filter((l) => !l.startsWith(HOME))).toEqual([]);
    expect(locs).toContain(`${HOME}plugins/kubenet/`);
  });

  it('the JSON export names the copy\'s home and gives absolute URLs under the base path', () => {
    const data = JSON.parse(fs.readFileSync(path.join(org, 'data', 'plugins.json'), 'utf8'));
    expect(data.site).toBe(HOME);
    const urls: string[] = [
      ...data.plugins.flatMap((p: { url: string; limitations: { url: string }[] }) => [p.url, ...p.limitations.map((l) => l.url)]),
      ...data.policyEngines.flatMap((e: { url: string; limitations: { url: string }[] }) => [e.url, ...e.limitations.map((l) => l.url)]),
    ];
    expect(urls.filter((u) => !u.startsWith(HOME))).toEqual([]);
    expect(urls).toContain(`${HOME}plugins/kubenet/#max-400-nodes`);
  });

  it('a glossary alias redirects under the base path and names the copy', () => {
    const html = orgPage('/glossary/byocni/');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${ORG_BASE}glossary/byo-cni/">`);
    expect(html).toContain('<title>Bring your own CNI: Contoso AKS Networking</title>');
  });

  it('canonical and social URLs are at the organisation\'s origin and base path', () => {
    const html = orgPage('/plugins/kubenet/');
    expect(html).toContain(`<link rel="canonical" href="${HOME}plugins/kubenet/"/>`);
    expect(html).toContain(`<meta property="og:url" content="${HOME}plugins/kubenet/"/>`);
  });

  it('scripts load the search bundle and write links under the base path', () => {
    const scripts = fs.readdirSync(path.join(org, '_astro')).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(org, '_astro', f), 'utf8'));
    // Vite writes the configured base into the bundles that build URLs (search, calculators, chooser).
    expect(scripts.some((s) => s.includes(ORG_BASE))).toBe(true);
    const defaultScripts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(DIST, '_astro', f), 'utf8'));
    expect(defaultScripts.some((s) => s.includes(ORG_BASE))).toBe(false);
  });
});
