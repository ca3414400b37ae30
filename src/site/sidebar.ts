import { dataLocations } from '../model/locations';
import { readCollection } from '../model/read';

/** Sidebar entries for every plugin file, so a new plugin appears in the navigation without a code change. */
export function pluginSidebarItems(): { label: string; link: string }[] {
  const { entries } = readCollection('plugins', dataLocations());
  return entries
    .map((p) => ({ label: p.data.name, link: `/plugins/${p.id}/` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
