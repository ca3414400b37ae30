/**
 * `npm run urls:publish`: adds every current public URL and anchor to data/published-urls.txt. It never
 * removes a line, so a URL once published stays checked. Exit 1 when the data does not hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataLocations, formatIssue, loadModel, DataError } from '../model';
import { formatPublishedList, parsePublishedList, publishedUrls } from '../generators/published-urls';
import { publishedListFile, publishedUrlInputs } from '../contract/published-urls';

const locations = dataLocations();
try {
  const model = loadModel(locations);
  const file = publishedListFile(locations);
  const listed = fs.existsSync(file) ? parsePublishedList(fs.readFileSync(file, 'utf8')).map((l) => l.entry) : [];
  const current = publishedUrls(model, publishedUrlInputs(locations));
  const added = current.filter((url) => !listed.includes(url));
  fs.writeFileSync(file, formatPublishedList(listed, current));
  console.log(`${path.relative(process.cwd(), file)}: ${added.length} entr${added.length === 1 ? 'y' : 'ies'} added, ${listed.length + added.length} listed`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const issue of error.issues) console.error(formatIssue(issue));
  process.exit(1);
}
