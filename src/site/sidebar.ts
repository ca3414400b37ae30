import { dataLocations } from '../model/locations';
import { readCollection } from '../model/read';

/** Sidebar entries for every plugin file, so a new plugin appears in the navigation without a code change. */
export function pluginSidebarItems(): { label: string; link: string }[] {
  const { entries } = readCollection('plugins', dataLocations());
  return [...entries]
    .sort((a, b) => (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) || a.data.name.localeCompare(b.data.name))
    .map((p) => ({ label: p.data.name, link: `/plugins/${p.id}/` }));
}
