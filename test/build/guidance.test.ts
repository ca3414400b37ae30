import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureDist, readPage } from '../support/dist';
import { builtPages, decodeEntities } from '../support/html';
import { ensureOrgSite, ORG_BASE } from '../support/org-site';
import { loadPagefind, search } from '../support/pagefind';

/**
 * An organisation's positions on the built pages: the organisation build (real data plus
 * test/fixtures/guidance/, as of 2026-12-01) against the default build (no guidance file). The
 * organisation build's pages are at their path in the folder; links in them carry /aks-field-manual/.
 * Wave 2 surfaces (comparison, chooser, configuration pages, cluster review) add their checks here.
 */
let org: string;
beforeAll(() => {
  ensureDist();
  org = ensureOrgSite().dist;
});

const orgPage = (urlPath: string) => readPage(urlPath, org);
/** The `data-guidance` rationale section of a page, or '' when it has none. */
const rationale = (html: string) => /<section[^>]*data-guidance[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
/** Text of an HTML fragment as read aloud: decorative (aria-hidden) icons and tags removed, spaces collapsed. */
const text = (html: string) =>
  decodeEntities(html.replace(/<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Markup only guidance writes: the rationale block, badges, the position filter and search filter, review flags. */
const GUIDANCE_MARKUP = [
  /data-guidance/,
  /data-position=/,
  /class="fm-position/,
  /class="fm-guidance/,
  /data-pagefind-filter="position:/,
  /<select name="position"/,
  /data-overdue/,
  /id="position"/,
  /’s position/,
  /review overdue/i,
];

describe('an organisation\'s positions on the subject pages', () => {
  it('kubenet shows the badge, rationale, owner, review date, "review overdue" and a contents entry', () => {
    const html = orgPage('/plugins/kubenet/');
    const badges = /<div class="fm-badges">[\s\S]*?<\/div>/.exec(html)![0];
    expect(text(badges)).toContain('Contoso platform team: Prohibited Review overdue');
    const block = rationale(html);
    expect(text(block)).toContain('Contoso platform team’s position');
    expect(text(block)).toContain('Prohibited Review overdue kubenet must not be used.');
    expect(text(block)).toContain('Route tables do not scale for the Fabrikam retail estate, and kubenet retires in March 2028.');
    expect(block).toContain('<a href="mailto:platform-network@contoso.example">platform-network@contoso.example</a>');
    expect(text(block)).toContain('Review by 2026-06-30 (review overdue)');
    expect(/<a href="#position"[^>]*>(?:<[^>]+>)*Contoso platform team’s position/.test(html), 'contents entry').toBe(true);
    // The facts stay: the limitations and the retirement are all still there.
    expect(html).toContain('id="max-400-nodes"');
  });

  it('Overlay is recommended, links to the standard, and is not overdue', () => {
    const block = rationale(orgPage('/plugins/azure-cni-overlay/'));
    expect(text(block)).toContain('Recommended Azure CNI Overlay is the default choice.');
    expect(block).toContain('<a href="https://standards.contoso.example/network/ns-12">Network standard NS-12</a>');
    expect(text(block)).toContain('Review by 2027-06-30');
    expect(block).not.toMatch(/overdue/i);
  });

  it('a team owner is plain text; an exception says what it needs', () => {
    const block = rationale(orgPage('/plugins/azure-cni-pod-subnet-dynamic/'));
    expect(text(block)).toContain('By exception');
    expect(text(block)).toContain('needs an approved exception');
    expect(text(block)).toContain('Owner Network architecture board');
    expect(block).toContain('<a href="https://standards.contoso.example/forms/network-exception">Request a network exception</a>');
  });

  it('policy engine pages show their positions, from either guidance file', () => {
    expect(text(rationale(orgPage('/policy-engines/azure-npm/')))).toContain('Contoso platform team’s position Prohibited');
    expect(text(rationale(orgPage('/policy-engines/calico/')))).toContain('Contoso security office’s position Allowed');
  });

  it('a subject without a position carries no guidance markup', () => {
    for (const urlPath of ['/plugins/byo-cni/', '/plugins/azure-cni-cilium/', '/policy-engines/cilium/']) {
      const html = orgPage(urlPath);
      expect(GUIDANCE_MARKUP.filter((re) => re.test(html)).map(String), urlPath).toEqual([]);
    }
  });
});

describe('the limitations index filters by the owner\'s position', () => {
  it('has a position filter and marks every limitation with its owner\'s position, listing all without JavaScript', () => {
    const html = orgPage('/limitations/');
    const select = /<select name="position">[\s\S]*?<\/select>/.exec(html)![0];
    expect([...select.matchAll(/<option value="([a-z]*)">([^<]*)</g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      '=All',
      'recommended=Recommended',
      'allowed=Allowed',
      'exception=By exception',
      'prohibited=Prohibited',
      'none=No position',
    ]);
    const items = [...html.matchAll(/<li data-owner="([^"]+)"[^>]*data-position="([a-z]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
    const positionOf = new Map(items);
    expect(positionOf.get('kubenet')).toBe('prohibited');
    expect(positionOf.get('azure-cni-overlay')).toBe('recommended');
    expect(positionOf.get('calico')).toBe('allowed');
    expect(positionOf.get('byo-cni')).toBe('none');
    // Every limitation is listed and none is hidden in the HTML; the script only narrows the list.
    expect(items.length).toBe((readPage('/limitations/').match(/<li data-owner=/g) ?? []).length);
    expect(html).not.toMatch(/<li data-owner[^>]*hidden/);
  });

  it('each owner\'s group shows its position badge and links to the rationale', () => {
    const group = /<section data-owner-group="kubenet"[\s\S]*?<\/h2>[\s\S]*?<\/p>/.exec(orgPage('/limitations/'))![0];
    expect(text(group)).toContain('Contoso platform team: Prohibited Review overdue');
    expect(group).toContain(`href="${ORG_BASE}plugins/kubenet/#position"`);
  });
});

describe('search finds positions', () => {
  it('the rationale finds the subject page', async () => {
    const hits = await search('Fabrikam retail estate', 3, {}, org);
    expect(hits[0]?.url).toMatch(/^\/plugins\/kubenet\//);
  });

  it('the owner and the organisation find their positions', async () => {
    const board = await search('Network architecture board', 3, {}, org);
    expect(board.map((h) => h.url)).toContain('/plugins/azure-cni-pod-subnet-dynamic/');
    const office = await search('Contoso security office', 3, {}, org);
    expect(office.map((h) => h.url)).toContain('/policy-engines/calico/');
  });

  it('the position is a search filter on subject pages and their limitations', async () => {
    const pagefind = await loadPagefind(org);
    const counts = (await pagefind.filters()).position ?? {};
    expect(Object.keys(counts).sort()).toEqual(['Allowed', 'By exception', 'Prohibited', 'Recommended']);
    // A filter without a query (null) lists everything the filter matches.
    const { results } = await pagefind.search(null as unknown as string, { filters: { position: 'Prohibited' } });
    const urls = (await Promise.all(results.map((r) => r.data()))).flatMap((d) => [d.url as string, ...((d.sub_results ?? []) as { url: string }[]).map((s) => s.url)]);
    expect(urls).toContain('/plugins/kubenet/');
    expect(urls).toContain('/policy-engines/azure-npm/');
    expect(urls).toContain('/plugins/kubenet/#max-400-nodes');
    expect(urls.every((u) => /^\/(plugins\/kubenet|policy-engines\/azure-npm)\//.test(u))).toBe(true);
  });
});

describe('without guidance files the site carries no guidance markup', () => {
  it('no page of the default build has any, while the organisation build has each kind', () => {
    const found = (dist: string) => {
      const seen = new Map<string, string>();
      for (const page of builtPages(dist)) {
        const html = fs.readFileSync(page.file, 'utf8');
        for (const re of GUIDANCE_MARKUP) if (!seen.has(String(re)) && re.test(html)) seen.set(String(re), page.url);
      }
      return seen;
    };
    expect([...found(DIST)]).toEqual([]);
    expect([...found(org).keys()].sort()).toEqual(GUIDANCE_MARKUP.map(String).sort());
  });

  it('no guidance styles in the default build\'s pages or stylesheets', () => {
    const files = fs.readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(html|css)$/.test(e.name));
    const withStyles = files.map((e) => path.join(e.parentPath, e.name)).filter((f) => /\.fm-position|\.fm-guidance/.test(fs.readFileSync(f, 'utf8')));
    expect(withStyles).toEqual([]);
    expect(orgPage('/plugins/kubenet/')).toMatch(/<style>[^<]*\.fm-position/);
  });

  it('the default search index has no position filter', async () => {
    expect((await (await loadPagefind(DIST)).filters()).position).toBeUndefined();
  });
});
