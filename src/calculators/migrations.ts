import type { PlanContext } from './context';

/** A documented in-place migration out of a plugin, as `az aks update` with the reader's values filled in. */
export interface MigrationCommand {
  /** Plugin id the cluster runs. */
  from: string;
  /** Plugin id it moves to. */
  to: string;
  /** Name of the plugin it moves to. */
  toName: string;
  /** The command, one flag per line; resource names stay shell variables. */
  command: string;
  sources: string[];
}

const PLACEHOLDERS: [RegExp, string][] = [
  [/<cluster(-name)?>/g, '"$CLUSTER_NAME"'],
  [/<(resource-)?group>/g, '"$RESOURCE_GROUP"'],
];

/**
 * Fills a command template from plugin data: `<cluster>` and `<group>` become shell variables, an
 * optional part `[--flag <value>]` is kept with the reader's value for that flag or dropped.
 */
export function fillCommand(template: string, values: Readonly<Record<string, string>>): string {
  let text = template.replace(/\s*\[(--[a-z0-9-]+)\s+<[^>]*>\]/g, (_m, flag: string) => (values[flag] ? ` ${flag} ${values[flag]}` : ''));
  for (const [pattern, value] of PLACEHOLDERS) text = text.replace(pattern, value);
  return text.trim().split(/\s+(?=--)/).join(' \\\n  ');
}

/** The in-place migrations out of a plugin that plugin data documents with a command. */
export function migrationCommands(context: PlanContext | undefined, pluginId: string, values: Readonly<Record<string, string>> = {}): MigrationCommand[] {
  const plugin = context?.plugins.find((p) => p.id === pluginId);
  return (plugin?.migrations ?? [])
    .filter((m) => m.method === 'in-place' && m.command)
    .map((m) => ({
      from: pluginId,
      to: m.to,
      toName: context?.plugins.find((p) => p.id === m.to)?.name ?? m.to,
      command: fillCommand(m.command ?? '', values),
      sources: [...m.sources],
    }));
}
