import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './dist';
import { attributeValues } from './html';

/** The built file a site-root URL path serves (`/plugins/x/`, `/changes.xml`), or undefined. */
export function builtFileFor(urlPath: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [path.join(dist, clean, 'index.html')] : [path.join(dist, clean), path.join(dist, clean, 'index.html')];
  return candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const ids = new Map<string, Set<string>>();

/** Why a `path` or `path#anchor` does not resolve in a build, or undefined when it does. */
export function unresolved(entry: string, dist = DIST): string | undefined {
  const [urlPath, anchor] = entry.split('#') as [string, string | undefined];
  const file = builtFileFor(urlPath, dist);
  if (!file) return `${entry}: no such page or file`;
  if (!anchor) return undefined;
  let set = ids.get(file);
  if (!set) ids.set(file, (set = new Set(attributeValues(fs.readFileSync(file, 'utf8'), 'id'))));
  return set.has(decodeURIComponent(anchor)) ? undefined : `${entry}: no #${anchor} on the page`;
}
