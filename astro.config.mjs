// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { dataCheck } from './src/integrations/data-check.ts';
import { searchIndex, withoutStarlightIndexing } from './src/integrations/search-index.ts';
import { buildReport } from './src/integrations/build-report.ts';
import { pluginSidebarItems } from './src/site/sidebar.ts';
import { calculatorSidebarItems } from './src/generators/calculators/list.ts';
import { remarkGlossaryAnatomy } from './src/site/remark-glossary-anatomy.ts';
import { remarkGlossaryLinks } from './src/site/remark-glossary-links.ts';
import { remarkBaseLinks } from './src/site/remark-base-links.ts';
import { siteIdentity } from './src/site/identity.ts';
import { glossaryTermNames } from './src/generators/term-links.ts';
import { readCollection } from './src/model/read.ts';
import { dataLocations } from './src/model/locations.ts';
import { SEARCH_RANKING } from './src/site/search-ranking.ts';

/** Glossary titles and aliases, read once, for the links the glossary pages generate. */
let termNames;
function glossaryNames() {
  termNames ??= glossaryTermNames({ glossary: readCollection('glossary', dataLocations()).entries });
  return termNames;
}

// Who the site is and where it is served, from SITE_* environment variables (see the README):
// SITE_URL is the origin used in copied links and the sitemap (the default suits previews); SITE_BASE
// serves the site under a sub-path (e.g. /aks-field-manual/), and every internal link carries it;
// SITE_TITLE, SITE_DESCRIPTION, SITE_LOGO and SITE_FOOTER give an organisation's copy its own name.
const identity = siteIdentity();
const site = identity.url;
const base = identity.base;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages render 16 at a time, so one page's file write overlaps the next page's rendering.
  build: { concurrency: 16 },
  integrations: [
    dataCheck(),
    // Starlight's search UI, with its ranking options; the index itself is built once, by searchIndex().
    withoutStarlightIndexing(starlight({
      title: identity.title,
      description: identity.description,
      ...(identity.logo ? { logo: { src: identity.logo } } : {}),
      customCss: ['./src/styles/field-manual.css', './src/styles/narrow.css', './src/styles/print.css'],
      components: { Search: './src/components/overrides/Search.astro', Footer: './src/components/overrides/Footer.astro' },
      lastUpdated: false,
      // Marks the current page in the sidebar per page (Starlight's shared mark races when pages render concurrently).
      routeMiddleware: './src/site/route-data.ts',
      pagefind: { ranking: SEARCH_RANKING },
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'Choose a plugin', link: '/decide/' },
        { label: 'Guides', items: [{ autogenerate: { directory: 'content/guides' } }] },
        { label: 'Compare plugins', link: '/compare/' },
        { label: 'Configurations', link: '/configurations/' },
        { label: 'Limitations', link: '/limitations/' },
        { label: 'Errors', link: '/errors/' },
        { label: 'Settings', link: '/settings/' },
        { label: 'Plugins', items: [{ label: 'All plugins', link: '/plugins/' }, ...pluginSidebarItems()] },
        { label: 'Policy engines', link: '/policy-engines/' },
        { label: 'Calculators', items: [{ label: 'All calculators', link: '/calculators/' }, ...calculatorSidebarItems()] },
        { label: 'Glossary', link: '/glossary/' },
        { label: 'What changed', link: '/changes/' },
        { label: 'Search', link: '/search/' },
      ],
    })),
    // MDX runs on the unified (remark) processor so glossary terms get the anatomy check and their
    // frontmatter blocks from a remark plugin; Sätteri, Astro 7's default, has no remark plugins.
    mdx({
      processor: unified({
        remarkPlugins: [
          [remarkGlossaryAnatomy, { glossaryDir: dataLocations().glossaryDir }],
          [remarkGlossaryLinks, { glossaryDir: dataLocations().glossaryDir, names: glossaryNames }],
          remarkBaseLinks,
        ],
      }),
    }),
    // The Pagefind index: every page plus one record per limitation.
    searchIndex(),
    buildReport(),
  ],
});
