import type { Configuration, Dataplane, Plugin } from '../schemas';
import type { Model } from './model';
import type { Entry } from './read';

/** The id a configuration of an IP mode and a dataplane has: `<ipMode>-<dataplane>-dataplane`. */
export function configurationId(ipMode: string, dataplane: Dataplane): string {
  return `${ipMode}-${dataplane}-dataplane`;
}

/** The plugin file of kind `dataplane` that describes a dataplane (Cilium); none for the Azure dataplane. */
export function dataplanePlugin(model: Model, dataplane: Dataplane): Entry<Plugin> | undefined {
  return model.plugins.find((p) => p.data.kind === 'dataplane' && p.data.networkProfile.networkDataplane === dataplane);
}

/** The configuration file of an IP mode on a dataplane, when the data has one. */
export function findConfiguration(model: Model, ipMode: string, dataplane: Dataplane): Entry<Configuration> | undefined {
  return model.configurationById.get(configurationId(ipMode, dataplane));
}
