import { dataLocations } from '../model/locations';
import { readCollection } from '../model/read';

/**
 * The sidebar names each plugin while the list fits on a screen. With more plugins it shows only the
 * "All plugins" index: a sidebar of hundreds of links is no help to a reader, and as every page
 * carries the sidebar, it would make every page grow with the number of plugins.
 */
export const SIDEBAR_PLUGIN_LIMIT = 16;

/** What the sidebar needs of a plugin. */
interface SidebarPlugin {
  id: string;
  data: { name: string; order?: number | undefined };
}

/** Sidebar entries for the plugins, in their `order`, then by name; none past SIDEBAR_PLUGIN_LIMIT. */
export function sidebarPluginLinks(plugins: readonly SidebarPlugin[]): { label: string; link: string }[] {
  if (plugins.length > SIDEBAR_PLUGIN_LIMIT) return [];
  return [...plugins]
    .sort((a, b) => (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) || a.data.name.localeCompare(b.data.name))
    .map((p) => ({ label: p.data.name, link: `/plugins/${p.id}/` }));
}

/** Sidebar entries for every plugin file, so a new plugin appears in the navigation without a code change. */
export function pluginSidebarItems(): { label: string; link: string }[] {
  return sidebarPluginLinks(readCollection('plugins', dataLocations()).entries);
}
