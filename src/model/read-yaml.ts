import { LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML text that can point a field path back to its line. */
export interface YamlText {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A YAML syntax error with its 1-based line. */
export interface YamlSyntaxError {
  line: number;
  message: string;
}

/**
 * Parses YAML text, keeping enough of the document to map field paths to lines; dates stay strings
 * (YAML 1.2 core schema), so `lastVerified: 2026-11-22` reads as the text written.
 */
export function parseYaml(text: string, lineOffset = 0): { ok: true; yaml: YamlText } | { ok: false; errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        line: (e.linePos?.[0]?.line ?? 1) + lineOffset,
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
    }
    return undefined;
  };
  return { ok: true, yaml: { data: doc.toJS(), lineOf } };
}

/**
 * Splits `---` frontmatter from an MD/MDX text: the YAML (which starts after `lineOffset` lines) and
 * the body (which starts on line `bodyLine`).
 */
export function splitFrontmatter(text: string): { yaml: string; lineOffset: number; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const head = match[0];
  return { yaml: match[1] ?? '', lineOffset: 1, body: text.slice(head.length), bodyLine: head.split('\n').length };
}
