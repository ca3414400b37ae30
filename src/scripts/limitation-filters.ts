/**
 * /limitations/: filter by plugin or engine, severity, category and, where the site has guidance
 * files, the organisation's position. Each select filters the items whose `data-<name>` matches.
 * Everything is listed without JavaScript; the filters live in the URL query so a filtered list can
 * be linked.
 */
const form = document.querySelector<HTMLFormElement>('[data-limitation-filters]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const fields = [...form.querySelectorAll('select')].map((s) => s.name);
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const params = new URLSearchParams(window.location.search);
  for (const name of fields) {
    const value = params.get(name) ?? '';
    if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }
  const apply = () => {
    const wanted: Record<string, string> = Object.fromEntries(fields.map((f) => [f, select(f).value]));
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
