import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecideData } from '../../src/generators/decision-page';
import type { DecisionPathsExport } from '../../src/generators/decision-paths';
import { DIST, ensureDist, readPage } from '../support/dist';
import { builtPages, decodeEntities } from '../support/html';
import { ensureOrgSite, ORG_BASE } from '../support/org-site';
import { loadPagefind, search } from '../support/pagefind';
import { gzipSize, pageScripts, scriptClosure } from '../support/page-scripts';

/**
 * An organisation's positions on the built pages: the organisation build (real data plus
 * test/fixtures/guidance/, as of 2026-12-01) against the default build (no guidance file). The
 * organisation build's pages are at their path in the folder; links in them carry /aks-field-manual/.
 * The wave 2 surfaces (comparison, pair and configuration pages, settings, error pages, chooser,
 * network profile reader and cluster review) have their checks below.
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
  /data-rank=/,
  /data-compare-order/,
  /class="fm-m fm-m-pos/,
  /data-positions/,
  /data-guidance-end/,
  /"guidance":\{/,
  /position-prohibited/,
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
    // Wave 2: the configuration pages carry their own positions too.
    expect(urls).toContain('/configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/');
    expect(urls.every((u) => /^\/(plugins\/kubenet|policy-engines\/azure-npm|configurations\/azure-cni-(node-subnet|pod-subnet-static-block)-cilium-dataplane)\//.test(u)), urls.join(' ')).toBe(true);
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

/** The element with this id and everything up to its closing tag (one level of nesting of the same tag is enough here). */
const sectionById = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  const open = html.lastIndexOf('<section', start);
  return open < 0 || start < 0 ? '' : html.slice(open, html.indexOf('</section>', start) + '</section>'.length);
};

describe('configuration pages show their own and their parts\' positions', () => {
  it('a prohibited configuration: the badge, the rationale, its parts\' positions and contents entries', () => {
    const html = orgPage('/configurations/azure-cni-node-subnet-cilium-dataplane/');
    const badges = /<div class="fm-badges">[\s\S]*?<\/div>/.exec(html)![0];
    expect(text(badges)).toContain('Contoso platform team: Prohibited');
    const block = rationale(html);
    expect(text(block)).toContain('Contoso platform team’s position Prohibited Azure CNI Node Subnet with the Cilium dataplane must not be used.');
    expect(text(block)).toContain('Node subnet addressing exhausts the shared hub address space; no new clusters.');
    const parts = sectionById(html, 'position-parts');
    expect(text(parts)).toContain('IP mode: Allowed Azure CNI Node Subnet may be used.');
    expect(parts).toContain(`href="${ORG_BASE}plugins/azure-cni-node-subnet/#position"`);
    expect(html).toMatch(/<a href="#position-parts"/);
    // The facts stay: the properties and limitations of both parts.
    expect(html).toContain('id="limitations-azure-cni-cilium"');
  });

  it('a configuration without a position of its own warns about its exception part at #position', () => {
    const html = orgPage('/configurations/azure-cni-pod-subnet-dynamic-cilium-dataplane/');
    const parts = sectionById(html, 'position');
    expect(parts).toContain('fm-guidance--exception');
    expect(text(parts)).toContain('Contoso platform team’s positions on its parts');
    expect(text(parts)).toContain('uses Azure CNI Pod Subnet, dynamic IP allocation, which needs an approved exception');
    expect(text(parts)).toContain('Owner: Network architecture board; review by 2027-03-31.');
    expect(/<div class="fm-badges">[\s\S]*?<\/div>/.exec(html)![0]).not.toContain('fm-position');
  });

  it('the configurations index badges each configuration with a position', () => {
    const item = /<li>\s*<h2 id="azure-cni-pod-subnet-static-block-cilium-dataplane">[\s\S]*?<\/li>/.exec(orgPage('/configurations/'))![0];
    expect(text(item)).toContain('Contoso platform team: Prohibited');
  });
});

