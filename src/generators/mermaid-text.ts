/**
 * Text helpers shared by the Mermaid generators: node ids, label escaping and word wrapping, so every
 * generated diagram quotes its labels the same way and parses in Mermaid whatever the data says.
 */

/**
 * Characters Mermaid would read as syntax inside a quoted label, written as Mermaid entity codes
 * (`#quot;` and friends), which Mermaid turns back into the character when it renders.
 */
const ENTITY_CODES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '`': '#96;',
};

/** Escapes text for use inside a quoted Mermaid label: quotes, hashes, angle brackets, pipes, backticks. */
export function escapeMermaidText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[#"&<>|`]/g, (c) => ENTITY_CODES[c]!);
}

/** Reverses {@link escapeMermaidText} (for tests and renderers that do not know Mermaid's entity codes). */
export function unescapeMermaidText(text: string): string {
  const byCode = new Map(Object.entries(ENTITY_CODES).map(([c, code]) => [code, c]));
  return text.replace(/#(?:\d+|[a-z]+);/g, (code) => byCode.get(code) ?? code);
}

/** Breaks text into lines of at most `width` characters at spaces; a longer word keeps its own line. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A quoted Mermaid label: escaped, wrapped at `width` characters with `<br>` (which both Mermaid and
 * DOM-free renderers understand), and surrounded by double quotes.
 */
export function mermaidLabel(text: string, width = Number.POSITIVE_INFINITY): string {
  return `"${wrapWords(text, width).map(escapeMermaidText).join('<br>')}"`;
}

/**
 * A Mermaid node id from a kebab-case data id: hyphens become underscores (a hyphen can read as part of
 * an arrow) and a capital prefix keeps ids from starting with "o" or "x", which Mermaid reads as edge ends.
 */
export function mermaidId(prefix: 'Q' | 'P' | 'O' | 'D', id: string): string {
  return `${prefix}_${id.replace(/-/g, '_')}`;
}

/** One-line text for accTitle / accDescr: no line breaks, no braces (which would end an accDescr block). */
export function accessibleText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[{}]/g, '').trim();
}

/** A quoted URL for a `click ... href` line: Mermaid takes it verbatim, so only a double quote needs encoding. */
export function mermaidHref(url: string): string {
  return `"${url.replace(/"/g, '%22').replace(/\s/g, '%20')}"`;
}

/** Makes site-relative `click ... href "/..."` links absolute, so source pasted into a wiki still links to this site. */
export function absoluteMermaidLinks(source: string, origin: string): string {
  return source.replace(/(\bhref\s+")\/(?!\/)/g, `$1${origin.replace(/\/+$/, '')}/`);
}
