import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingSlug, sectionLines } from '../../../src/source-watch/changelog-section';
import { fixtureCopy } from '../../support/fixture';

/** A small docs repository made by the test: two articles, an include, and later commits to one of them. */
function docsRepo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-docs-repo-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=Docs', '-c', 'user.email=docs@example.org', ...args], { encoding: 'utf8' });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const commit = (message: string, date: string) => {
    git('add', '-A');
    execFileSync('git', ['-C', dir, '-c', 'user.name=Docs', '-c', 'user.email=docs@example.org', 'commit', '-q', '-m', message], {
      env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
    });
    return git('rev-parse', 'HEAD').trim();
  };
  git('init', '-q', '-b', 'main');
  write('articles/aks/concepts-alpha.md', '# Alpha\n\nAlpha supports 400 nodes.\n\n[!INCLUDE [note](./includes/note.md)]\n');
  write('articles/aks/includes/note.md', 'An included note.\n');
  write('articles/aks/concepts-beta.md', '# Beta\n\nBeta is stable.\n');
  const verified = commit('Initial articles', '2026-08-01');
  return { dir, git, write, commit, verified };
}

/** Fixture data whose two sources are the two articles, checked against the given commit. */
function dataCitingArticles(commit: string) {
  const f = fixtureCopy();
  f.edit(
    'data/sources.yaml',
    /^doc-a:[\s\S]*$/m,
    [
      'doc-a:',
      '  title: Alpha concepts',
      '  url: https://learn.microsoft.com/en-us/azure/aks/concepts-alpha',
      '  publisher: Microsoft Learn',
      '  date: 2026-01-01',
      '  lastVerified: 2026-08-02',
      `  checkedAgainst: { repo: MicrosoftDocs/azure-aks-docs, commit: ${commit}, date: 2026-08-01 }`,
      'doc-b:',
      '  title: Beta concepts',
      '  url: https://learn.microsoft.com/en-us/azure/aks/concepts-beta',
      '  publisher: Microsoft Learn',
      '  date: 2026-01-01',
      '  lastVerified: 2026-08-02',
      '  checkedAgainst: { repo: MicrosoftDocs/azure-aks-docs, date: 2026-08-01 }',
      '',
    ].join('\n'),
  );
  f.edit('data/plugins/beta.yaml', /windows-nodes:\n    support: yes\n    sources: \[doc-a\]/, 'windows-nodes:\n    support: yes\n    sources: [doc-b]');
  expect(f.check()).toEqual([]);
  return f;
}

function sourcesCheck(f: ReturnType<typeof fixtureCopy>, ...args: string[]) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('src/cli/sources-check.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FIELD_MANUAL_DATA: f.locations.dataDir, FIELD_MANUAL_GLOSSARY: f.locations.glossaryDir },
    cwd: f.root,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

// Each case runs the CLI (tsx) and git several times: seconds each on a loaded 2-core machine.
describe('npm run sources:check on a fixture repository', { timeout: 60_000 }, () => {
  it('is silent and exits 0 while nothing changed since the verification', () => {
    const repo = docsRepo();
    const result = sourcesCheck(dataCitingArticles(repo.verified), '--docs', repo.dir);
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    expect(result.out).toContain('No cited document changed after it was verified (2 sources checked).');
  });

  it('reports the changed article with its commits, changed lines and citing facts, and not the unchanged one; exits 1', () => {
    const repo = docsRepo();
    repo.write('articles/aks/concepts-alpha.md', '# Alpha\n\nAlpha supports 1,000 nodes.\n\n[!INCLUDE [note](./includes/note.md)]\n');
    repo.commit('Raise the alpha node limit', '2026-09-10');
    repo.write('articles/aks/includes/note.md', 'An included note, reworded.\n');
    repo.commit('Reword the shared note', '2026-09-11');
    const result = sourcesCheck(dataCitingArticles(repo.verified), '--docs', repo.dir);
    expect(result.status).toBe(1);
    const out = result.out;
    expect(out).toContain('1 of 2 cited documents changed after they were verified:');
    expect(out).toContain('doc-a: Alpha concepts');
    expect(out).toContain('MicrosoftDocs/azure-aks-docs articles/aks/concepts-alpha.md');
    expect(out).toMatch(/[0-9a-f]{12} 2026-09-10 Raise the alpha node limit/);
    expect(out).toMatch(/[0-9a-f]{12} 2026-09-11 Reword the shared note/);
    expect(out).toContain('    - Alpha supports 400 nodes.');
    expect(out).toContain('    + Alpha supports 1,000 nodes.');
    expect(out).toContain('data/plugins/alpha.yaml: limitations[0].sources (limitation first-limit)');
    expect(out).not.toContain('doc-b:');
    expect(out).toContain('1 unchanged.');
  });

  it('counts from the snapshot date when no commit is recorded, and follows a removed article to its redirect', () => {
    const repo = docsRepo();
    fs.rmSync(path.join(repo.dir, 'articles/aks/concepts-beta.md'));
    repo.write('articles/aks/concepts-gamma.md', '# Gamma\n\nBeta is now Gamma.\n');
    repo.write('.openpublishing.redirection.json', JSON.stringify({ redirections: [{ source_path: 'articles/aks/concepts-beta.md', redirect_url: '/azure/aks/concepts-gamma' }] }));
    repo.commit('Rename beta to gamma', '2026-09-12');
    const out = sourcesCheck(dataCitingArticles(repo.verified), '--docs', repo.dir).out;
    expect(out).toContain('doc-b: Beta concepts');
    expect(out).toContain('changes since 2026-08-01');
    expect(out).toContain('the article was removed; it now redirects to articles/aks/concepts-gamma.md');
    expect(out).toContain('data/plugins/beta.yaml: properties.windows-nodes.sources');
  });

  it('exits 2 on bad arguments: no --docs, a missing folder, a folder that is not a git repository, an unknown option', () => {
    const f = dataCitingArticles('abc1234');
    const notGit = fs.mkdtempSync(path.join(os.tmpdir(), 'fm-not-git-'));
    for (const args of [[], ['--docs', path.join(notGit, 'missing')], ['--docs', notGit], ['--docs', notGit, '--since', 'x']]) {
      const result = sourcesCheck(f, ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.err).toContain('usage: npm run sources:check');
    }
  });
});

describe('release-note sections', () => {
  it('GitHub heading anchors', () => {
    expect(headingSlug(' Release Notes - 2026-07-17')).toBe('release-notes---2026-07-17');
    expect(headingSlug(' Release 2025-03-16')).toBe('release-2025-03-16');
  });

  it('a section runs to the next heading of its level', () => {
    const md = '# Log\n## Release 2026-02-01\n### Features\n- b\n## Release 2026-01-01\n- a\n';
    expect(sectionLines(md, 'release-2026-02-01')).toEqual(['## Release 2026-02-01', '### Features', '- b']);
    expect(sectionLines(md, 'release-2025-01-01')).toBeUndefined();
  });
});
