/**
 * "Copy as Markdown": a calculator's inputs, result, findings and flags as Markdown a reader pastes
 * into a design review or a ticket, with the link that reopens the same result.
 */
import type { FieldSpec, FormValues } from './form';
import type { FlagsView } from './flags';
import type { FindingView } from './findings';
import type { ResultView, TableView } from './view';

/** Escapes text for a Markdown table cell: pipes, backslashes and line breaks. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function inputValue(field: FieldSpec, value: string): string {
  if (field.kind === 'bool') return value === 'true' ? 'yes' : 'no';
  if (value.trim() === '') return '(empty)';
  return field.kind === 'json' ? '(the JSON below)' : `\`${value.trim().replace(/`/g, "'")}\``;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function resultTable(t: TableView): string[] {
  return ['', `*${t.caption}*`, '', ...table(t.head, t.rows.map((row) => row.map((c) => (c.href ? `[${c.text}](${c.href})` : c.text))))];
}

function findingLine(f: FindingView, origin: string): string {
  const links = f.sources.map((s) => (s.url ? `[${s.title ?? s.id}](${s.url})` : s.id));
  return `- **${f.severityLabel}:** ${f.text}${links.length > 0 ? ` (source: ${links.join(', ')})` : ''}`.replace(/\]\((\/[^)]*)\)/g, `](${origin}$1)`);
}

/** Everything the Markdown holds. */
export interface MarkdownParts {
  title: string;
  /** The page address with the inputs in its query. */
  url: string;
  fields: readonly FieldSpec[];
  values: FormValues;
  view: ResultView;
  flags: FlagsView | null;
}

/** Writes the inputs, result and flags as Markdown; site-relative links become absolute with the page's origin. */
export function calculatorMarkdown(p: MarkdownParts): string {
  const origin = /^https?:\/\/[^/]+/.exec(p.url)?.[0] ?? '';
  const abs = (href: string) => (href.startsWith('/') ? origin + href : href);
  const lines = [`### ${p.title}`, '', `Result: <${p.url}>`, '', ...table(['Input', 'Value'], p.fields.map((f) => [`${f.label} (${f.name})`, inputValue(f, p.values[f.name] ?? '')]))];
  const json = p.fields.find((f) => f.kind === 'json');
  if (json && (p.values[json.name] ?? '').trim() !== '') lines.push('', '```json', (p.values[json.name] ?? '').trim(), '```');
  lines.push('', `**${p.view.ok ? 'Result' : 'No result'}:** ${p.view.summary}`);
  if (p.view.metrics.length > 0) lines.push('', ...table(['Result', 'Value', 'How'], p.view.metrics.map((m) => [m.label, m.value, m.detail ?? ''])));
  if (p.view.table) lines.push(...resultTable({ ...p.view.table, rows: p.view.table.rows.map((r) => r.map((c) => (c.href ? { ...c, href: abs(c.href) } : c))) }));
  if (p.view.findings.length > 0) lines.push('', '**Findings:**', '', ...p.view.findings.map((f) => findingLine(f, origin)));
  if (p.flags) lines.push('', '**az aks create flags:**', '', '```sh', p.flags.command, '```');
  if (p.view.links.length > 0) lines.push('', `Read next: ${p.view.links.map((l) => `[${l.label}](${abs(l.href)})`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
