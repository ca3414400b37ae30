import { describe, expect, it } from 'vitest';
import { SIDEBAR_PLUGIN_LIMIT, sidebarPluginLinks } from '../../../src/site/sidebar';

const plugins = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p${i}`, data: { name: `Plugin ${String(count - i).padStart(3, '0')}` } }));

describe('sidebarPluginLinks', () => {
  it('links every plugin, ordered by `order` and then by name', () => {
    const links = sidebarPluginLinks([
      { id: 'b', data: { name: 'Beta' } },
      { id: 'a', data: { name: 'Alpha' } },
      { id: 'z', data: { name: 'Zulu', order: 1 } },
    ]);
    expect(links).toEqual([
      { label: 'Zulu', link: '/plugins/z/' },
      { label: 'Alpha', link: '/plugins/a/' },
      { label: 'Beta', link: '/plugins/b/' },
    ]);
  });

  it('lists up to the limit and none beyond it, where the plugin index takes over', () => {
    expect(sidebarPluginLinks(plugins(SIDEBAR_PLUGIN_LIMIT))).toHaveLength(SIDEBAR_PLUGIN_LIMIT);
    expect(sidebarPluginLinks(plugins(SIDEBAR_PLUGIN_LIMIT + 1))).toEqual([]);
  });
});
