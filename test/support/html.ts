import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './dist';

/** Every built HTML file with its URL path, e.g. `/plugins/kubenet/`. */
export function builtPages(dist = DIST): { url: string; file: string }[] {
  return fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const rel = path.relative(dist, file).split(path.sep).join('/');
      const url = '/' + rel.replace(/index\.html$/, '');
      return { url, file };
    });
}

/** Values of an attribute on elements of an HTML text (a light scan; enough for built pages). */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1]!));
}

/** Decodes the entities Astro writes in attribute values. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}
