/**
 * /decide/: one question at a time. The answers live in the URL (?path=question:answer,...), so a
 * reload or a link from a review restores the path; the diagram highlights it by toggling classes on
 * the build-time SVG. Back and Forward step through the answers; answering differently drops the
 * steps that were ahead. The result is what the path decides, looked up among the configurations the
 * build checked (the same composePath the soundness rule runs). Where the site has guidance files,
 * the result also shows the organisation's positions on the configuration and its parts, and warns
 * when one of them needs an exception or prohibits it.
 */
import type { DecideData } from '../../generators/decision-page';
import { calculatorUrl, decidePathUrl, migrationKey } from '../../generators/decision-links';
import { decisionRecord } from '../../generators/decision-record';
import { composePath, outcomeKey, parsePath, pathState, type PathStep } from '../../generators/decision-tree';
import { diagramTrail } from '../../generators/mermaid-decision';
import { copyWithFeedback } from '../clipboard';
import type { DecideOutcome } from '../../generators/decision-outcome';
import type { PositionView } from '../../generators/positions';
import { POSITION_ICONS } from '../../generators/position-text';

const SUPPORT_WORDS = { yes: 'Yes', partial: 'Partly', no: 'No', unknown: 'Unknown' } as const;

const root = document.querySelector<HTMLElement>('[data-fm-decide]');
const dataElement = document.getElementById('fm-decide-data');

