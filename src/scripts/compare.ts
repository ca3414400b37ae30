/**
 * /compare/: the reader picks plugins and configurations and "differences only"; the choice lives in
 * the URL (?plugins=a,b&diff=1) so a review can link to exactly that table. Notes of hidden cells
 * leave the printed footnotes, and the visible ones are numbered in reading order.
 */
import { href } from '../generators/href';

const form = document.querySelector<HTMLFormElement>('[data-compare-controls]');
const matrix = document.querySelector<HTMLElement>('[data-matrix]');
const table = matrix?.querySelector<HTMLTableElement>('[data-compare-table]');
const notes = matrix?.querySelector<HTMLOListElement>('[data-notes]');
const sources = document.querySelector<HTMLElement>('[data-matrix-sources] > ul');

if (form && matrix && table && notes) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="plugins"]')];
  const diffOnly = form.querySelector<HTMLInputElement>('[data-diff-only]')!;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const pairLink = form.querySelector<HTMLElement>('[data-pair-link]')!;
  const all = boxes.map((b) => b.value);
  const defaults = boxes.filter((b) => b.defaultChecked).map((b) => b.value);
  const columns = [...table.tHead!.rows[0]!.cells].slice(1).map((th) => th.dataset.plugin!);
  const noteItems = new Map([...notes.children].map((li) => [li.id, li as HTMLElement]));

  const fromUrl = () => {
    const params = new URLSearchParams(window.location.search);
    const wanted = (params.get('plugins') ?? '').split(',').filter((id) => all.includes(id));
    const selected = wanted.length > 0 ? wanted : defaults;
    for (const box of boxes) box.checked = selected.includes(box.value);
    diffOnly.checked = params.get('diff') === '1';
  };

  const toUrl = (selected: string[]) => {
    const url = new URL(window.location.href);
    const isDefault = selected.length === defaults.length && defaults.every((id) => selected.includes(id));
    // Written by hand so the ids stay readable in a review (searchParams would write %2C for each comma).
    const inOrder = columns.filter((id) => selected.includes(id));
    const query = [...(isDefault ? [] : [`plugins=${inOrder.join(',')}`]), ...(diffOnly.checked ? ['diff=1'] : [])];
    url.search = query.length ? `?${query.join('&')}` : '';
    window.history.replaceState(null, '', url);
    const printed = document.querySelector('[data-print-url]');
    if (printed) printed.textContent = url.href;
  };

  /** A cell's answer as the reader sees it: its support state and value. */
  const answer = (td: HTMLTableCellElement) => `${td.className}|${td.querySelector('.fm-m__val')?.textContent ?? ''}`;

  const apply = () => {
    const selected = boxes.filter((b) => b.checked).map((b) => b.value);
    const shown = columns.map((id) => selected.includes(id));
    matrix.dataset.cols = String(selected.length);
    for (const [i, th] of [...table.tHead!.rows[0]!.cells].slice(1).entries()) th.hidden = !shown[i];
    let visibleRows = 0;
    let differing = 0;
    const used: HTMLElement[] = [];
    for (const body of table.tBodies) {
      let rowsShown = 0;
      for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
        const cells = [...row.cells].slice(1) as HTMLTableCellElement[];
        cells.forEach((td, i) => (td.hidden = !shown[i]));
        const differs = new Set(cells.filter((td, i) => shown[i]).map(answer)).size > 1;
        if (differs) differing++;
        row.hidden = diffOnly.checked && !differs;
        if (row.hidden) continue;
        rowsShown++;
        cells.forEach((td, i) => {
          const note = shown[i] ? noteItems.get(td.querySelector('button')?.getAttribute('popovertarget') ?? '') : undefined;
          if (note && !used.includes(note)) used.push(note);
        });
      }
      body.hidden = rowsShown === 0;
      visibleRows += rowsShown;
      const heading = body.querySelector<HTMLTableCellElement>('tr:first-child > th');
      if (heading) heading.colSpan = selected.length + 1;
    }
    // Footnotes: the notes of visible cells, in reading order, numbered 1, 2, 3 ...
    const number = new Map(used.map((li, i) => [li.id, String(i + 1)]));
    for (const li of noteItems.values()) {
      li.toggleAttribute('data-unused', !number.has(li.id));
      for (const col of li.querySelectorAll<HTMLElement>('[data-col]')) col.hidden = !selected.includes(col.dataset.col!);
    }
    // On paper the source list holds the documents the shown notes cite.
    const cited = new Set(used.flatMap((li) => [...li.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href)));
    for (const li of sources?.children ?? []) li.toggleAttribute('data-unused', !cited.has(li.querySelector('a')?.href ?? ''));
    const order = [...used, ...[...noteItems.values()].filter((li) => !number.has(li.id))];
    if (order.some((li, i) => notes.children[i] !== li)) notes.append(...order);
    for (const n of table.querySelectorAll<HTMLElement>('.fm-m__n')) {
      const next = number.get(n.closest('button')!.getAttribute('popovertarget')!);
      if (next && next !== n.textContent) n.textContent = next;
    }
    status.textContent = `Comparing ${selected.length} of ${all.length}: ${differing} properties differ; ${visibleRows} rows shown.`;
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

  fromUrl();
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
