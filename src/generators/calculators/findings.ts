/**
 * Findings as the calculator pages show them: severity as a word and an icon (never colour alone), the
 * message without its `(source: ...)` suffix, and the cited sources as links.
 */
import { plural } from '../../calculators/findings';
import type { Finding, Severity } from '../../calculators/types';

/** A source as a finding links it: title and address, from data/sources.yaml. */
export interface SourceLink {
  title: string;
  url: string;
}

/** Source ids to their title and address; built from the model at build time and embedded in the page. */
export type SourceLookup = Readonly<Record<string, SourceLink>>;

/** A cited source: a link when the id resolves, else the bare id. */
export interface FindingSource {
  id: string;
  title?: string;
  url?: string;
}

/** One finding ready to render. */
export interface FindingView {
  code: string;
  severity: Severity;
  /** "Error", "Warning" or "Info": always shown next to the icon. */
  severityLabel: string;
  /** A decorative character drawn in a badge; the label carries the meaning. */
  icon: string;
  /** The message without its citation suffix. */
  text: string;
  field?: string;
  sources: FindingSource[];
}

/** Word and icon for each severity, most serious first. */
export const SEVERITY_DISPLAY: Record<Severity, { label: string; icon: string }> = {
  error: { label: 'Error', icon: '×' },
  warning: { label: 'Warning', icon: '!' },
  info: { label: 'Info', icon: 'i' },
};

const CITATION = /\s*\(source: ([^)]*)\)(\.?)$/;

/** Splits `text (source: a, b).` into the text (keeping its full stop) and the cited ids. */
export function splitCitation(message: string): { text: string; ids: string[] } {
  const match = CITATION.exec(message);
  if (!match) return { text: message, ids: [] };
  const ids = (match[1] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  return { text: message.slice(0, match.index) + (match[2] ?? ''), ids };
}

/** Resolves ids through the lookup, keeping unknown ids as plain text. */
export function findingSources(ids: readonly string[], sources: SourceLookup): FindingSource[] {
  return [...new Set(ids)].map((id) => {
    const s = Object.hasOwn(sources, id) ? sources[id] : undefined;
    return s ? { id, title: s.title, url: s.url } : { id };
  });
}

/** Turns a calculator's findings into views, errors first, keeping the calculator's order within a severity. */
export function findingViews(findings: readonly Finding[], sources: SourceLookup): FindingView[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => {
      const { text, ids } = splitCitation(f.message);
      return {
        code: f.code,
        severity: f.severity,
        severityLabel: SEVERITY_DISPLAY[f.severity].label,
        icon: SEVERITY_DISPLAY[f.severity].icon,
        text,
        ...(f.field ? { field: f.field } : {}),
        sources: findingSources([...ids, ...(f.sources ?? [])], sources),
      };
    });
}

/** Counts findings by severity, e.g. "1 error, 2 warnings"; "no errors or warnings" when there are neither. */
export function findingCounts(findings: readonly { severity: Severity }[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return 'no errors or warnings';
  const parts = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.join(', ');
}
