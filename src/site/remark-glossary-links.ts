import path from 'node:path';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { TermLinker, type TermName } from '../generators/term-links';

/** Nodes whose text is never turned into a glossary link. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html']);

/**
 * For glossary MDX: the first mention of every other glossary term in the prose becomes a link to
 * that term, so cross-links are generated rather than typed.
 */
export function remarkGlossaryLinks(options: { glossaryDir: string; names: () => TermName[] }) {
  const dir = path.resolve(options.glossaryDir);
  return (tree: Root, file: VFile) => {
    const filePath = file.path ? path.resolve(file.path) : '';
    if (!filePath.startsWith(dir + path.sep)) return;
    const self = path.basename(filePath, path.extname(filePath));
    const linker = new TermLinker(options.names(), [self]);
    const walk = (node: Parent) => {
      const children: RootContent[] = [];
      for (const child of node.children as RootContent[]) {
        if (child.type === 'text') {
          for (const segment of linker.segments(child.value)) {
            children.push(
              'href' in segment
                ? ({ type: 'link', url: segment.href, children: [{ type: 'text', value: segment.text }] } as PhrasingContent)
                : ({ type: 'text', value: segment.text } as PhrasingContent),
            );
          }
          continue;
        }
        if (!SKIP.has(child.type) && 'children' in child) walk(child as Parent);
        children.push(child);
      }
      node.children = children as Parent['children'];
    };
    walk(tree);
  };
}
