/**
 * `npm run sources:check -- --docs <clone of MicrosoftDocs/azure-aks-docs> [--aks-repo <clone of Azure/AKS>]`:
 * prints each cited document that changed after it was verified, with the commits, the changed lines and
 * the facts that cite it. Exit 0 when nothing changed, 1 when something did, 2 on bad arguments
 * (unknown option, missing or non-git folder) or data that does not load.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DataError, dataLocations, formatIssue, loadModel } from '../model';
import { WATCHED_REPOS } from '../model/source-files';
import { GitRepo } from '../source-watch/git';
import { formatWatchReport, watchSources, type WatchClones } from '../source-watch/watch';

const USAGE = 'usage: npm run sources:check -- --docs <clone of MicrosoftDocs/azure-aks-docs> [--aks-repo <clone of Azure/AKS>]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { docs?: string; 'aks-repo'?: string };
try {
  ({ values } = parseArgs({ options: { docs: { type: 'string' }, 'aks-repo': { type: 'string' } }, strict: true, allowPositionals: false }));
} catch (error) {
  fail((error as Error).message);
}
if (!values.docs) fail('--docs is required');

const clones: WatchClones = {};
for (const [option, repo] of [['docs', WATCHED_REPOS.docs], ['aks-repo', WATCHED_REPOS.aks]] as const) {
  const dir = values[option];
  if (dir === undefined) continue;
  if (!fs.existsSync(dir)) fail(`--${option} ${dir}: no such folder`);
  const git = new GitRepo(dir);
  if (!git.isRepository()) fail(`--${option} ${dir}: not a git repository with commits (expected a clone of ${repo})`);
  clones[repo] = git;
}

let model;
try {
  model = loadModel(dataLocations());
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  for (const issue of error.issues) console.error(formatIssue(issue));
  fail('the data does not load; fix it first (npm run lint:data)');
}

const report = watchSources(model, clones);
console.log(formatWatchReport(report));
process.exit(report.changed.length > 0 ? 1 : 0);
