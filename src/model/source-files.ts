/**
 * Where a cited document is written: the public repository and file behind a source URL. The AKS and
 * Fleet Manager docs on learn.microsoft.com are built from MicrosoftDocs/azure-aks-docs (`/azure/aks/<slug>`
 * is `articles/aks/<slug>.md`, `/azure/kubernetes-fleet/<slug>` is `articles/kubernetes-fleet/<slug>.md`) and the release notes are Azure/AKS's CHANGELOG.md, one section per release.
 */

/** The repositories whose files the data cites and `sources:check` watches. */
export const WATCHED_REPOS = {
  docs: 'MicrosoftDocs/azure-aks-docs',
  aks: 'Azure/AKS',
} as const;

/** The file behind a source URL; `section` is the heading anchor of a CHANGELOG release, when cited. */
export interface SourceFile {
  repo: (typeof WATCHED_REPOS)[keyof typeof WATCHED_REPOS];
  path: string;
  section?: string;
}

const LEARN_AKS = /^https:\/\/learn\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?azure\/(aks|kubernetes-fleet)\/([a-z0-9][a-z0-9/-]*?)\/?(?:[?#].*)?$/;
const AKS_CHANGELOG = /^https:\/\/github\.com\/Azure\/AKS\/blob\/(?:main|master)\/CHANGELOG\.md(?:#(.+))?$/;

/**
 * The repository file a source URL is published from, or undefined for documents outside the watched
 * repositories (other Microsoft docs, kubernetes.io, pinned historic versions).
 */
export function sourceFile(url: string): SourceFile | undefined {
  const learn = LEARN_AKS.exec(url);
  if (learn) return { repo: WATCHED_REPOS.docs, path: `articles/${learn[1]}/${learn[2]}.md` };
  const changelog = AKS_CHANGELOG.exec(url);
  if (changelog) return { repo: WATCHED_REPOS.aks, path: 'CHANGELOG.md', ...(changelog[1] ? { section: decodeURIComponent(changelog[1]) } : {}) };
  return undefined;
}
