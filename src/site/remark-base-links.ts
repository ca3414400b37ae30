import type { Root } from 'mdast';
import { href } from '../generators/href';

/** A node of the Markdown tree, as far as this plugin looks at it. */
interface AnyNode {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
}

/** Attributes of MDX components that hold a link (`<LinkCard href="/decide/">`). */
const LINK_ATTRIBUTES = new Set(['href', 'link']);

/**
 * For hand-written MDX: root-relative links (`[JSON](/data/plugins.json)`, `<LinkCard href="/decide/">`)
 * get the site's base path, so prose links work when the site is served under a sub-path.
 */
export function remarkBaseLinks() {
  return (tree: Root) => {
    const walk = (node: AnyNode) => {
      if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') node.url = href(node.url);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxAttribute' && LINK_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') {
            attribute.value = href(attribute.value);
          }
        }
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree as unknown as AnyNode);
  };
}
