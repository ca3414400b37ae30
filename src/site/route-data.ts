import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { buildIdentity, DEFAULT_TITLE } from './identity';
import { markCurrentSidebarEntry, type SidebarEntry } from './sidebar-current';

const { title } = buildIdentity();

/**
 * Starlight route middleware: the sidebar's current page is the page being rendered (see
 * sidebar-current.ts), and an organisation's copy (SITE_TITLE) has its own name on the home page.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  markCurrentSidebarEntry(route.sidebar as SidebarEntry[], context.url.pathname);
  if (title !== DEFAULT_TITLE && (route.entry.id === '' || route.entry.id === 'index') && route.entry.data.title === DEFAULT_TITLE) {
    route.entry = { ...route.entry, data: { ...route.entry.data, title } };
    for (const tag of route.head) {
      if (tag.tag === 'title') tag.content = title;
      if (tag.tag === 'meta' && tag.attrs?.property === 'og:title') tag.attrs.content = title;
    }
  }
});
