/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, each space a hyphen. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The lines of the section a heading anchor opens (`release-notes---2026-06-19` in CHANGELOG.md), up
 * to the next heading of the same or a higher level; undefined when no heading has that anchor.
 */
export function sectionLines(markdown: string, anchor: string): string[] | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && headingSlug(line.replace(/^#+/, '')) === anchor);
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#{1,6}\s/.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end);
}
