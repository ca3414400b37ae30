/**
 * Build-time rendering of generated Mermaid source to inline SVG with beautiful-mermaid, a DOM-free
 * renderer: no browser at build time and no Mermaid runtime in the page. Colours are CSS variables
 * (set in src/styles/decide.css), so the diagram follows Starlight's light/dark switch without a
 * second render.
 *
 * beautiful-mermaid reads a regular subset of Mermaid with regular expressions, so the source goes
 * through a small translation first: directives it does not know (accTitle, accDescr, click, class)
 * are taken out and applied to the SVG afterwards, and characters in quoted labels that its patterns
 * would read as syntax are swapped for private-use placeholders and restored in the output.
 */
import { escape } from 'html-escaper';
import { renderMermaidSVG } from 'beautiful-mermaid';
import { unescapeMermaidText } from '../generators/mermaid-text';

/** A rendered diagram: inline SVG markup and its natural size in CSS pixels. */
export interface RenderedDiagram {
  svg: string;
  width: number;
  height: number;
}

/** What the source says besides nodes and edges, applied to the SVG after layout. */
export interface MermaidDirectives {
  title?: string;
  description?: string;
  links: Map<string, { href: string; tooltip?: string }>;
  classes: Map<string, string[]>;
}

const DIRECTIVE = /^\s*(accTitle|accDescr|click|classDef|class|linkStyle|style)\b/;

/** Reads accTitle, accDescr, `click <id> href "<url>" "<tooltip>"` and `class <ids> <name>` lines. */
export function readDirectives(source: string): MermaidDirectives {
  const directives: MermaidDirectives = { links: new Map(), classes: new Map() };
  for (const line of source.split('\n')) {
    const acc = line.match(/^\s*(accTitle|accDescr)\s*:\s*(.*)$/);
    if (acc) {
      if (acc[1] === 'accTitle') directives.title = acc[2]!.trim();
      else directives.description = acc[2]!.trim();
      continue;
    }
    const click = line.match(/^\s*click\s+(\S+)\s+href\s+"([^"]*)"(?:\s+"([^"]*)")?/);
    if (click) {
      directives.links.set(click[1]!, { href: click[2]!, tooltip: click[3] === undefined ? undefined : unescapeMermaidText(click[3]) });
      continue;
    }
    const cls = line.match(/^\s*class\s+(\S+)\s+([\w-]+)\s*$/);
    if (cls) {
      for (const id of cls[1]!.split(',')) directives.classes.set(id, [...(directives.classes.get(id) ?? []), cls[2]!]);
    }
  }
  return directives;
}

/** Label characters beautiful-mermaid's patterns would read as syntax or formatting. */
const PROTECTED = '()[]{}|"<>&*~\\#`';
const placeholder = (c: string) => String.fromCharCode(0xe000 + PROTECTED.indexOf(c));

/** The source in the dialect beautiful-mermaid parses: no directives, label text protected. */
export function toRendererDialect(source: string): string {
  return source
    .split('\n')
    .filter((line) => !DIRECTIVE.test(line))
    .join('\n')
    .replace(/"([^"]*)"/g, (_, body: string) => {
      const lines = body.split('<br>').map((segment) => unescapeMermaidText(segment).replace(/[()[\]{}|"<>&*~\\#`]/g, placeholder));
      return `"${lines.join('<br>')}"`;
    });
}

/** Restores protected characters, XML-escaped, wherever they ended up (text and data attributes). */
function restoreProtected(svg: string): string {
  return svg.replace(/[\ue000-\ue0ff]/g, (p) => escape(PROTECTED[p.charCodeAt(0) - 0xe000] ?? ''));
}

/** Index just past the `</g>` that closes the `<g` opening at `start`. */
function endOfGroup(svg: string, start: number): number {
  const tag = /<g\b|<\/g>/g;
  tag.lastIndex = start + 2;
  let depth = 1;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) return m.index + 4;
  }
  throw new Error('unbalanced <g> in rendered SVG');
}

/** Rounds long decimals in coordinates, which keeps the HTML small and the output stable. */
function roundNumbers(svg: string): string {
  return svg.replace(/(\d+\.\d{3,})/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

const cache = new Map<string, RenderedDiagram>();

/**
 * Renders Mermaid flowchart source to inline SVG for the page. `idPrefix` keeps element ids (title,
 * description, arrow markers) unique when several diagrams share a page. Results are cached for the
 * build, since the same diagram appears on several pages.
 */
export function renderMermaid(source: string, idPrefix: string): RenderedDiagram {
  const key = `${idPrefix}\n${source}`;
  let rendered = cache.get(key);
  if (!rendered) cache.set(key, (rendered = renderUncached(source, idPrefix)));
  return rendered;
}

function renderUncached(source: string, idPrefix: string): RenderedDiagram {
  const directives = readDirectives(source);
  let svg = renderMermaidSVG(toRendererDialect(source), {
    bg: 'var(--fm-diagram-bg)',
    fg: 'var(--fm-diagram-fg)',
    transparent: true,
  });
  // Its <style> block imports a web font from a CDN and styles every svg on the page; the site's
  // stylesheet provides the same variables scoped to diagrams instead.
  svg = svg.replace(/<style>[\s\S]*?<\/style>\s*/, '');
  svg = svg.replace(/\sid="([^"]+)"/g, ` id="${idPrefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`);
  svg = restoreProtected(roundNumbers(svg));

  const size = svg.match(/<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/);
  if (!size) throw new Error('beautiful-mermaid returned an SVG without width and height');
  const width = Math.ceil(Number(size[1]));
  const height = Math.ceil(Number(size[2]));

  // Node classes from `class` lines, and links from `click` lines. The links stay out of the tab order
  // (a tree has dozens of boxes); the outline beside every diagram carries the same links.
  svg = svg.replace(/<g class="node" data-id="([^"]+)"/g, (m, id: string) => {
    const classes = directives.classes.get(id);
    return classes ? `<g class="node ${classes.join(' ')}" data-id="${id}"` : m;
  });
  for (const [id, link] of directives.links) {
    const start = svg.search(new RegExp(`<g class="[^"]*" data-id="${id}"`));
    if (start < 0) continue;
    const end = endOfGroup(svg, start);
    const title = link.tooltip ? `<title>${escape(link.tooltip)}</title>` : '';
    svg = `${svg.slice(0, start)}<a href="${escape(link.href)}" tabindex="-1">${title}${svg.slice(start, end)}</a>${svg.slice(end)}`;
  }

  // role="group", not "img": the plugin boxes are links, and an image cannot contain links.
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const naming = `${directives.title ? ` aria-labelledby="${titleId}"` : ''}${directives.description ? ` aria-describedby="${descId}"` : ''}`;
  svg = svg.replace(/^<svg([^>]*?)\s*style="[^"]*"([^>]*)>/, '<svg$1$2>');
  svg = svg.replace(
    /^<svg([^>]*)>/,
    `<svg$1 class="fm-diagram__svg" role="group"${naming}>` +
      (directives.title ? `<title id="${titleId}">${escape(directives.title)}</title>` : '') +
      (directives.description ? `<desc id="${descId}">${escape(directives.description)}</desc>` : ''),
  );
  return { svg, width, height };
}
