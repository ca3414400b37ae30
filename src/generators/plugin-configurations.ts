import type { Model } from '../model/model';
import type { Entry } from '../model/read';
import type { Plugin } from '../schemas';

/** A configuration as a link. */
export interface ConfigurationLink {
  id: string;
  name: string;
  shortName: string;
}

/**
 * The configurations a plugin file is part of: for an IP mode those that run it, for a dataplane
 * those that run on it. A dataplane file's own cells, key numbers and create command describe one
 * pairing; `assumed` is that configuration (the one whose IP mode matches the dataplane file's
 * network profile), so its page can say what its numbers assume.
 */
export function pluginConfigurations(model: Model, plugin: Entry<Plugin>): { assumed?: ConfigurationLink & { ipMode: string }; configurations: ConfigurationLink[] } {
  const link = (c: (typeof model.configurations)[number]): ConfigurationLink => ({ id: c.id, name: c.data.name, shortName: c.data.shortName });
  if (plugin.data.kind === 'plugin') return { configurations: model.configurations.filter((c) => c.data.ipMode === plugin.id).map(link) };
  const profile = plugin.data.networkProfile;
  const own = model.configurations.filter((c) => c.data.dataplane === profile.networkDataplane);
  const assumed = own.find((c) => {
    const ip = model.pluginById.get(c.data.ipMode)?.data.networkProfile;
    return ip !== undefined && ip.networkPlugin === profile.networkPlugin && ip.networkPluginMode === profile.networkPluginMode && ip.podSubnet === profile.podSubnet;
  });
  const ipMode = assumed ? model.pluginById.get(assumed.data.ipMode)?.data.name : undefined;
  return { ...(assumed && ipMode ? { assumed: { ...link(assumed), ipMode } } : {}), configurations: own.map(link) };
}
