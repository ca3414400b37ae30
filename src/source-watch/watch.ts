/**
 * Which cited documents changed after they were verified: each source from a watched repository is
 * mapped to its file (and, for the release notes, its release section), and the repository's history
 * since the snapshot the source was checked against (`checkedAgainst.commit`, else its date, else
 * `lastVerified`) says whether the file changed, in which commits and which lines.
 */
import type { Model } from '../model/model';
import { sourceFile, WATCHED_REPOS, type SourceFile } from '../model/source-files';
import { citationsBySource, type Citation } from './citations';
import { sectionLines } from './changelog-section';
import type { GitRepo } from './git';

/** The clones to read, by watched repository; a repository without a clone is skipped. */
export type WatchClones = Partial<Record<SourceFile['repo'], GitRepo>>;

/** A source whose document changed after it was verified. */
export interface ChangedSource {
  id: string;
  title: string;
  url: string;
  repo: string;
  path: string;
  section?: string;
  /** Where the article lives now, when it was removed with a redirect. */
  redirectedTo?: string;
  /** What the changes are counted from: a commit id or a date. */
  since: string;
  lastVerified: string;
  commits: { commit: string; date: string; subject: string }[];
  added: string[];
  removed: string[];
  citedBy: Citation[];
}

/** What the watch found. */
export interface WatchReport {
  changed: ChangedSource[];
  /** Ids of watched sources whose documents did not change. */
  unchanged: string[];
  /** Sources that could not be checked, with the reason (no clone given, file not found). */
  skipped: { id: string; reason: string }[];
}

const REDIRECTION_FILES = ['.openpublishing.redirection.json', 'articles/aks/.openpublishing.redirection.aks.json'];

/** Follows the docs repository's redirection files from a removed article to the article that replaced it. */
function redirectTarget(repo: GitRepo, head: string, path: string): string | undefined {
  const map = new Map<string, string>();
  for (const file of REDIRECTION_FILES) {
    const text = repo.show(head, file);
    if (!text) continue;
    const parsed = JSON.parse(text) as { redirections?: { source_path?: string; source_path_from_root?: string; redirect_url: string }[] };
    for (const r of parsed.redirections ?? []) {
      const from = (r.source_path_from_root ?? r.source_path ?? '').replace(/^\//, '');
      if (from) map.set(from, r.redirect_url);
    }
  }
  let current = path;
  for (let hop = 0; hop < 5; hop++) {
    const url = map.get(current);
    const target = url && /^\/azure\/(aks|kubernetes-fleet)\/([a-z0-9/-]+)$/.exec(url.split(/[?#]/)[0]!);
    if (!target) return undefined;
    current = `articles/${target[1]}/${target[2]}.md`;
    if (repo.show(head, current) !== undefined) return current;
  }
  return undefined;
}

/** The include files an article pulls in (`[!INCLUDE [x](./includes/y.md)]`), as repository paths. */
function includesOf(text: string, path: string): string[] {
  const dir = path.split('/').slice(0, -1);
  return [...text.matchAll(/\[!INCLUDE\s*\[[^\]]*\]\(([^)]+)\)\]/gi)].map((m) => {
    const parts = [...dir];
    for (const part of m[1]!.trim().split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/');
  });
}

function changedLines(diff: string): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('+')) added.push(line.slice(1));
    else if (line.startsWith('-')) removed.push(line.slice(1));
  }
  return { added, removed };
}

