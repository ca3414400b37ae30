/**
 * Brings a server-rendered calculator to life: recomputes with the same library on every input, shows
 * errors inline, keeps the inputs in the URL query, restores them on load, and copies the result as
 * Markdown, the link or the az aks create command.
 */
import type { CalculatorLimits, PlanContext } from '../../calculators';
import { failure, type CalculatorResult } from '../../calculators/types';
import { cliCommand } from '../../generators/calculators/cli';
import { exampleValues, fieldErrors, formInput, type FormValues } from '../../generators/calculators/form';
import type { SourceLookup } from '../../generators/calculators/findings';
import type { FlagsView } from '../../generators/calculators/flags';
import type { CalculatorData } from '../../generators/calculators/page';
import { hasState, linkValues, queryToValues, valuesToQuery, type LinkReducer } from '../../generators/calculators/url';
import type { ResultView } from '../../generators/calculators/view';
import { poolRows } from '../../generators/calculators/pool-rows';
import { control, readValues, showErrors, writeValues } from './form';
import type { PoolEditor } from './pools-editor';
import { renderFlags, renderOutput } from './render';

/** The functions a page's script brings: its calculator, its view and its flags, and what links keep of pasted fields. */
export interface CalculatorBinding<R extends CalculatorResult<object>> {
  calculate: (raw: unknown, limits: CalculatorLimits, context?: PlanContext) => R;
  view: (result: R, sources: SourceLookup) => ResultView;
  flags: (result: R) => FlagsView | null;
  /**
   * Per field, what a link and the copied Markdown may keep of the typed value (pasted JSON without
   * ids); loaded when a link is first written, since the result does not need it. It gets the page's
   * data (the context names the settings an organisation takes a position on).
   */
  linkReducers?: (data: CalculatorData) => Promise<Record<string, LinkReducer>>;
}

const SUMMARY_DELAY_MS = 400;

/** Today for retirement wording: the reader's date, but never earlier than the date the site was built for. */
function today(built: string | undefined): string {
  const now = new Date().toISOString().slice(0, 10);
  return built && built > now ? built : now;
}

function readData(root: HTMLElement): CalculatorData | undefined {
  try {
    return JSON.parse(root.querySelector('script[data-calc-data]')?.textContent ?? '') as CalculatorData;
  } catch {
    return undefined;
  }
}