describe('settings show their positions at their anchors on /settings/', () => {
  it('the setting\'s section has the badge and the rationale under its own anchor, and its matrix row the badge', () => {
    const html = orgPage('/settings/');
    const section = /<section class="fm-setting" aria-labelledby="kube-proxy-config">[\s\S]*?<h3 id="kube-proxy-config-changes"/.exec(html)![0];
    expect(text(/<div class="fm-setting__head">[\s\S]*?<\/div>/.exec(section)![0])).toBe('kube-proxy configuration (preview) # By exception');
    const block = sectionById(section, 'kube-proxy-config-position');
    expect(text(block)).toContain('Contoso platform team’s position By exception kube-proxy configuration (preview) needs an approved exception.');
    expect(text(block)).toContain('Owner Network architecture board');
    const row = /<tr data-setting="private-cluster">[\s\S]*?<\/th>/.exec(html)![0];
    expect(text(row)).toContain('Recommended');
    expect(html).toMatch(/<style>[^<]*\.fm-position/);
  });

  it('search finds a setting by its position and rationale, landing on its anchor', async () => {
    const hits = await search('network architecture board reviews', 5, {}, org);
    expect(hits.map((h) => h.url)).toContain('/settings/#kube-proxy-config');
    const pagefind = await loadPagefind(org);
    const { results } = await pagefind.search(null as unknown as string, { filters: { position: 'By exception', type: 'Setting' } });
    expect((await Promise.all(results.map((r) => r.data()))).map((d) => d.url)).toEqual(['/settings/#kube-proxy-config']);
  });

  it('an error page badges the plugins and settings it concerns', () => {
    const html = orgPage('/errors/route-table-in-use/');
    expect(text(/<p>\s*With[\s\S]*?<\/p>/.exec(html)![0])).toContain('kubenet Prohibited Review overdue');
    const settings = /<h2 id="settings">[\s\S]*?<\/ul>/.exec(orgPage('/errors/api-server-dns-lookup-failed/'))![0];
    expect(text(settings)).toContain('Contoso platform team: Recommended');
  });
});

