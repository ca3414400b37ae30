import css from '../styles/guidance.css?inline';

/**
 * The `head` entries a page adds when it shows an organisation's position: the guidance styles, in
 * the page's head. Pages without a position add nothing, so a site without guidance files ships
 * neither guidance markup nor guidance CSS. Use it as `frontmatter={{ ..., head: guidanceHead(shown) }}`.
 */
export function guidanceHead(shown: boolean): { tag: 'style'; content: string }[] {
  return shown ? [{ tag: 'style', content: css }] : [];
}
