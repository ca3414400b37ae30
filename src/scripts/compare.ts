/**
 * /compare/: the reader picks plugins and configurations and "differences only"; the choice lives in
 * the URL (?plugins=a,b&diff=1) so a review can link to exactly that table. The matrix itself is
 * updated by compare-apply.js, which the page inlines so a linked selection shows from the first paint;
 * this script wires the controls, the address bar, the status line and the printed source list.
 * Where the site has guidance files, an "order" control sorts the columns by the organisation's
 * position (?order=position, through compare-order.js).
 */
import { href } from '../generators/href';

/** What compare-apply.js puts on window. */
interface CompareApi {
  apply(matrix: HTMLElement, selected: string[], diffOnly: boolean): { differing: number; rows: number; notes: HTMLElement[] };
  fromUrl(matrix: HTMLElement, search: string): { selected: string[]; defaults: string[]; diffOnly: boolean };
}

const api = (window as unknown as { fmCompare?: CompareApi }).fmCompare;
/** What compare-order.js puts on window, where the site has guidance files. */
const orderColumns = (window as unknown as { fmCompareOrder?: (matrix: HTMLElement, byPosition: boolean) => void }).fmCompareOrder;
const form = document.querySelector<HTMLFormElement>('[data-compare-controls]');
const matrix = document.querySelector<HTMLElement>('[data-matrix]');
const sources = document.querySelector<HTMLElement>('[data-matrix-sources] > ul');

if (api && form && matrix) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="plugins"]')];
  const diffOnly = form.querySelector<HTMLInputElement>('[data-diff-only]')!;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const pairLink = form.querySelector<HTMLElement>('[data-pair-link]')!;
  const order = form.querySelector<HTMLSelectElement>('[data-compare-order]');
  const columns = [...matrix.querySelectorAll<HTMLElement>('thead th[data-plugin]')].map((th) => th.dataset.plugin!);
  const initial = api.fromUrl(matrix, window.location.search);

  const toUrl = (selected: string[]) => {
    const url = new URL(window.location.href);
    const isDefault = selected.length === initial.defaults.length && initial.defaults.every((id) => selected.includes(id));
    // Written by hand so the ids stay readable in a review (searchParams would write %2C for each comma).
    const inOrder = columns.filter((id) => selected.includes(id));
    const query = [...(isDefault ? [] : [`plugins=${inOrder.join(',')}`]), ...(diffOnly.checked ? ['diff=1'] : []), ...(order?.value ? [`order=${order.value}`] : [])];
    url.search = query.length ? `?${query.join('&')}` : '';
    window.history.replaceState(null, '', url);
    const printed = document.querySelector('[data-print-url]');
    if (printed) printed.textContent = url.href;
  };

  const apply = () => {
    const selected = boxes.filter((b) => b.checked).map((b) => b.value);
    if (order && orderColumns) orderColumns(matrix, order.value === 'position');
    const shown = api.apply(matrix, selected, diffOnly.checked);
    // On paper the source list holds the documents the shown notes cite.
    const cited = new Set(shown.notes.flatMap((li) => [...li.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href)));
    for (const li of sources?.children ?? []) li.toggleAttribute('data-unused', !cited.has(li.querySelector('a')?.href ?? ''));
    status.textContent = `Comparing ${selected.length} of ${columns.length}: ${shown.differing} properties differ; ${shown.rows} rows shown.`;
    pairLink.replaceChildren();
    if (selected.length === 2) {
      const link = document.createElement('a');
      const [a, b] = [...selected].sort();
      link.href = href(`/compare/${a}-vs-${b}/`);
      link.textContent = 'Open the side-by-side page for these two';
      pairLink.append(link);
    }
    toUrl(selected);
  };

  for (const box of boxes) box.checked = initial.selected.includes(box.value);
  diffOnly.checked = initial.diffOnly;
  if (order) order.value = new URLSearchParams(window.location.search).get('order') === 'position' ? 'position' : '';
  apply();
  form.addEventListener('change', apply);
  for (const preset of form.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    preset.addEventListener('click', () => {
      for (const box of boxes) box.checked = preset.dataset.preset === 'all' || box.dataset.kind === preset.dataset.preset;
      apply();
    });
  }
}

// A module, so its top-level names stay its own.
export {};
