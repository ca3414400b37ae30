/**
 * Plugin migration data -> Mermaid flowchart source: one box per plugin that has a documented way in or
 * out, one arrow per migration, labelled with its method, whether it can be undone and how many
 * constraints apply (the constraints themselves are listed beside the diagram and on the plugin pages).
 */
import type { Migration, Plugin } from '../schemas';
import { accessibleText, mermaidHref, mermaidId, mermaidLabel } from './mermaid-text';
import { href } from './href';

/** The plugin fields the migration diagram reads. */
export type MigrationPlugin = { id: string; data: Pick<Plugin, 'name' | 'shortName' | 'status' | 'migrations'> };

/** Words for a migration method, as an arrow shows them. */
export const METHOD_LABELS: Record<Migration['method'], string> = {
  'in-place': 'in place',
  'new-node-pool': 'new node pool',
  'new-cluster': 'new cluster',
};

/** One migration arrow: from, to, and the words on it. */
export interface MigrationEdge {
  from: string;
  to: string;
  migration: Migration;
  label: string;
}

/** The arrow text of a migration, e.g. "in place · one-way · 10 constraints". */
export function migrationLabel(m: Pick<Migration, 'method' | 'reversible' | 'constraints'>): string {
  const parts = [METHOD_LABELS[m.method], m.reversible ? 'reversible' : 'one-way'];
  if (m.constraints.length) parts.push(`${m.constraints.length} constraint${m.constraints.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/** Every documented migration between the given plugins, in plugin order then data order; targets outside the list are skipped. */
export function migrationEdges(plugins: readonly MigrationPlugin[]): MigrationEdge[] {
  const known = new Set(plugins.map((p) => p.id));
  return plugins.flatMap((p) =>
    p.data.migrations.filter((m) => known.has(m.to)).map((m) => ({ from: p.id, to: m.to, migration: m, label: migrationLabel(m) })),
  );
}

/** The Mermaid flowchart of the migration paths; retiring and retired plugins get the class `retiring`. */
export function migrationFlowchart(
  plugins: readonly MigrationPlugin[],
  options: { direction?: 'TD' | 'LR'; pluginHref?: (id: string) => string; nameWidth?: number } = {},
): { source: string; nodeIds: Record<string, string>; edges: MigrationEdge[] } {
  const { direction = 'LR', pluginHref = (id) => href(`/plugins/${id}/#migrations`), nameWidth = 22 } = options;
  const edges = migrationEdges(plugins);
  const involved = plugins.filter((p) => edges.some((e) => e.from === p.id || e.to === p.id));
  const nodeIds = Object.fromEntries(involved.map((p) => [p.id, mermaidId('P', p.id)]));
  const nameOf = (id: string) => involved.find((p) => p.id === id)!.data.name;
  const describe = edges.map((e) => `${nameOf(e.from)} to ${nameOf(e.to)}: ${e.label}.`).join(' ');
  const lines = [
    `flowchart ${direction}`,
    '  accTitle: Migration paths between AKS network plugins',
    `  accDescr: ${accessibleText(describe || 'No documented migration paths.')}`,
  ];
  for (const p of involved) lines.push(`  ${nodeIds[p.id]}(${mermaidLabel(p.data.name, nameWidth)})`);
  for (const e of edges) lines.push(`  ${nodeIds[e.from]} -->|${mermaidLabel(e.label, 40)}| ${nodeIds[e.to]}`);
  for (const p of involved) lines.push(`  click ${nodeIds[p.id]} href ${mermaidHref(pluginHref(p.id))} ${mermaidLabel(`Open the ${p.data.name} page`)}`);
  const retiring = involved.filter((p) => p.data.status.state === 'retiring' || p.data.status.state === 'retired');
  lines.push('  classDef plugin stroke-width:1px');
  lines.push('  classDef retiring stroke-dasharray:4 3');
  const current = involved.filter((p) => !retiring.includes(p));
  if (current.length) lines.push(`  class ${current.map((p) => nodeIds[p.id]).join(',')} plugin`);
  if (retiring.length) lines.push(`  class ${retiring.map((p) => nodeIds[p.id]).join(',')} retiring`);
  return { source: lines.join('\n') + '\n', nodeIds, edges };
}