function mount<R extends CalculatorResult<object>>(root: HTMLElement, binding: CalculatorBinding<R>): void {
  const data = readData(root);
  const form = root.querySelector('form');
  const output = root.querySelector<HTMLElement>('[data-calc-output]');
  const summary = root.querySelector<HTMLElement>('[data-calc-summary]');
  if (!data || !form || !output || !summary) return;
  const { fields } = data;
  const context = data.context ? { ...data.context, today: today(data.context.today) } : undefined;
  const syncUrl = root.hasAttribute('data-url-state') && document.querySelector('[data-url-state]') === root;
  const level = Number(root.dataset.headingLevel ?? '3');
  const copyStatus = root.querySelector<HTMLElement>('[data-calc-copy-status]');
  const linkNote = root.querySelector<HTMLElement>('[data-calc-link-note]');
  let current: { values: FormValues; view: ResultView; flags: FlagsView | null } | undefined;
  const editors = new Map<string, PoolEditor>();
  let reducers: Promise<Record<string, LinkReducer>> | undefined;
  const linked = async (values: FormValues) => {
    reducers ??= binding.linkReducers ? binding.linkReducers(data).catch(() => ({})) : Promise.resolve({});
    return linkValues(fields, values, await reducers);
  };
  let written = 0;
  let summaryTimer: ReturnType<typeof setTimeout> | undefined;

  // announce: a reader changed something, so the summary is announced and the URL records the inputs.
  const update = (announce: boolean) => {
    const values = readValues(form, fields);
    let result: R;
    try {
      result = binding.calculate(formInput(fields, values), data.limits, context);
    } catch (error) {
      // The library never throws by design; if it does, say so instead of showing a blank or a stack trace.
      result = failure(data.name, [{ field: 'input', message: `input: the calculator could not handle this input (${(error as Error).message}); please report it` }]) as R;
    }
    const view = binding.view(result, data.sources);
    const flags = binding.flags(result);
    current = { values, view, flags };
    renderOutput(output, view, level);
    const errors = fieldErrors(fields, result.ok ? [] : result.errors);
    showErrors(form, fields, errors, root.querySelector('[data-calc-form-error]'));
    for (const [name, editor] of editors) editor.showErrors(errors.byField[name] ?? []);
    renderFlags(root.querySelector('[data-calc-command]'), root.querySelector('[data-calc-more-commands]'), root.querySelector('[data-calc-flag-notes]'), flags, level);
    const cli = root.querySelector('[data-calc-cli]');
    if (cli) cli.textContent = cliCommand(data.name, fields, values);
    const commandButton = root.querySelector<HTMLButtonElement>('[data-calc-copy="command"]');
    if (commandButton) commandButton.disabled = flags === null;
    summary.className = `calc-summary calc-summary--${view.status}`;
    clearTimeout(summaryTimer);
    // The summary is a live region: wait for typing to pause so it is announced once.
    if (announce) summaryTimer = setTimeout(() => (summary.textContent = view.summary), SUMMARY_DELAY_MS);
    else summary.textContent = view.summary;
    if (announce || linkNote?.hidden === false) {
      const ticket = ++written;
      void linked(values).then((link) => {
        if (ticket !== written) return;
        if (linkNote) {
          linkNote.textContent = link.dropped.length > 0 ? `The link leaves out ${link.dropped.join(', ')}: it is not a JSON object or too long to keep in an address. Copy as Markdown leaves it out too.` : '';
          linkNote.hidden = link.dropped.length === 0;
        }
        if (syncUrl && announce) writeQuery(link.values);
      });
    }
  };
  const writeQuery = (values: FormValues) => {
    const query = valuesToQuery(fields, values);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  // The pool editor loads on first use: most visits plan one pool.
  const loaders = new Map<string, () => Promise<PoolEditor | undefined>>();
  for (const f of fields.filter((x) => x.kind === 'pools')) {
    const container = root.querySelector<HTMLElement>(`[data-calc-pools="${f.name}"]`);
    const input = control(form, f.name);
    const add = container?.querySelector<HTMLButtonElement>('[data-calc-pool-add]');
    if (!container || !(input instanceof HTMLInputElement)) continue;
    let loading: Promise<PoolEditor | undefined> | undefined;
    const load = () =>
      (loading ??= import('./pools-editor').then(
        (m) => {
          const editor = m.mountPoolEditor(container, input, () => update(true));
          editors.set(f.name, editor);
          return editor;
        },
        () => undefined,
      ));
    loaders.set(f.name, load);
    if (add) {
      add.hidden = false;
      add.addEventListener('click', () => void load().then((editor) => editor?.addRow()));
    }
  }
  const put = (values: FormValues) => {
    writeValues(form, fields, values);
    for (const [name, load] of loaders) {
      const value = values[name] ?? '';
      const editor = editors.get(name);
      if (editor) editor.render(value);
      else if (poolRows(value).length > 0) void load().then((e) => e?.render(value));
    }
  };
  if (syncUrl && hasState(fields, location.search)) {
    put(queryToValues(fields, location.search));
    // An older link may hold a whole pasted document: keep only what links keep now.
    if (binding.linkReducers) void linked(readValues(form, fields)).then((link) => writeQuery(link.values));
  }
  form.addEventListener('input', () => update(true));
  form.addEventListener('change', () => update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  const reset = root.querySelector<HTMLButtonElement>('[data-calc-reset]');
  reset?.addEventListener('click', () => {
    put(exampleValues(fields));
    update(true);
  });

  const texts: Record<string, () => Promise<string>> = {
    // The Markdown writer loads on first use: most visits never copy, so it stays out of the page's initial script.
    markdown: async () => {
      const { calculatorMarkdown } = await import('../../generators/calculators/markdown');
      return current ? calculatorMarkdown({ title: data.title, url: location.href, fields, values: (await linked(current.values)).values, view: current.view, flags: current.flags }) : '';
    },
    link: async () => location.href,
    command: async () => current?.flags?.command ?? '',
  };
  const done: Record<string, string> = { markdown: 'Copied the result as Markdown.', link: 'Copied the link.', command: 'Copied the command.' };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-calc-copy]')) {
    const kind = button.dataset.calcCopy ?? '';
    button.addEventListener('click', async () => {
      const { copyText } = await import('./clipboard');
      const ok = await copyText((await texts[kind]?.()) ?? '');
      if (copyStatus) copyStatus.textContent = ok ? (done[kind] ?? 'Copied.') : 'Could not copy: your browser refused. Select the text and copy it by hand.';
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-calc-copy], [data-calc-reset]')) button.hidden = false;
  update(false);
  root.dataset.calcReady = 'true';
}

/** Mounts every calculator of this name on the page (a page may embed the same calculator more than once). */
export function mountCalculators<R extends CalculatorResult<object>>(name: string, binding: CalculatorBinding<R>): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-calc="${name}"]`)) {
    if (root.dataset.calcMounted) continue;
    root.dataset.calcMounted = 'true';
    mount(root, binding);
  }
}
