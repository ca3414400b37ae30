/**
 * /compare/: the reader picks plugins and "differences only"; the choice lives in the URL
 * (?plugins=a,b&diff=1) so a review can link to exactly that table.
 */
import { href } from '../generators/href';

const form = document.querySelector<HTMLFormElement>('[data-compare-controls]');
const table = document.querySelector<HTMLTableElement>('[data-compare-table]');

if (form && table) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="plugins"]')];
  const diffOnly = form.querySelector<HTMLInputElement>('[data-diff-only]')!;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const pairLink = form.querySelector<HTMLElement>('[data-pair-link]')!;
  const all = boxes.map((b) => b.value);

  const fromUrl = () => {
    const params = new URLSearchParams(window.location.search);
    const wanted = (params.get('plugins') ?? '').split(',').filter((id) => all.includes(id));
    const selected = wanted.length > 0 ? wanted : all;
    for (const box of boxes) box.checked = selected.includes(box.value);
    diffOnly.checked = params.get('diff') === '1';
  };

  const toUrl = (selected: string[]) => {
    const url = new URL(window.location.href);
    if (selected.length === all.length) url.searchParams.delete('plugins');
    else url.searchParams.set('plugins', selected.join(','));
    if (diffOnly.checked) url.searchParams.set('diff', '1');
    else url.searchParams.delete('diff');
    window.history.replaceState(null, '', url);
  };

  const apply = () => {
    const selected = boxes.filter((b) => b.checked).map((b) => b.value);
    for (const cell of table.querySelectorAll<HTMLElement>('[data-plugin]')) cell.hidden = !selected.includes(cell.dataset.plugin!);
    let visibleRows = 0;
    let differing = 0;
    for (const body of table.tBodies) {
      let shown = 0;
      for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
        const keys = new Set([...row.querySelectorAll<HTMLElement>('td[data-plugin]')].filter((td) => !td.hidden).map((td) => td.dataset.key));
        const differs = keys.size > 1;
        if (differs) differing++;
        row.hidden = diffOnly.checked && !differs;
        if (!row.hidden) shown++;
      }
      body.hidden = shown === 0;
      visibleRows += shown;
      const heading = body.querySelector<HTMLTableCellElement>('tr:first-child > th');
      if (heading) heading.colSpan = selected.length + 1;
    }
    status.textContent = `Comparing ${selected.length} of ${all.length} plugins: ${differing} properties differ; ${visibleRows} rows shown.`;
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
  form.querySelector<HTMLButtonElement>('[data-select-all]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = true;
    apply();
  });
}

// A module, so its top-level names stay its own.
export {};