if (root && dataElement) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as DecideData;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const svg = document.querySelector<SVGSVGElement>(`#${root.dataset.diagram} svg`);
  const answerOf = (s: PathStep) => data.questions[s.question]!.answers.find((a) => a.id === s.answer)!;
  /** "Question? Answer" for a `question:answer` reference. */
  const atText = (ref: string) => {
    const [question, answer] = ref.split(':');
    const q = data.questions[question!];
    return `${q?.text ?? question} ${q?.answers.find((a) => a.id === answer)?.label ?? answer}`;
  };
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const list = (selector: string, items: HTMLElement[]) => {
    $(selector).replaceChildren(...items);
    return items.length > 0;
  };

  /** The organisation's positions on an outcome, with the part each subject plays; none without guidance files. */
  const positionsOf = (outcome: DecideOutcome) =>
    (outcome.positions ?? []).flatMap((p) => {
      const position = data.guidance?.positions[p.subject];
      return position ? [{ role: p.role, position }] : [];
    });
  /** Exception and prohibited positions, strictest first. */
  const stops = (list: { role: string; position: PositionView }[]) =>
    list.filter((p) => p.position.position === 'exception' || p.position.position === 'prohibited').sort((a, b) => (a.position.position === b.position.position ? 0 : a.position.position === 'prohibited' ? -1 : 1));
  const badge = (p: PositionView) => {
    const span = el('span', undefined, { class: 'fm-position-badges', 'data-position': p.position });
    const word = el('span', undefined, { class: `fm-position fm-position--${p.position}` });
    word.append(el('span', POSITION_ICONS[p.position], { class: 'fm-position__icon', 'aria-hidden': 'true' }), ` ${p.label}`);
    span.append(word);
    if (p.overdue) span.append(el('span', 'Review overdue', { class: 'fm-position-overdue', 'data-overdue': '' }));
    return span;
  };
  /** Fills the positions block of the result: a warning for exception and prohibited positions, then every position with its rationale. */
  const showPositions = (outcome: DecideOutcome) => {
    const box = root.querySelector<HTMLElement>('[data-positions]');
    if (!box) return;
    const shown = positionsOf(outcome);
    box.hidden = shown.length === 0;
    const restricted = stops(shown);
    const organisations = [...new Set(shown.map((p) => p.position.organisation))];
    $('#fm-decide-positions-heading').textContent = organisations.length === 1 ? `${organisations[0]}’s position` : 'Organisations’ positions';
    const warning = $('[data-position-warning]');
    warning.hidden = restricted.length === 0;
    // What the facts recommend is not the organisation's recommendation when it prohibits a part;
    // otherwise the label the page was built with stays.
    const prohibited = restricted.find((p) => p.position.position === 'prohibited');
    const step = $('[data-result-step]');
    step.dataset.label ??= step.textContent ?? '';
    step.textContent = prohibited ? `Configuration the facts lead to, which ${prohibited.position.organisation} prohibits` : step.dataset.label;
    warning.className = `fm-decide__position-warning fm-guidance fm-guidance--${restricted[0]?.position.position ?? 'allowed'}`;
    warning.replaceChildren(
      el('strong', `${restricted[0]?.position.organisation ?? ''}’s position:`),
      ...restricted.map(({ role, position }) => ` ${role} ${position.subject.name} ${position.meaning} (${position.label}).`),
      ' Settle it with the owner before you build this configuration; the facts below are unchanged.',
    );
    list(
      '[data-position-list]',
      shown.map(({ role, position }) => {
        const li = el('li');
        const verdict = el('p', `${role}: `, { class: 'fm-guidance__verdict' });
        const name = position.subject.href ? el('a', position.subject.name, { href: position.subject.href.includes('#') ? position.subject.href : `${position.subject.href}#position` }) : el('span', position.subject.name);
        verdict.append(badge(position), ' ', name, ` ${position.meaning}.`);
        const meta = el('p', 'Owner: ', { class: 'fm-muted' });
        meta.append(position.ownerHref ? el('a', position.owner, { href: position.ownerHref }) : position.owner, `; review by ${position.reviewBy}`);
        if (position.overdue) meta.append(el('strong', ' (review overdue)', { class: 'fm-guidance__overdue' }));
        meta.append('.');
        position.links.forEach((l, i) => meta.append(i ? ', ' : ' See ', el('a', l.title, { href: l.url })));
        if (position.links.length) meta.append('.');
        li.append(verdict, el('p', position.rationale, { class: 'fm-guidance__rationale' }), meta);
        return li;
      }),
    );
  };

  let steps = parsePath(data, new URLSearchParams(window.location.search).get('path'));
  let ahead: PathStep[] = [];

  /**
   * Scrolls the diagram frame so a node is in the middle. It runs when the browser is idle and reads
   * positions from the SVG's own coordinates, so loading the page forces no extra layout.
   */
  const centre = (node: string) => {
    const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    later(() => {
      const box = svg?.querySelector(`[data-id="${node}"] > rect`);
      const frame = svg?.closest<HTMLElement>('.fm-diagram__scroll');
      if (!svg || !box || !frame || frame.clientWidth === 0) return;
      const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || svg.clientWidth);
      const x = (Number(box.getAttribute('x')) + Number(box.getAttribute('width')) / 2) * scale;
      const y = (Number(box.getAttribute('y')) + Number(box.getAttribute('height')) / 2) * scale;
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      frame.scrollTo({ left: x - frame.clientWidth / 2, top: y - frame.clientHeight / 2, behavior: smooth ? 'smooth' : 'auto' });
    });
  };

  /** Marks the path's nodes and arrows in the diagram. */
  const highlight = () => {
    if (!svg) return;
    for (const e of svg.querySelectorAll('.is-path, .is-current')) e.classList.remove('is-path', 'is-current');
    const trail = diagramTrail(data, data.nodeIds, steps);
    for (const node of trail.nodes) svg.querySelectorAll(`[data-id="${node}"]`).forEach((e) => e.classList.add('is-path'));
    for (const [from, to] of trail.edges) svg.querySelectorAll(`[data-from="${from}"][data-to="${to}"]`).forEach((e) => e.classList.add('is-path'));
    const current = trail.nodes.at(-1)!;
    svg.querySelectorAll(`[data-id="${current}"]`).forEach((e) => e.classList.add('is-current'));
    centre(current);
  };

  const bindAnswer = (button: HTMLElement, question: string, answer: string) => {
    button.addEventListener('click', () => {
      // Answering as before keeps the steps ahead; a different answer drops them.
      const keep = ahead[0]?.question === question && ahead[0].answer === answer ? ahead.slice(1) : [];
      go([...steps, { question, answer }], keep);
    });
    return button;
  };

  const sourcesOf = (sources: { title: string; url: string }[]) => {
    const span = el('span', ' Sources: ', { class: 'fm-decide__sources' });
    sources.forEach((src, i) => span.append(...(i ? ['; '] : []), el('a', src.title, { href: src.url, rel: 'external noopener' })));
    return span;
  };

  /** Fills the result panel with the configuration the path decides. */
  const showResult = () => {
    const path = composePath(data, steps);
    const outcome = data.outcomes[outcomeKey(path.outcome)];
    if (!outcome) return;
    $('[data-result-name]').textContent = outcome.title;
    showPositions(outcome);
    $('[data-summary]').textContent = outcome.summary;
    list(
      '[data-config]',
      outcome.rows.map((r) => {
        const tr = el('tr');
        const value = el('td');
        const text = r.href ? el('a', r.value, { href: r.href }) : r.code ? el('code', r.value) : document.createTextNode(r.value);
        value.append(text);
        tr.append(el('th', r.label, { scope: 'row' }), value);
        return tr;
      }),
    );
    $('#fm-decide-command').textContent = outcome.command;
    // The parts' limitation lists are rendered once; show this outcome's, in its order (IP mode first).
    const panels = [...root.querySelectorAll<HTMLElement>('[data-part]')];
    for (const panel of panels) panel.hidden = !outcome.parts.includes(panel.dataset.part!);
    const after = panels[0]?.previousElementSibling;
    after?.after(...outcome.parts.flatMap((key) => panels.filter((p) => p.dataset.part === key)), ...panels.filter((p) => p.hidden));
    const migration = path.from ? data.migrations[migrationKey(path.from, path.outcome)] : undefined;
    $('[data-migration]').hidden = !migration;
    if (migration) {
      $('[data-migration-heading]').textContent = `From ${migration.fromName}`;
      $('[data-migration-note]').hidden = !migration.newCluster;
      list(
        '[data-migration-steps]',
        migration.steps.map((s) => {
          const li = el('li');
          li.append(el('a', s.title, { href: s.href }), `: ${s.summary}`);
          if (s.command) li.append(el('pre', undefined, { class: 'fm-migration-list__command' }));
          li.querySelector('pre')?.append(el('code', s.command));
          if (s.constraints.length) li.append(el('ul'));
          s.constraints.forEach((c) => li.querySelector('ul')!.append(el('li', c)));
          return li;
        }),
      );
    }
    list(
      '[data-why]',
      steps.map((s) => {
        const a = answerOf(s);
        const li = el('li');
        li.append(el('strong', data.questions[s.question]!.text), ` ${a.label}. `, a.rationale);
        if (a.sources.length) li.append(sourcesOf(a.sources));
        return li;
      }),
    );
    $('[data-checked-block]').hidden = !list(
      '[data-checked]',
      path.requirements.map((r) => {
        const li = el('li');
        const [question, answer] = r.at.split(':');
        const said = data.questions[question!]?.answers.find((a) => a.id === answer)?.label ?? r.at;
        li.append(el('strong', data.requirementLabels[r.id] ?? r.id), el('span', ` (you answered: ${said})`, { class: 'fm-decide__applies' }));
        const parts = el('ul');
        for (const e of outcome.evidence[r.id] ?? []) {
          const item = el('li');
          item.append(`${e.part}: `, el('span', SUPPORT_WORDS[e.support], { class: `fm-decide__support fm-decide__support--${e.support}` }));
          if (e.note) item.append(el('span', ` — ${e.note}`, { class: 'fm-decide__applies' }));
          parts.append(item);
        }
        li.append(parts);
        return li;
      }),
    );
    $('[data-findout-block]').hidden = !list('[data-findout]', path.findOut.map((f) => el('li', `${f.text} (${atText(f.at)})`)));
    $('[data-waived-block]').hidden = !list('[data-waived]', path.waived.map((r) => el('li', `${data.requirementLabels[r.id] ?? r.id}, given up at: ${atText(r.at)}`)));
    const calculator = $<HTMLAnchorElement>('[data-calculator]');
    calculator.href = calculatorUrl(outcome.calculator, steps.map((s) => answerOf(s).calc));
    calculator.textContent = `Open the ${outcome.calculator.title}`;
    $('[data-parts-verified]').textContent = outcome.lastVerified;
  };

  const render = (focus: boolean) => {
    const state = pathState(data, steps);
    if (!focus && steps.length === 0) {
      // The page arrives showing the first question: wire its buttons and mark the diagram, without
      // rebuilding what the server rendered.
      for (const button of root.querySelectorAll<HTMLButtonElement>('[data-answers] [data-answer]')) bindAnswer(button, data.start, button.dataset.answer!);
      highlight();
      return;
    }
    const trail = $('[data-trail]');
    trail.replaceChildren(
      ...steps.map((s, i) => {
        const li = el('li');
        const button = el('button', undefined, { type: 'button', class: 'fm-decide__trailbutton', 'aria-label': `Change: ${data.questions[s.question]!.text} ${answerOf(s).label}` });
        button.append(`${data.questions[s.question]!.text} `, el('strong', answerOf(s).label));
        button.addEventListener('click', () => go(steps.slice(0, i), [...steps.slice(i), ...ahead]));
        li.append(button);
        return li;
      }),
    );
    $('[data-back]').toggleAttribute('disabled', steps.length === 0);
    $('[data-forward]').toggleAttribute('disabled', ahead.length === 0);
    $('[data-restart]').toggleAttribute('disabled', steps.length === 0);

    const question = $('[data-question]');
    const result = $('[data-result]');
    question.hidden = state.kind !== 'question';
    result.hidden = state.kind !== 'end';
    if (state.kind === 'question') {
      const q = data.questions[state.id]!;
      $('[data-step]').textContent = `Question ${steps.length + 1}`;
      $('[data-question-text]').textContent = q.text;
      const help = $('[data-help]');
      help.textContent = q.help ?? '';
      help.hidden = !q.help;
      const glossary = $('[data-glossary]');
      glossary.replaceChildren(el('span', 'Terms:'), ...q.glossary.flatMap((g, i) => [...(i ? [', '] : [' ']), el('a', g.title, { href: g.href })]));
      glossary.hidden = q.glossary.length === 0;
      $('[data-answers]').replaceChildren(
        ...q.answers.map((a) => bindAnswer(el('button', a.label, { type: 'button', class: 'fm-decide__answer', 'data-answer': a.id }), state.id, a.id)),
      );
      if (focus) $('[data-question-text]').focus();
    } else {
      showResult();
      if (focus) $('[data-result-name]').focus();
    }
    highlight();
  };

  const go = (next: PathStep[], nextAhead: PathStep[]) => {
    steps = next;
    ahead = nextAhead;
    $('[data-stale]').hidden = true;
    window.history.replaceState(null, '', decidePathUrl(steps, window.location.pathname) + window.location.hash);
    render(true);
  };

  $('[data-back]').addEventListener('click', () => go(steps.slice(0, -1), [...steps.slice(-1), ...ahead]));
  $('[data-forward]').addEventListener('click', () => go([...steps, ...ahead.slice(0, 1)], ahead.slice(1)));
  $('[data-restart]').addEventListener('click', () => go([], [...steps, ...ahead]));

  const recordButton = $<HTMLButtonElement>('[data-copy-record]');
  recordButton.hidden = false;
  recordButton.addEventListener('click', () => {
    if (pathState(data, steps).kind !== 'end') return;
    const path = composePath(data, steps);
    const outcome = data.outcomes[outcomeKey(path.outcome)]!;
    const label = (r: { id: string; at: string }) => ({ id: r.id, label: data.requirementLabels[r.id] ?? r.id, at: atText(r.at) });
    const migration = path.from ? data.migrations[migrationKey(path.from, path.outcome)] : undefined;
    const record = decisionRecord({
      origin: window.location.origin,
      pathUrl: decidePathUrl(steps, window.location.pathname),
      date: new Date().toISOString().slice(0, 10),
      title: data.title,
      description: data.description,
      lastVerified: data.lastVerified,
      steps: steps.map((s) => ({ question: data.questions[s.question]!, answer: answerOf(s) })),
      outcome,
      parts: outcome.parts.map((k) => data.parts[k]!),
      requirements: path.requirements.map(label),
      waived: path.waived.map(label),
      findOut: path.findOut.map((f) => ({ at: atText(f.at), text: f.text })),
      ...(migration ? { migration } : {}),
      ...(data.guidance ? { guidance: { heading: $('#fm-decide-positions-heading').textContent ?? data.guidance.heading, positions: positionsOf(outcome) } } : {}),
      calculatorUrl: calculatorUrl(outcome.calculator, steps.map((s) => answerOf(s).calc)),
    });
    void copyWithFeedback(recordButton, record);
  });

  const arrivedAtQuestion = steps.length > 0 && pathState(data, steps).kind === 'question';
  render(false);
  $('[data-stale]').hidden = !arrivedAtQuestion;
}
