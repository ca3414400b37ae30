/** One problem found in the data: where it is and what is expected instead. */
export interface DataIssue {
  /** Path of the file, relative to the project root, e.g. `data/plugins/kubenet.yaml`. */
  file: string;
  /** 1-based line in the file when it is known. */
  line?: number;
  /** Dotted field path inside the file, e.g. `properties.windows-nodes.support`; empty for the whole file. */
  path: string;
  /** What is wrong and what is expected. */
  message: string;
  /** The integrity rule or stage that found it. */
  rule: string;
}

/** Formats one issue as `file:line: path: message [rule]`, the form every check prints. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const path = issue.path ? ` ${issue.path}:` : '';
  return `${where}:${path} ${issue.message} [${issue.rule}]`;
}

/** Thrown when the data does not hold; its message lists every issue, one per line. */
export class DataError extends Error {
  readonly issues: DataIssue[];

  constructor(issues: DataIssue[]) {
    super(
      `The data in data/ and content/glossary/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DataError';
    this.issues = issues;
  }
}

/** Joins a field path the way messages print it: `a.b[2].c`. */
export function joinPath(path: readonly (string | number | symbol)[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
