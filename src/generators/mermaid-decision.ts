/**
 * Decision tree -> Mermaid flowchart source. The source is the one description of the diagram: the
 * site renders it to SVG at build time, offers it as "Copy Mermaid source", and tests parse it with
 * Mermaid itself. Questions are rounded boxes, answers label the arrows, an answer that decides parts
 * of the configuration (the IP mode, the dataplane and engine) passes through a pill that names them,
 * and every answer that ends a path gets a pill of its own. Output depends only on its inputs.
 */
import type { DecisionTree } from '../schemas';
import { answerAt, questionOrder, treeEdges, type AnswerShape, type PathStep, type TreeShape } from './decision-tree';
import { accessibleText, mermaidHref, mermaidId, mermaidLabel } from './mermaid-text';

/** The label and link of a pill (what an answer decides, or where a path ends), keyed `question:answer`. */
export type DiagramBoxes = Record<string, { label: string; href?: string }>;

/** What the decision diagram generator needs besides the tree. */
export interface DecisionDiagramOptions {
  /** Pills keyed `question:answer`: every ending answer needs one; an answer that goes on gets one when present. */
  boxes: DiagramBoxes;
  /** A sentence appended to the accessible description, e.g. how many configurations the paths end on. */
  summary?: string;
  /** Flowchart direction; top-down suits a tall page. */
  direction?: 'TD' | 'LR';
  /** Characters per line in question boxes. */
  questionWidth?: number;
  /** Characters per line on arrows. */
  answerWidth?: number;
}

/** A generated diagram: its Mermaid source and the node ids the page script highlights. */
export interface DecisionDiagram {
  source: string;
  /**
   * Mermaid node id of every question (`q:<question>`), every decision pill (`d:<question>:<answer>`,
   * one per answer that passes through it) and every end pill (`o:<question>:<answer>`).
   */
  nodeIds: Record<string, string>;
}

/** Tree fields the diagram shows. */
export type DiagramTree = TreeShape<AnswerShape & { label: string }> & Pick<DecisionTree, 'title' | 'description'> & { questions: Record<string, { text: string }> };

/** The Mermaid flowchart of a decision tree. */
export function decisionFlowchart(tree: DiagramTree, options: DecisionDiagramOptions): DecisionDiagram {
  const { boxes, summary, direction = 'TD', questionWidth = 30, answerWidth = 22 } = options;
  const questions = questionOrder(tree);
  const nodeIds: Record<string, string> = {};
  for (const q of questions) nodeIds[`q:${q}`] = mermaidId('Q', q);

  const lines = [
    `flowchart ${direction}`,
    `  accTitle: ${accessibleText(tree.title)}`,
    `  accDescr: ${accessibleText(`${tree.description} ${questions.length} questions.${summary ? ` ${summary}` : ''}`)}`,
  ];
  for (const q of questions) lines.push(`  ${nodeIds[`q:${q}`]}(${mermaidLabel(tree.questions[q]!.text, questionWidth)})`);

  const pills: { id: string; kind: 'decision' | 'outcome'; box: { label: string; href?: string } }[] = [];
  const arrows: string[] = [];
  for (const edge of treeEdges(tree)) {
    const from = nodeIds[`q:${edge.from}`]!;
    const first = edge.answers[0]!;
    const label = mermaidLabel(edge.answers.map((a) => a.label).join(' / '), answerWidth);
    if (edge.to.kind === 'end') {
      const ref = `${edge.from}:${first.id}`;
      const box = boxes[ref];
      if (!box) throw new Error(`decision diagram: no box for the end of the path at ${ref}`);
      const id = (nodeIds[`o:${ref}`] = mermaidId('O', `${edge.from}-${first.id}`));
      pills.push({ id, kind: 'outcome', box });
      arrows.push(`  ${from} -->|${label}| ${id}`);
      continue;
    }
    const to = nodeIds[`q:${edge.to.id}`]!;
    const box = boxes[`${edge.from}:${first.id}`];
    if (!box) {
      arrows.push(`  ${from} -->|${label}| ${to}`);
      continue;
    }
    const id = mermaidId('D', `${edge.from}-${first.id}`);
    for (const a of edge.answers) nodeIds[`d:${edge.from}:${a.id}`] = id;
    pills.push({ id, kind: 'decision', box });
    arrows.push(`  ${from} -->|${label}| ${id}`, `  ${id} --> ${to}`);
  }
  for (const p of pills) lines.push(`  ${p.id}([${mermaidLabel(p.box.label, questionWidth)}])`);
  lines.push(...arrows);
  for (const p of pills) {
    if (p.box.href) lines.push(`  click ${p.id} href ${mermaidHref(p.box.href)} ${mermaidLabel(`Open the page: ${p.box.label}`)}`);
  }
  lines.push('  classDef question stroke-width:1px');
  lines.push('  classDef decision stroke-width:1px');
  lines.push('  classDef outcome stroke-width:2px');
  lines.push(`  class ${questions.map((q) => nodeIds[`q:${q}`]).join(',')} question`);
  for (const kind of ['decision', 'outcome'] as const) {
    const ids = pills.filter((p) => p.kind === kind).map((p) => p.id);
    if (ids.length) lines.push(`  class ${ids.join(',')} ${kind}`);
  }
  return { source: lines.join('\n') + '\n', nodeIds };
}

/** The nodes and arrows of the diagram a path goes through, for highlighting it. */
export function diagramTrail(tree: TreeShape, nodeIds: Record<string, string>, steps: readonly PathStep[]): { nodes: string[]; edges: [string, string][] } {
  let node = nodeIds[`q:${tree.start}`]!;
  const nodes = [node];
  const edges: [string, string][] = [];
  const go = (to: string | undefined) => {
    if (!to) return;
    edges.push([node, to]);
    nodes.push(to);
    node = to;
  };
  for (const step of steps) {
    const answer = answerAt(tree, step);
    if (!answer) break;
    const ref = `${step.question}:${step.answer}`;
    if (answer.next === undefined) {
      go(nodeIds[`o:${ref}`]);
      break;
    }
    go(nodeIds[`d:${ref}`]);
    go(nodeIds[`q:${answer.next}`]);
  }
  return { nodes, edges };
}
