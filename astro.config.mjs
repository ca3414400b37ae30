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
import { normaliseBase } from './src/generators/href.ts';
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

// SITE_URL sets the absolute origin used in copied links and the sitemap; the default suits previews.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// SITE_BASE serves the site under a sub-path (e.g. /aks-field-manual/); every internal link carries it.
const base = normaliseBase(process.env.SITE_BASE);

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
      title: 'AKS Networking Field Manual',
      description: 'Choose, plan and review the network plugin of Azure Kubernetes Service clusters, with sourced facts and calculators.',
      customCss: ['./src/styles/field-manual.css'],
      components: { Search: './src/components/overrides/Search.astro' },
      lastUpdated: false,
      // Marks the current page in the sidebar per page (Starlight's shared mark races when pages render concurrently).
      routeMiddleware: './src/site/route-data.ts',
      pagefind: { ranking: SEARCH_RANKING },
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'Choose a plugin', link: '/decide/' },
        { label: 'Guides', items: [{ autogenerate: { directory: 'content/guides' } }] },
        { label: 'Compare plugins', link: '/compare/' },
        { label: 'Limitations', link: '/limitations/' },
        { label: 'Plugins', items: [{ label: 'All plugins', link: '/plugins/' }, ...pluginSidebarItems()] },
        { label: 'Policy engines', link: '/policy-engines/' },
        { label: 'Calculators', items: [{ label: 'All calculators', link: '/calculators/' }, ...calculatorSidebarItems()] },
        { label: 'Glossary', link: '/glossary/' },
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
