import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './dist';
import { attributeValues } from './html';

/** Module scripts a page loads by <script src>, as site paths. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).sort();
}

/** A script and every chunk it imports, statically or dynamically, as site paths. */
export function scriptClosure(entries: string[], dist = DIST): Set<string> {
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src) || !src.startsWith('/_astro/')) return;
    seen.add(src);
    const code = fs.readFileSync(path.join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(src), m[1]!));
  };
  entries.forEach(visit);
  return seen;
}

/** Gzipped size in bytes of a set of site files. */
export function gzipSize(files: Iterable<string>, dist = DIST): number {
  let total = 0;
  for (const f of files) total += zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  return total;
}

/** Site files referenced by a page's modulepreload links, if any. */
export function preloads(html: string): string[] {
  return attributeValues(html, 'href').filter((h) => h.startsWith('/_astro/') && h.endsWith('.js'));
}
