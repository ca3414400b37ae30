import type { Rule } from './rule';

/**
 * A limitation scoped to a dataplane (`dataplane: azure|cilium`) belongs to an IP mode that a
 * configuration runs on the Cilium dataplane: only there can the same IP mode sit on either dataplane,
 * so only there can a configuration page, a chooser result or a cluster review leave it out.
 */
export const limitationDataplaneScope: Rule = {
  name: 'limitation-dataplane-scope',
  description: "a limitation's dataplane scope is set only on an IP mode that runs on both dataplanes",
  check(model, report) {
    for (const engine of model.policyEngines) {
      engine.data.limitations.forEach((l, index) => {
        if (l.dataplane) report(engine, ['limitations', index, 'dataplane'], `a policy engine's limitation cannot be scoped to a dataplane; state the dataplane in appliesTo, or move the limitation to the IP mode it concerns`);
      });
    }
    for (const plugin of model.plugins) {
      const onBoth = plugin.data.kind === 'plugin' && model.configurations.some((c) => c.data.ipMode === plugin.id && c.data.dataplane === 'cilium');
      plugin.data.limitations.forEach((l, index) => {
        if (!l.dataplane || onBoth) return;
        const why =
          plugin.data.kind === 'dataplane'
            ? `"${plugin.id}" is a dataplane; only an IP mode's limitation can be scoped to a dataplane`
            : `no configuration in data/configurations runs "${plugin.id}" on the Cilium dataplane, so it never runs on more than one dataplane`;
        report(plugin, ['limitations', index, 'dataplane'], `dataplane: ${l.dataplane} cannot apply: ${why}`);
      });
    }
  },
};
