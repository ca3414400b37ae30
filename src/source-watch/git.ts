/**
 * The few git reads the source watch needs, through the git CLI. The clones are large (the AKS docs
 * have 50,000 commits), and only git itself answers "which commits since X touched this file" quickly;
 * a JavaScript git library would walk the history in process, and a wrapper library adds nothing over
 * these four commands.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A git repository on disk (a clone with a work tree or a bare mirror). */
export class GitRepo {
  constructor(readonly dir: string) {}

  /** Runs git in the repository and returns its output; throws with git's message on failure. */
  run(args: readonly string[]): string {
    // The ceiling stops git from taking a folder inside some other repository for that repository.
    const env = { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(path.resolve(this.dir)) };
    return execFileSync('git', ['-C', this.dir, ...args], { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Whether the folder is a git repository with at least one commit. */
  isRepository(): boolean {
    try {
      this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
      return true;
    } catch {
      return false;
    }
  }

  /** The full id of a commit, or undefined when the repository does not have it. */
  commit(ref: string): string | undefined {
    try {
      return this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
    } catch {
      return undefined;
    }
  }

  /** The newest commit on or before a date (YYYY-MM-DD, end of day UTC), or undefined before the first. */
  commitAt(date: string): string | undefined {
    return this.run(['rev-list', '-1', `--before=${date}T23:59:59Z`, 'HEAD']).trim() || undefined;
  }

  /** The text of a file at a commit, or undefined when it does not exist there. */
  show(commit: string, path: string): string | undefined {
    try {
      return this.run(['show', `${commit}:${path}`]);
    } catch {
      return undefined;
    }
  }

  /** Commits that changed any of the paths, newest first: after `since` (a commit) or after a date. */
  log(paths: readonly string[], since: { commit: string } | { date: string }): { commit: string; date: string; subject: string }[] {
    const range = 'commit' in since ? [`${since.commit}..HEAD`] : [`--since=${since.date}T23:59:59Z`, 'HEAD'];
    const out = this.run(['log', '--format=%H%x09%ad%x09%s', '--date=short', ...range, '--', ...paths]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [commit, date, ...subject] = line.split('\t');
        return { commit: commit!, date: date!, subject: subject.join('\t') };
      });
  }

  /** The unified diff of the paths between two commits, without context lines. */
  diff(from: string, to: string, paths: readonly string[]): string {
    return this.run(['diff', '--unified=0', from, to, '--', ...paths]);
  }
}
