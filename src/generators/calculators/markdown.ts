/**
 * "Copy as Markdown": a calculator's inputs, result, findings and commands as Markdown a reader pastes
 * into a design review or a ticket, with the link that reopens the same result. The document is built
 * as an mdast tree and written by mdast-util-to-markdown, so every pasted value is escaped: no
 * Markdown, HTML, autolink or code fence in a value can become markup.
 */
import type { BlockContent, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { FieldSpec, FormValues } from './form';
import type { FlagsView } from './flags';
import type { FindingView } from './findings';
import { NONE, type ResultView, type TableView } from './view';

/** Everything the Markdown holds. */
export interface MarkdownParts {
  title: string;
  /** The page address with the inputs in its query. */
  url: string;
  fields: readonly FieldSpec[];
  /** The values as the link keeps them (pasted JSON reduced to the fields the calculator reads). */
  values: FormValues;
  view: ResultView;
  flags: FlagsView | null;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
/** Table cells hold one line: line breaks become spaces. */
const line = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ');
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

/** A link whose text is escaped; site-relative addresses become absolute with the page's origin. */
function link(label: string, href: string, origin: string): PhrasingContent {
  return { type: 'link', url: href.startsWith('/') ? origin + href : href, children: [text(line(label))] };
}

function table(head: string[], rows: PhrasingContent[][][]): Table {
  return {
    type: 'table',
    children: [
      { type: 'tableRow', children: head.map((h) => cell([text(h)])) },
      ...rows.map((row) => ({ type: 'tableRow' as const, children: row.map((c) => cell(c)) })),
    ],
  };
}

function inputValue(field: FieldSpec, value: string): PhrasingContent[] {
  if (field.kind === 'bool') return [text(value === 'true' ? 'yes' : 'no')];
  if (value.trim() === '') return [text('(empty)')];
  if (field.kind === 'json') return [text('(the JSON below)')];
  if (field.kind === 'pools') return [text('(the pools in the tables below)')];
  return [{ type: 'inlineCode', value: line(value.trim()) }];
}

function resultTable(t: TableView, origin: string): RootContent[] {
  return [
    paragraph([{ type: 'emphasis', children: [text(line(t.caption))] }]),
    table(
      t.head,
      t.rows.map((row) => row.map((c) => [c.href ? link(c.text, c.href, origin) : text(line(c.text))])),
    ),
  ];
}

function findingItem(f: FindingView, origin: string): BlockContent {
  const children: PhrasingContent[] = [strong(`${f.severityLabel}:`), text(` ${line(f.text)}`)];
  if (f.sources.length > 0) {
    children.push(text(' (source: '));
    f.sources.forEach((s, i) => {
      if (i > 0) children.push(text(', '));
      children.push(s.url ? link(s.title ?? s.id, s.url, origin) : text(s.id));
    });
    children.push(text(')'));
  }
  return paragraph(children);
}

/** Writes the inputs, result and commands as Markdown; site-relative links become absolute with the page's origin. */
export function calculatorMarkdown(p: MarkdownParts): string {
  const origin = /^https?:\/\/[^/]+/.exec(p.url)?.[0] ?? '';
  const v = p.view;
  const children: RootContent[] = [
    { type: 'heading', depth: 3, children: [text(p.title)] },
    paragraph([text('Result: '), link(p.url, p.url, origin)]),
    // Optional fields left empty say nothing to a reviewer.
    table(['Input', 'Value'], p.fields.filter((f) => f.required || f.kind === 'bool' || (p.values[f.name] ?? '').trim() !== '').map((f) => [[text(`${f.label} (${f.name})`)], inputValue(f, p.values[f.name] ?? '')])),
  ];
  const json = p.fields.find((f) => f.kind === 'json');
  const jsonText = json ? (p.values[json.name] ?? '').trim() : '';
  if (jsonText !== '') children.push({ type: 'code', lang: 'json', value: jsonText });
  // A failure's summary already starts with "No result:".
  children.push(paragraph(v.ok ? [strong('Result:'), text(` ${line(v.summary)}`)] : [strong(line(v.summary))]));
  if (v.metrics.length > 0) {
    const how = v.metrics.some((m) => m.detail);
    children.push(table(how ? ['Result', 'Value', 'How'] : ['Result', 'Value'], v.metrics.map((m) => [[text(line(m.label))], [text(line(m.value))], ...(how ? [[text(line(m.detail ?? NONE))]] : [])])));
  }
  for (const t of v.tables) children.push(...resultTable(t, origin));
  if (v.findings.length > 0) {
    children.push(paragraph([strong('Findings:')]), { type: 'list', ordered: false, spread: false, children: v.findings.map((f) => ({ type: 'listItem', spread: false, children: [findingItem(f, origin)] })) });
  }
  if (p.flags) {
    children.push(paragraph([strong('az aks create:')]), { type: 'code', lang: 'sh', value: p.flags.command });
    for (const m of p.flags.more) children.push(paragraph([strong(`${m.title}:`)]), { type: 'code', lang: 'sh', value: m.command });
  }
  if (v.links.length > 0) {
    const links: PhrasingContent[] = [text('Read next: ')];
    v.links.forEach((l, i) => {
      if (i > 0) links.push(text(', '));
      links.push(link(l.label, l.href, origin));
    });
    children.push(paragraph(links));
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', fences: true });
}
