/**
 * The published-URL contract on disk: reads `data/published-urls.txt`, and reports each listed URL or
 * anchor the data no longer produces as a data issue, so `npm run lint:data` and the build fail naming it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataIssue, DataLocations, Model } from '../model';
import { missingPublishedUrls, parsePublishedList, publishedUrls, type PublishedUrlInputs } from '../generators/published-urls';

/** Where the list lives: beside the data it is generated from. */
export function publishedListFile(locations: DataLocations): string {
  return path.join(locations.dataDir, 'published-urls.txt');
}

/** The inputs the model does not hold, read from the project: the guide slugs. */
export function publishedUrlInputs(locations: DataLocations): PublishedUrlInputs {
  const folder = path.join(locations.root, 'content', 'guides');
  const guides = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((f) => /^[^_].*\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ''))
    : [];
  return { guides };
}

/** Issues for the listed entries that no longer exist; none when there is no list (fixture data sets). */
export function checkPublishedUrls(model: Model, locations: DataLocations): DataIssue[] {
  const file = publishedListFile(locations);
  if (!fs.existsSync(file)) return [];
  const listed = parsePublishedList(fs.readFileSync(file, 'utf8'));
  const missing = new Set(missingPublishedUrls(listed.map((l) => l.entry), publishedUrls(model, publishedUrlInputs(locations))));
  const rel = path.relative(locations.root, file).split(path.sep).join('/');
  return listed
    .filter((l) => missing.has(l.entry))
    .map((l) => ({
      file: rel,
      line: l.line,
      path: '',
      rule: 'published-urls',
      message: `${l.entry} is published but no longer exists and has no redirect; keep the page or anchor (mark a limitation lifted, or movedTo its new place) instead of removing it`,
    }));
}
