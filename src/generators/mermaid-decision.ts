/**
 * Decision tree -> Mermaid flowchart source. The source is the one description of the diagram: the
 * site renders it to SVG at build time, offers it as "Copy Mermaid source", and tests parse it with
 * Mermaid itself. Output depends only on the tree and the names passed in, so it is deterministic.
 */
import type { Answer, DecisionTree } from '../schemas';
import { outcomeOrder, questionOrder, treeEdges, type TreeShape } from './decision-tree';
import { accessibleText, mermaidHref, mermaidId, mermaidLabel } from './mermaid-text';
import { href } from './href';

/** What the decision diagram generator needs to know about the outcomes. */
export interface DecisionDiagramOptions {
  /** Display name of an outcome plugin, e.g. "Azure CNI Overlay". */
  outcomeName: (pluginId: string) => string;
  /** Link of an outcome node; defaults to the plugin page `/plugins/<id>/`. */
  outcomeHref?: (pluginId: string) => string;
  /** Flowchart direction; top-down suits a tall page. */
  direction?: 'TD' | 'LR';
  /**
   * `leaf`: every answer that ends the path gets its own outcome box, so the chart stays a tree and
   * arrows do not cross the page; `shared`: one box per plugin.
   */
  outcomes?: 'leaf' | 'shared';
  /** Characters per line in question boxes. */
  questionWidth?: number;
  /** Characters per line on arrows. */
  answerWidth?: number;
}

/** A generated diagram: its Mermaid source and the node ids the page script highlights. */
export interface DecisionDiagram {
  source: string;
  /** Mermaid node id of every question (`q:<question id>`) and outcome box (`o:<question id>:<answer id>` for leaves, `p:<plugin id>` when shared). */
  nodeIds: Record<string, string>;
}

/** Tree fields the diagram shows. */
export type DiagramTree = TreeShape<Answer> & Pick<DecisionTree, 'title' | 'description'> & { questions: Record<string, { text: string }> };

/** The Mermaid flowchart of a decision tree: questions as rounded boxes, answers on arrows, plugins as linked pills. */
export function decisionFlowchart(tree: DiagramTree, options: DecisionDiagramOptions): DecisionDiagram {
  const {
    outcomeName,
    outcomeHref = (id) => href(`/plugins/${id}/`),
    direction = 'TD',
    outcomes: outcomeMode = 'leaf',
    questionWidth = 30,
    answerWidth = 22,
  } = options;
  const questions = questionOrder(tree);
  const plugins = outcomeOrder(tree);
  const nodeIds: Record<string, string> = {};
  for (const q of questions) nodeIds[`q:${q}`] = mermaidId('Q', q);

  const lines = [
    `flowchart ${direction}`,
    `  accTitle: ${accessibleText(tree.title)}`,
    `  accDescr: ${accessibleText(
      `${tree.description} ${questions.length} questions lead to ${plugins.length} possible plugins: ${plugins.map(outcomeName).join(', ')}.`,
    )}`,
  ];
  for (const q of questions) lines.push(`  ${nodeIds[`q:${q}`]}(${mermaidLabel(tree.questions[q]!.text, questionWidth)})`);

  // Outcome boxes: one per plugin, or one per ending answer (with the plugin each one links to).
  const boxes: { key: string; plugin: string }[] = [];
  const edges = treeEdges(tree).flatMap((edge) => {
    if (edge.to.kind === 'question' || outcomeMode === 'shared') return [edge];
    // A leaf per answer, so answers that end in the same plugin keep arrows of their own.
    return edge.answers.map((a) => ({ ...edge, answers: [a] }));
  });
  for (const p of outcomeMode === 'shared' ? plugins : []) {
    nodeIds[`p:${p}`] = mermaidId('P', p);
    boxes.push({ key: `p:${p}`, plugin: p });
  }
  const arrowLines: string[] = [];
  for (const edge of edges) {
    let to: string;
    if (edge.to.kind === 'question') to = nodeIds[`q:${edge.to.id}`]!;
    else if (outcomeMode === 'shared') to = nodeIds[`p:${edge.to.id}`]!;
    else {
      const key = `o:${edge.from}:${edge.answers[0]!.id}`;
      to = nodeIds[key] = mermaidId('O', `${edge.from}-${edge.answers[0]!.id}`);
      boxes.push({ key, plugin: edge.to.id });
    }
    const label = edge.answers.map((a) => a.label).join(' / ');
    arrowLines.push(`  ${nodeIds[`q:${edge.from}`]} -->|${mermaidLabel(label, answerWidth)}| ${to}`);
  }
  for (const b of boxes) lines.push(`  ${nodeIds[b.key]}([${mermaidLabel(outcomeName(b.plugin), questionWidth)}])`);
  lines.push(...arrowLines);
  for (const b of boxes) {
    lines.push(`  click ${nodeIds[b.key]} href ${mermaidHref(outcomeHref(b.plugin))} ${mermaidLabel(`Open the ${outcomeName(b.plugin)} page`)}`);
  }
  lines.push('  classDef question stroke-width:1px');
  lines.push('  classDef outcome stroke-width:2px');
  lines.push(`  class ${questions.map((q) => nodeIds[`q:${q}`]).join(',')} question`);
  if (boxes.length) lines.push(`  class ${boxes.map((b) => nodeIds[b.key]).join(',')} outcome`);
  return { source: lines.join('\n') + '\n', nodeIds };
}
