/**
 * /decide/: one question at a time. The answers live in the URL (?path=question:answer,...), so a
 * reload or a link from a review restores the path; the diagram highlights it by toggling classes on
 * the build-time SVG. Back and Forward step through the answers; answering differently drops the
 * steps that were ahead.
 */
import type { DecideData } from '../../generators/decision-page';
import { calculatorUrl, decidePathUrl } from '../../generators/decision-links';
import { decisionRecord } from '../../generators/decision-record';
import { parsePath, pathState, type PathStep } from '../../generators/decision-tree';
import { copyWithFeedback } from '../clipboard';

const root = document.querySelector<HTMLElement>('[data-fm-decide]');
const dataElement = document.getElementById('fm-decide-data');

if (root && dataElement) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as DecideData;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const svg = document.querySelector<SVGSVGElement>(`#${root.dataset.diagram} svg`);
  const answerOf = (s: PathStep) => data.questions[s.question]!.answers.find((a) => a.id === s.answer)!;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };

  let steps = parsePath(data, new URLSearchParams(window.location.search).get('path'));
  let ahead: PathStep[] = [];

  /**
   * Scrolls the diagram frame sideways so a node is in the middle. It runs when the browser is idle and
   * reads positions from the SVG's own coordinates, so loading the page forces no extra layout.
   */
  const centre = (node: string) => {
    const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    later(() => {
      const box = svg?.querySelector(`[data-id="${node}"] > rect`);
      const frame = svg?.closest<HTMLElement>('.fm-diagram__scroll');
      if (!svg || !box || !frame) return;
      const scale = svg.clientWidth / (svg.viewBox.baseVal.width || svg.clientWidth);
      const x = Number(box.getAttribute('x')) + Number(box.getAttribute('width')) / 2;
      frame.scrollLeft = x * scale - frame.clientWidth / 2;
    });
  };

  /** Marks the path's nodes and arrows in the diagram. */
  const highlight = () => {
    if (!svg) return;
    for (const e of svg.querySelectorAll('.is-path, .is-current')) e.classList.remove('is-path', 'is-current');
    const mark = (selector: string, cls: string) => svg.querySelectorAll(selector).forEach((e) => e.classList.add(cls));
    let node = data.nodeIds[`q:${data.start}`]!;
    mark(`[data-id="${node}"]`, 'is-path');
    for (const s of steps) {
      const a = answerOf(s);
      const to = a.next !== undefined ? data.nodeIds[`q:${a.next}`] : (data.nodeIds[`o:${s.question}:${a.id}`] ?? data.nodeIds[`p:${a.outcome}`]);
      mark(`[data-from="${node}"][data-to="${to}"]`, 'is-path');
      node = to!;
      mark(`[data-id="${node}"]`, 'is-path');
    }
    mark(`[data-id="${node}"]`, 'is-current');
    centre(node);
  };

  const bindAnswer = (button: HTMLElement, question: string, answer: string) => {
    button.addEventListener('click', () => {
      // Answering as before keeps the steps ahead; a different answer drops them.
      const keep = ahead[0]?.question === question && ahead[0].answer === answer ? ahead.slice(1) : [];
      go([...steps, { question, answer }], keep);
    });
    return button;
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
    result.hidden = state.kind !== 'outcome';
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
      const outcome = data.outcomes[state.id]!;
      $('[data-result-name]').textContent = outcome.title;
      for (const panel of root.querySelectorAll<HTMLElement>('[data-outcome]')) panel.hidden = panel.dataset.outcome !== state.id;
      const calculator = root.querySelector<HTMLAnchorElement>(`[data-outcome="${state.id}"] [data-calculator]`);
      if (calculator) calculator.href = calculatorUrl(outcome.calculator, steps.map((s) => answerOf(s).calc));
      $('[data-why]').replaceChildren(
        ...steps.map((s) => {
          const a = answerOf(s);
          const li = el('li');
          li.append(el('strong', data.questions[s.question]!.text), ` ${a.label}. `, a.rationale);
          if (a.sources.length) {
            const sources = el('span', ' Sources: ', { class: 'fm-decide__sources' });
            a.sources.forEach((src, i) => sources.append(...(i ? ['; '] : []), el('a', src.title, { href: src.url, rel: 'external noopener' })));
            li.append(sources);
          }
          return li;
        }),
      );
      if (focus) $('[data-result-name]').focus();
    }
    highlight();
  };

  const go = (next: PathStep[], nextAhead: PathStep[]) => {
    steps = next;
    ahead = nextAhead;
    window.history.replaceState(null, '', decidePathUrl(steps, window.location.pathname) + window.location.hash);
    render(true);
  };

  $('[data-back]').addEventListener('click', () => go(steps.slice(0, -1), [...steps.slice(-1), ...ahead]));
  $('[data-forward]').addEventListener('click', () => go([...steps, ...ahead.slice(0, 1)], ahead.slice(1)));
  $('[data-restart]').addEventListener('click', () => go([], [...steps, ...ahead]));

  const recordButton = $<HTMLButtonElement>('[data-copy-record]');
  recordButton.hidden = false;
  recordButton.addEventListener('click', () => {
    const state = pathState(data, steps);
    if (state.kind !== 'outcome') return;
    const outcome = data.outcomes[state.id]!;
    const record = decisionRecord({
      origin: window.location.origin,
      pathUrl: decidePathUrl(steps, window.location.pathname),
      date: new Date().toISOString().slice(0, 10),
      title: data.title,
      description: data.description,
      lastVerified: data.lastVerified,
      steps: steps.map((s) => ({ question: data.questions[s.question]!, answer: answerOf(s) })),
      outcome,
      calculatorUrl: calculatorUrl(outcome.calculator, steps.map((s) => answerOf(s).calc)),
    });
    void copyWithFeedback(recordButton, record);
  });

  render(false);
}
