import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { markCurrentSidebarEntry, type SidebarEntry } from './sidebar-current';

/** Starlight route middleware: the sidebar's current page is the page being rendered (see sidebar-current.ts). */
export const onRequest = defineRouteMiddleware((context) => {
  markCurrentSidebarEntry(context.locals.starlightRoute.sidebar as SidebarEntry[], context.url.pathname);
});
