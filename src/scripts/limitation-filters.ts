/**
 * /limitations/: filter by plugin or engine, severity and category. Everything is listed without
 * JavaScript; the filters live in the URL query so a filtered list can be linked.
 */
const form = document.querySelector<HTMLFormElement>('[data-limitation-filters]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const fields = ['owner', 'severity', 'category'] as const;
  const select = (name: (typeof fields)[number]) => form.elements.namedItem(name) as HTMLSelectElement;
  const params = new URLSearchParams(window.location.search);
  for (const name of fields) {
    const value = params.get(name) ?? '';
    if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }
  const apply = () => {
    const wanted = Object.fromEntries(fields.map((f) => [f, select(f).value])) as Record<(typeof fields)[number], string>;
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('li[data-owner]')) {
      item.hidden = fields.some((f) => wanted[f] !== '' && item.dataset[f] !== wanted[f]);
      if (!item.hidden) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-owner-group]')) {
      group.hidden = group.querySelectorAll('li[data-owner]:not([hidden])').length === 0;
    }
    status.textContent = `${shown} limitation${shown === 1 ? '' : 's'} shown.`;
    const url = new URL(window.location.href);
    for (const f of fields) (wanted[f] ? url.searchParams.set(f, wanted[f]) : url.searchParams.delete(f));
    window.history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  apply();
}

// A module, so its top-level names stay its own.
export {};