/** Checks every source of the model that lives in a repository with a clone. */
export function watchSources(model: Model, clones: WatchClones): WatchReport {
  const citations = citationsBySource(model);
  const report: WatchReport = { changed: [], unchanged: [], skipped: [] };
  for (const source of model.sources) {
    const file = sourceFile(source.data.url);
    if (!file) continue;
    const repo = clones[file.repo];
    if (!repo) {
      report.skipped.push({ id: source.id, reason: `no clone of ${file.repo} given` });
      continue;
    }
    const head = repo.commit('HEAD')!;
    const checked = source.data.checkedAgainst;
    const baseCommit = checked?.commit ? repo.commit(checked.commit) : undefined;
    const sinceDate = checked?.date ?? source.data.lastVerified;
    const base = baseCommit ?? repo.commitAt(sinceDate);
    if (!base) {
      report.skipped.push({ id: source.id, reason: `${file.repo} has no commit from ${sinceDate} or earlier` });
      continue;
    }
    if (repo.show(base, file.path) === undefined && repo.show(head, file.path) === undefined) {
      report.skipped.push({ id: source.id, reason: `${file.path} is not in ${file.repo}` });
      continue;
    }
    const headText = repo.show(head, file.path);
    const redirectedTo = headText === undefined && file.repo === WATCHED_REPOS.docs ? redirectTarget(repo, head, file.path) : undefined;
    const paths = [file.path, ...(redirectedTo ? [redirectedTo] : []), ...includesOf(headText ?? repo.show(base, file.path) ?? '', file.path)];
    let lines: { added: string[]; removed: string[] };
    if (file.section) {
      const before = sectionLines(repo.show(base, file.path) ?? '', file.section) ?? [];
      const after = sectionLines(headText ?? '', file.section) ?? [];
      const beforeSet = new Set(before);
      const afterSet = new Set(after);
      lines = { added: after.filter((l) => !beforeSet.has(l)), removed: before.filter((l) => !afterSet.has(l)) };
    } else {
      lines = changedLines(repo.diff(base, head, paths));
    }
    const commits = lines.added.length || lines.removed.length || redirectedTo ? repo.log(paths, baseCommit ? { commit: baseCommit } : { date: sinceDate }) : [];
    if (commits.length === 0) {
      report.unchanged.push(source.id);
      continue;
    }
    report.changed.push({
      id: source.id,
      title: source.data.title,
      url: source.data.url,
      repo: file.repo,
      path: file.path,
      ...(file.section ? { section: file.section } : {}),
      ...(redirectedTo ? { redirectedTo } : {}),
      since: baseCommit ? baseCommit.slice(0, 12) : sinceDate,
      lastVerified: source.data.lastVerified,
      commits,
      ...lines,
      citedBy: citations.get(source.id) ?? [],
    });
  }
  return report;
}

/** The report as text for a maintainer: each changed source with its commits, changed lines and citing facts. */
export function formatWatchReport(report: WatchReport, maxLines = 12): string {
  const out: string[] = [];
  const watched = report.changed.length + report.unchanged.length;
  out.push(
    report.changed.length === 0
      ? `No cited document changed after it was verified (${watched} sources checked).`
      : `${report.changed.length} of ${watched} cited documents changed after they were verified:`,
  );
  for (const c of report.changed) {
    out.push('', `${c.id}: ${c.title}`, `  ${c.url}`);
    out.push(`  ${c.repo} ${c.path}${c.section ? `#${c.section}` : ''}, changes since ${c.since} (last verified ${c.lastVerified})`);
    if (c.redirectedTo) out.push(`  the article was removed; it now redirects to ${c.redirectedTo}`);
    out.push(`  ${c.commits.length} commit${c.commits.length === 1 ? '' : 's'}:`);
    for (const k of c.commits.slice(0, maxLines)) out.push(`    ${k.commit.slice(0, 12)} ${k.date} ${k.subject}`);
    if (c.commits.length > maxLines) out.push(`    … ${c.commits.length - maxLines} more`);
    out.push(`  changed lines (+${c.added.length} -${c.removed.length}):`);
    const shown = [...c.removed.map((l) => `    - ${l}`), ...c.added.map((l) => `    + ${l}`)];
    out.push(...shown.slice(0, maxLines).map((l) => (l.length > 160 ? `${l.slice(0, 157)}...` : l)));
    if (shown.length > maxLines) out.push(`    … ${shown.length - maxLines} more`);
    out.push(c.citedBy.length ? '  cited by:' : '  cited by no fact');
    for (const cite of c.citedBy) out.push(`    ${cite.file}: ${cite.path}${cite.limitation ? ` (limitation ${cite.limitation})` : ''}`);
  }
  if (report.unchanged.length) out.push('', `${report.unchanged.length} unchanged.`);
  const noClone = report.skipped.filter((s) => s.reason.startsWith('no clone'));
  if (noClone.length) out.push(`${noClone.length} skipped: ${[...new Set(noClone.map((s) => s.reason))].join('; ')}.`);
  for (const s of report.skipped.filter((s) => !s.reason.startsWith('no clone'))) out.push(`skipped ${s.id}: ${s.reason}`);
  return out.join('\n');
}
