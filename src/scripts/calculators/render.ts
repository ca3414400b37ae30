/**
 * Renders a result view into the page with DOM APIs (textContent only, so pasted input can never
 * become markup); mirrors src/components/calculators/CalculatorOutput.astro and CalculatorFindings.astro.
 */
import type { FindingView } from '../../generators/calculators/findings';
import type { FlagsView } from '../../generators/calculators/flags';
import type { ResultView } from '../../generators/calculators/view';
import { el, heading } from './dom';

function findingsList(findings: readonly FindingView[]): HTMLElement {
  if (findings.length === 0) return el('p', { class: 'calc-none' }, ['No findings.']);
  return el(
    'ul',
    { class: 'calc-findings' },
    findings.map((f) => {
      const sources: (Node | string)[] = [];
      f.sources.forEach((s, i) => {
        sources.push(s.url ? el('a', { href: s.url, rel: 'external noopener' }, [s.title ?? s.id]) : el('span', {}, [s.id]));
        if (i < f.sources.length - 1) sources.push(', ');
      });
      return el('li', { class: `calc-finding calc-finding--${f.severity}`, 'data-code': f.code, 'data-field': f.field }, [
        el('span', { class: 'calc-finding__severity' }, [el('span', { class: 'calc-finding__icon', 'aria-hidden': 'true' }, [f.icon]), f.severityLabel]),
        el('span', { class: 'calc-finding__text' }, [f.text]),
        sources.length > 0 && el('span', { class: 'calc-finding__sources' }, ['Source: ', ...sources]),
      ]);
    }),
  );
}

/** Replaces the content of the output element with the view. */
export function renderOutput(output: HTMLElement, view: ResultView, headingLevel: number): void {
  const parts: Node[] = [];
  if (view.metrics.length > 0) {
    parts.push(
      el(
        'dl',
        { class: 'calc-metrics' },
        view.metrics.map((m) =>
          el('div', { class: 'calc-metric', 'data-key': m.key }, [
            el('dt', {}, [m.label]),
            el('dd', {}, [el('span', { class: 'calc-metric__value' }, [m.value]), m.detail && el('span', { class: 'calc-metric__detail' }, [m.detail])]),
          ]),
        ),
      ),
    );
  }
  for (const t of view.tables) {
    const rows = t.rows.map((row) =>
      el(
        'tr',
        {},
        row.map((c, i) => {
          const content = c.href ? el('a', { href: c.href }, [c.text]) : c.text;
          return i === 0 ? el('th', { scope: 'row' }, [content]) : el('td', {}, [content]);
        }),
      ),
    );
    parts.push(
      el('div', { class: 'calc-table-wrap', tabindex: '0', role: 'region', 'aria-label': t.caption }, [
        el('table', { class: 'calc-table' }, [
          el('caption', {}, [t.caption]),
          el('thead', {}, [el('tr', {}, t.head.map((h) => el('th', { scope: 'col' }, [h])))]),
          el('tbody', {}, rows),
        ]),
      ]),
    );
  }
  parts.push(heading(headingLevel, { class: 'calc-subheading' }, 'Findings'), findingsList(view.findings));
  if (view.links.length > 0) {
    parts.push(
      heading(headingLevel, { class: 'calc-subheading' }, 'Read next'),
      el('ul', { class: 'calc-links' }, view.links.map((l) => el('li', {}, [el('a', { href: l.href }, [l.label])]))),
    );
  }
  output.replaceChildren(...parts);
}

/** Shows the flags command, the further commands and the notes, or says why there are none. */
export function renderFlags(command: HTMLElement | null, more: HTMLElement | null, notes: HTMLElement | null, flags: FlagsView | null, headingLevel: number): void {
  if (command) command.textContent = flags ? flags.command : 'Fix the inputs above to see the flags.';
  more?.replaceChildren(
    ...(flags?.more ?? []).flatMap((m) => [heading(headingLevel, { class: 'calc-subheading' }, m.title), el('pre', { class: 'calc-code', tabindex: '0' }, [el('code', {}, [m.command])])]),
  );
  notes?.replaceChildren(...(flags?.notes ?? []).map((n) => el('li', {}, [n])));
}