describe('the comparison shows the positions and orders by them', () => {
  const html = () => orgPage('/compare/');

  it('a position row above the facts: every column\'s position, "Review overdue", a part\'s exception, links to the rationale', () => {
    const body = /<tbody data-category="position">[\s\S]*?<\/tbody>/.exec(html())![0];
    expect(text(/<th scope="colgroup"[\s\S]*?<\/th>/.exec(body)![0])).toBe('Contoso platform team’s position');
    const heads = [...html().matchAll(/<th scope="col" data-plugin="([^"]+)" data-rank="(\d)"/g)].map((m) => m[1]!);
    const cells = [...body.matchAll(/<td class="fm-m fm-m-pos[^"]*"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!));
    expect(cells.length).toBe(heads.length);
    const cell = (id: string) => cells[heads.indexOf(id)];
    expect(cell('kubenet')).toBe('Prohibited Review overdue');
    expect(cell('azure-cni-overlay')).toBe('Recommended');
    expect(cell('azure-cni-pod-subnet-dynamic-cilium-dataplane')).toBe('No position IP mode: By exception');
    expect(cell('byo-cni')).toBe('No position');
    expect(body).toContain(`href="${ORG_BASE}configurations/azure-cni-node-subnet-cilium-dataplane/#position"`);
  });

  it('every column heading carries its rank, and the page an order control and the order script', () => {
    const ranks = Object.fromEntries([...html().matchAll(/<th scope="col" data-plugin="([^"]+)" data-rank="(\d)"/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(ranks).toMatchObject({ 'azure-cni-overlay': 0, 'azure-cni-node-subnet': 1, 'byo-cni': 2, 'azure-cni-pod-subnet-dynamic-cilium-dataplane': 3, kubenet: 4 });
    expect(html()).toMatch(/<select name="order" data-compare-order>\s*<option value="">as listed<\/option>\s*<option value="position">by position<\/option>/);
    expect(html()).toContain('(window).fmCompareOrder = order');
  });

  it('stays under 60 KB gzipped, and pair pages show both sides\' positions', () => {
    expect(zlib.gzipSync(fs.readFileSync(path.join(org, 'compare/index.html')), { level: 9 }).length).toBeLessThan(60 * 1024);
    const pair = sectionById(orgPage('/compare/azure-cni-overlay-vs-kubenet/'), 'position');
    expect(text(pair)).toContain('Overlay: Recommended is the default choice.');
    expect(text(pair)).toContain('kubenet: Prohibited Review overdue must not be used.');
    expect(text(pair)).toContain('(review overdue)');
  });
});

/** The JSON the /decide/ page embeds for its script. */
const decideJson = (html: string) => JSON.parse(/<script type="application\/json" id="fm-decide-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as DecideData;

describe('the chooser shows the organisation\'s positions and warns', () => {
  it('the path that ends on the prohibited configuration carries its position in the page\'s data', () => {
    const data = decideJson(orgPage('/decide/'));
    const outcome = Object.values(data.outcomes).find((o) => o.configuration === 'azure-cni-pod-subnet-static-block-cilium-dataplane')!;
    expect(outcome.positions).toEqual([{ role: 'Configuration', subject: 'configuration:azure-cni-pod-subnet-static-block-cilium-dataplane' }]);
    expect(data.guidance!.positions[outcome.positions![0]!.subject]).toMatchObject({
      position: 'prohibited',
      owner: 'platform-network@contoso.example',
      links: [{ title: 'Network standard NS-12', url: 'https://standards.contoso.example/network/ns-12' }],
      subject: { href: `${ORG_BASE}configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/` },
    });
    // The result panel has the block the script fills, hidden until a path ends.
    expect(orgPage('/decide/')).toMatch(/<section class="fm-decide__positions" data-positions hidden/);
  });

  it('the no-JavaScript outline marks the ends of paths with the prohibited configuration', () => {
    const ends = [...orgPage('/decide/').matchAll(/<span class="fm-outline__positions" data-guidance-end>([\s\S]*?)<\/span>(?=<p class="fm-outline__rationale")/g)].map((m) => text(m[1]!));
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.some((e) => e.includes('Prohibited Azure CNI Pod Subnet (static block) with the Cilium dataplane (Configuration)'))).toBe(true);
    expect(ends.some((e) => e.includes('By exception Azure CNI Pod Subnet, dynamic IP allocation (IP mode)'))).toBe(true);
  });

  it('decision-paths.json marks each path\'s positions under the base path; the default export has none', () => {
    const exported = JSON.parse(fs.readFileSync(path.join(org, 'data/decision-paths.json'), 'utf8')) as DecisionPathsExport;
    const path1 = exported.paths.find((p) => p.outcome.configuration === 'azure-cni-pod-subnet-static-block-cilium-dataplane')!;
    expect(path1.outcome.positions).toEqual([expect.objectContaining({ position: 'prohibited', restricted: true, url: `${ORG_BASE}configurations/azure-cni-pod-subnet-static-block-cilium-dataplane/` })]);
    expect(fs.readFileSync(path.join(DIST, 'data/decision-paths.json'), 'utf8')).not.toContain('"positions"');
  });
});

describe('the network profile reader and the cluster review flag prohibited parts', () => {
  it('the worked examples (kubenet) show the prohibited finding with a link to the rationale, without JavaScript', () => {
    for (const name of ['network-profile', 'cluster-review']) {
      const html = orgPage(`/calculators/${name}/`);
      const finding = /<li class="calc-finding calc-finding--error" data-code="position-prohibited"[\s\S]*?<\/li>/.exec(html)![0];
      expect(text(finding), name).toContain('Contoso platform team’s position: Prohibited. The cluster uses kubenet, which must not be used.');
      expect(text(finding), name).toContain('Owner: platform-network@contoso.example; review by 2026-06-30 (review overdue).');
      expect(finding, name).toContain(`href="${ORG_BASE}plugins/kubenet/#position"`);
    }
    expect(readPage('/calculators/cluster-review/')).not.toContain('position-prohibited');
  });

  it('each page still ships at most 20 KB gzipped of its own JavaScript, in both builds', () => {
    const own = (dist: string, base: string, urlPath: string) => {
      const strip = (src: string) => (src.startsWith(base) ? `/${src.slice(base.length)}` : src);
      const shell = scriptClosure(pageScripts(readPage('/plugins/', dist)).map(strip), dist);
      return gzipSize([...scriptClosure(pageScripts(readPage(urlPath, dist)).map(strip), dist)].filter((s) => !shell.has(s)), dist);
    };
    for (const name of ['network-profile', 'cluster-review']) {
      expect(own(org, ORG_BASE, `/calculators/${name}/`), name).toBeLessThanOrEqual(20 * 1024);
      expect(own(DIST, '/', `/calculators/${name}/`), name).toBeLessThanOrEqual(20 * 1024);
    }
  });
});
