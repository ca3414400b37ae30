/**
 * A Markdown architecture decision record for a path through a decision tree: the decision (the whole
 * configuration and its az aks create command, plus the migration from an existing cluster), the
 * context (every question and answer with its rationale and sources), what the data says about each
 * requirement, the consequences (the limitations of each part, linked to their anchors), what is left
 * to find out, the dates, and the organisation's positions where the site has any. Pure and DOM-free: the /decide/ script calls it with
 * `window.location.origin`, and tests call it with fixtures.
 */
import type { DecideEvidence, DecideOutcome, DecidePart } from './decision-outcome';
import type { DecideMigration, DecideSource } from './decision-page';
import { mdText, mdUrl } from './markdown-escape';
import type { PositionView } from './positions';
import { positionMarkdown } from './position-text';

export { mdText, mdUrl } from './markdown-escape';

/** A requirement as the record states it: its label and the answer that stated or gave it up. */
export interface RecordRequirement {
  id: string;
  label: string;
  /** The question and answer that stated it, e.g. `Will the cluster run Windows Server node pools? Yes`. */
  at: string;
}

/** What a decision record is made of. */
export interface DecisionRecordInput {
  /** Absolute origin for links, e.g. `https://aks.example.org` (no trailing slash). */
  origin: string;
  /** Site-relative URL of this exact path, e.g. `/decide/?path=...`. */
  pathUrl: string;
  /** The day the record is written, YYYY-MM-DD. */
  date: string;
  title: string;
  description: string;
  /** When the tree's guidance was last verified. */
  lastVerified: string;
  steps: { question: { text: string }; answer: { label: string; rationale: string; sources: DecideSource[] } }[];
  outcome: DecideOutcome;
  /** The outcome's parts, in the order of `outcome.parts`. */
  parts: DecidePart[];
  requirements: RecordRequirement[];
  waived: RecordRequirement[];
  findOut: { at: string; text: string }[];
  migration?: DecideMigration;
  /** Site-relative calculator link for this path. */
  calculatorUrl: string;
  /**
   * The organisation's positions on the configuration and its parts (configuration first), where
   * the site has guidance files: the record names them, warns about exception and prohibited ones,
   * and lists each with its rationale, owner, review date and links.
   */
  guidance?: { heading: string; positions: { role: string; position: PositionView }[] };
}

const SEVERITY_WORDS = { blocker: 'Blocker', caution: 'Caution', info: 'Note' } as const;
const SUPPORT_WORDS = { yes: 'yes', partial: 'partly', no: 'no', unknown: 'unknown' } as const;

/** A Markdown link. */
function link(label: string, url: string): string {
  return `[${mdText(label)}](${mdUrl(url)})`;
}

/** Inline code that holds any text: a backtick run longer than any inside it. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s+/g, ' ')}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the text can close. */
function block(text: string, lang: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${lang}`, text, fence];
}

function evidenceLine(e: DecideEvidence): string {
  return `${mdText(e.part)}: ${SUPPORT_WORDS[e.support]}${e.note ? ` (${mdText(e.note)})` : ''}`;
}

/** The Markdown record, ready to paste into a review document or a repository's docs/adr folder. */
export function decisionRecord(input: DecisionRecordInput): string {
  const abs = (href: string) => (/^https?:\/\//.test(href) ? href : `${input.origin}${href}`);
  const { outcome } = input;
  const positions = input.guidance?.positions ?? [];
  const restricted = positions.filter((p) => p.position.position === 'prohibited').concat(positions.filter((p) => p.position.position === 'exception'));
  const lines: string[] = [
    `# Network configuration: ${mdText(outcome.title)}`,
    '',
    `- Status: proposed${restricted[0] ? (restricted[0].position.position === 'prohibited' ? '; conflicts with a prohibited position (see below)' : '; needs an approved exception (see below)') : ''}`,
    `- Date: ${mdText(input.date)}`,
    `- Decision path: ${mdUrl(abs(input.pathUrl))}`,
    `- Guidance last verified: ${mdText(input.lastVerified)}; data of the parts last verified: ${mdText(outcome.lastVerified)}`,
    '',
    '## Decision',
    '',
    '| Part | Choice |',
    '| --- | --- |',
    ...outcome.rows.map((r) => `| ${mdText(r.label)} | ${r.code ? code(r.value).replace(/\|/g, '\\|') : r.href ? link(r.value, abs(r.href)) : mdText(r.value)} |`),
    '',
    mdText(outcome.summary),
    '',
    ...block(outcome.command, 'sh'),
    '',
  ];
  if (input.guidance && positions.length) {
    lines.push(`## ${mdText(input.guidance.heading)}`, '');
    for (const { role, position } of restricted) {
      lines.push(`> **${position.label}:** ${mdText(role)} ${mdText(position.subject.name)} ${position.meaning}. Owner: ${mdText(position.owner)}.`);
    }
    if (restricted.length) lines.push('');
    for (const { role, position } of positions) lines.push(positionMarkdown(position, input.origin, role));
    lines.push('');
  }
  if (input.migration) {
    const m = input.migration;
    lines.push(`### From ${mdText(m.fromName)}`, '');
    if (m.newCluster) lines.push('No documented in-place update leads here: create a new cluster with the command above and move the workloads to it.', '');
    m.steps.forEach((s, i) => {
      lines.push(`${i + 1}. ${link(s.title, abs(s.href))}: ${mdText(s.summary)}`);
      if (s.command) lines.push(`   ${code(s.command)}`);
      for (const c of s.constraints) lines.push(`   - ${mdText(c)}`);
    });
    if (m.steps.length) lines.push('');
  }

  lines.push('## Context', '', `${mdText(input.title)}. ${mdText(input.description)}`, '');
  input.steps.forEach((s, i) => {
    lines.push(`${i + 1}. **${mdText(s.question.text)}** ${mdText(s.answer.label)}.`);
    lines.push(`   ${mdText(s.answer.rationale)}`);
    if (s.answer.sources.length) lines.push(`   Sources: ${s.answer.sources.map((src) => link(src.title, src.url)).join('; ')}`);
  });
  lines.push('');

  if (input.requirements.length) {
    lines.push('## Requirements checked against the data', '');
    for (const r of input.requirements) {
      const evidence = outcome.evidence[r.id] ?? [];
      lines.push(`- **${mdText(r.label)}** (${mdText(r.at)}): ${evidence.map(evidenceLine).join('; ') || 'no data'}`);
    }
    lines.push('');
  }
  if (input.waived.length) {
    lines.push('## Given up', '');
    for (const r of input.waived) lines.push(`- **${mdText(r.label)}**, given up at: ${mdText(r.at)}`);
    lines.push('');
  }
  if (input.findOut.length) {
    lines.push('## To find out', '');
    for (const f of input.findOut) lines.push(`- ${mdText(f.text)} (${mdText(f.at)})`);
    lines.push('');
  }

  lines.push('## Consequences', '');
  for (const part of input.parts) {
    lines.push(`### ${mdText(part.role)}: ${link(part.name, abs(part.href))}`, '');
    if (part.limitations.length === 0) lines.push('No blocker or caution is recorded for this part.');
    for (const l of part.limitations) {
      const scope = l.appliesTo ? ` (${mdText(l.appliesTo)})` : '';
      lines.push(`- ${SEVERITY_WORDS[l.severity]}: ${link(l.title, abs(l.href))}${scope}`);
    }
    lines.push('');
  }
  lines.push(`Size the address plan with the ${link(outcome.calculator.title, abs(input.calculatorUrl))}.`);
  return lines.join('\n') + '\n';
}
