/**
 * A Markdown architecture decision record for a path through the decision tree: context (every
 * question and answer with its rationale and sources), decision (the plugin and the az aks create
 * snippet), consequences (the limitations to check, linked to their anchors) and the date the guidance
 * was verified. Pure and DOM-free: the /decide/ script calls it with `window.location.origin`.
 */
import type { DecideAnswer, DecideOutcome, DecideQuestion } from './decision-page';

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
  steps: { question: Pick<DecideQuestion, 'text'>; answer: Pick<DecideAnswer, 'label' | 'rationale' | 'sources'> }[];
  outcome: DecideOutcome;
  /** Site-relative calculator link for this path. */
  calculatorUrl: string;
}

const SEVERITY_WORDS = { blocker: 'Blocker', caution: 'Caution', info: 'Note' } as const;

/** Escapes text for a Markdown link label or table-free prose line. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\[\]*_`<>])/g, '\\$1').trim();
}

/** The Markdown record, ready to paste into a review document or a repository's docs/adr folder. */
export function decisionRecord(input: DecisionRecordInput): string {
  const abs = (href: string) => (/^https?:\/\//.test(href) ? href : `${input.origin}${href}`);
  const { outcome } = input;
  const lines: string[] = [
    `# Network plugin: ${md(outcome.title)}`,
    '',
    '- Status: proposed',
    `- Date: ${input.date}`,
    `- Decision path: ${abs(input.pathUrl)}`,
    `- Guidance last verified: ${input.lastVerified} (plugin data: ${outcome.lastVerified})`,
    '',
    '## Context',
    '',
    `${md(input.title)}. ${md(input.description)}`,
    '',
  ];
  input.steps.forEach((s, i) => {
    lines.push(`${i + 1}. **${md(s.question.text)}** ${md(s.answer.label)}.`);
    lines.push(`   ${md(s.answer.rationale)}`);
    if (s.answer.sources.length) {
      lines.push(`   Sources: ${s.answer.sources.map((src) => `[${md(src.title)}](${src.url})`).join('; ')}`);
    }
  });
  lines.push('', '## Decision', '', `Use [${md(outcome.name)}](${abs(outcome.href)}).`);
  if (outcome.pairedWith) {
    lines.push(`Pod addresses come from its default pairing, [${md(outcome.pairedWith.name)}](${abs(outcome.pairedWith.href)}).`);
  }
  lines.push('', '```sh', outcome.snippet, '```', '', '## Consequences', '');
  if (outcome.limitations.length) {
    lines.push('Limitations to check before adopting it:', '');
    for (const l of outcome.limitations) {
      const scope = l.appliesTo ? ` (${md(l.appliesTo)})` : '';
      lines.push(`- ${SEVERITY_WORDS[l.severity]}: [${md(l.title)}](${abs(l.href)}) — ${md(l.plugin)}${scope}`);
    }
    lines.push('');
  }
  lines.push(`Size the address plan with the [${md(outcome.calculator.title)}](${abs(input.calculatorUrl)}).`);
  return lines.join('\n') + '\n';
}
