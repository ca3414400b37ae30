import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { checkAnatomy, INSERTED_BLOCKS, PROSE_SECTIONS } from '../generators/glossary-anatomy';

/**
 * For MDX files in the glossary folder: checks the prose sections against the anatomy and inserts the
 * frontmatter-driven blocks (signals, situations, CLI, mistakes, related) between them as components,
 * so the DOM order, and so the reading order, follows the anatomy.
 */
export function remarkGlossaryAnatomy(options: { glossaryDir: string }) {
  const dir = path.resolve(options.glossaryDir);
  return (tree: Root, file: VFile) => {
    const filePath = file.path ? path.resolve(file.path) : '';
    if (!filePath.startsWith(dir + path.sep)) return;
    const term = path.basename(filePath, path.extname(filePath));

    // Split the body into sections at each ## heading.
    const sections: { heading: string; start: number; nodes: RootContent[] }[] = [];
    tree.children.forEach((node, index) => {
      if (node.type === 'heading' && node.depth === 2) sections.push({ heading: toString(node), start: index, nodes: [] });
      else sections.at(-1)?.nodes.push(node);
    });
    const problems = checkAnatomy(sections.map((s) => ({ heading: s.heading, textLength: s.nodes.map((n) => toString(n)).join(' ').trim().length })));
    if (problems.length > 0) {
      file.fail(`${path.relative(process.cwd(), filePath)}: ${problems.map((p) => p.message).join('; ')}`);
    }

    const element = (name: string): RootContent =>
      ({ type: 'mdxJsxFlowElement', name, attributes: [{ type: 'mdxJsxAttribute', name: 'term', value: term }], children: [] }) as unknown as RootContent;
    const children: RootContent[] = [...tree.children.slice(0, sections[0]?.start ?? 0)];
    sections.forEach((section, i) => {
      children.push(tree.children[section.start]!, ...section.nodes);
      const id = PROSE_SECTIONS[i]!.id;
      for (const block of INSERTED_BLOCKS) if (block.after === id) children.push(element(block.component));
    });
    tree.children = children;
  };
}
