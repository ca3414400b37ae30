/**
 * Escaping for Markdown written from data: copied decision records, positions, calculator results.
 * DOM-free and dependency-free, so browser scripts can bundle it.
 */

/** Escapes text for Markdown prose, link labels and table cells: one line, no character read as syntax. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\[\]*_`<>|#~])/g, '\\$1');
}

/** A link destination that survives Markdown: spaces, parentheses and angle brackets percent-encoded. */
export function mdUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
