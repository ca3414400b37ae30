/**
 * The shape every calculator result is shown in: a one-sentence summary, key numbers, an optional
 * table and links, and the findings. The components render it at build time and the browser scripts
 * render the same structure after each change.
 */
import { fmt } from '../../calculators/findings';
import type { CalculatorFailure, Finding } from '../../calculators/types';
import { findingCounts, findingViews, type FindingView, type SourceLookup } from './findings';
import { poolMessage } from './pool-rows';

/** One key number, e.g. "Required IPs: 1,581". */
export interface MetricView {
  /** The result key it shows, e.g. `requiredIps` or `podSubnet.minimumPrefix`; tests and Markdown use it. */
  key: string;
  label: string;
  value: string;
  /** How the number comes about, e.g. "51 nodes x 31". */
  detail?: string;
}

/** A table cell: text, optionally a link. */
export interface CellView {
  text: string;
  href?: string;
}

/** A table of the result, e.g. the plugins of compare-all side by side. */
export interface TableView {
  caption: string;
  head: string[];
  /** The first cell of each row is its header. */
  rows: CellView[][];
}

/** A page that explains part of the result. */
export interface LinkView {
  href: string;
  label: string;
}

/** The overall state of a result: no result, or the most serious finding of one. */
export type ResultStatus = 'invalid' | 'error' | 'warning' | 'ok';

/** Everything a result area shows. */
export interface ResultView {
  ok: boolean;
  /** Drives the colour of the summary bar; the summary's words say the same. */
  status: ResultStatus;
  /** One sentence, also announced to screen readers when the result changes. */
  summary: string;
  metrics: MetricView[];
  /** Tables of the result, e.g. one row per pool and one per subnet. */
  tables: TableView[];
  links: LinkView[];
  findings: FindingView[];
}

/** A view function: one calculator's result to what the page shows. */
export type ResultViewer<R> = (result: R, sources: SourceLookup) => ResultView;

/** What a table cell shows when there is nothing to show, so no cell is blank. */
export const NONE = '–';

/** Writes a prefix length as `/21`, or "none" when no subnet fits. */
export function prefixText(prefix: number | null | undefined): string {
  return prefix === null || prefix === undefined ? 'none' : `/${prefix}`;
}

/** Writes a number of addresses, e.g. "1,581". */
export function count(n: number): string {
  return fmt(n);
}

/** "10% (5 nodes)" or "2 (2 nodes)": the setting and the surge nodes it gives. */
export function surgeText(p: { maxSurge: number | string; surgeNodes: number }): string {
  if (p.maxSurge === p.surgeNodes) return count(p.surgeNodes);
  return `${typeof p.maxSurge === 'string' ? p.maxSurge : count(p.maxSurge)} (${count(p.surgeNodes)} node${p.surgeNodes === 1 ? '' : 's'})`;
}

/** Writes a yes/no answer as a word. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** A metric, leaving out an empty detail. */
export function metric(key: string, label: string, value: string, detail?: string): MetricView {
  return detail ? { key, label, value, detail } : { key, label, value };
}

/** The summary ending shared by every result: " (1 error, 2 warnings)." */
export function withCounts(sentence: string, findings: readonly Finding[]): string {
  return `${sentence} (${findingCounts(findings)}).`;
}

/** The view of a result that could not compute: no numbers, the input problems as error findings. */
export function failureView(result: CalculatorFailure, sources: SourceLookup): ResultView {
  const n = result.errors.length;
  return {
    ok: false,
    status: 'invalid',
    summary: `No result: ${n === 1 ? 'one input needs' : `${fmt(n)} inputs need`} fixing; the messages next to the fields and below say what is wrong.`,
    metrics: [],
    tables: [],
    links: [],
    findings: findingViews(
      result.findings.map((f) => ({ ...f, message: poolMessage(f.message) })),
      sources,
    ),
  };
}

/** Assembles a successful view from its parts. */
export function successView(
  summary: string,
  metrics: MetricView[],
  findings: readonly Finding[],
  sources: SourceLookup,
  extra: { tables?: TableView[]; links?: LinkView[] } = {},
): ResultView {
  const status = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok';
  return {
    ok: true,
    status,
    summary: withCounts(summary, findings),
    metrics,
    tables: extra.tables ?? [],
    links: extra.links ?? [],
    findings: findingViews(findings, sources),
  };
}
