/** A tiny element builder: text always goes in as text nodes, never as HTML. */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (null/undefined/false skipped) and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | null | undefined | false> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Creates a heading of a level from 2 to 6 (clamped). */
export function heading(level: number, attrs: Record<string, string>, text: string): HTMLElement {
  const n = Math.min(Math.max(level, 2), 6);
  return el(`h${n}` as 'h2', attrs, [text]);
}
