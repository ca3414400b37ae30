/**
 * /errors/: filter by operation, plugin and category, and by words of the code or title. Everything is
 * listed without JavaScript; the filters live in the URL query so a filtered list can be linked.
 */
const form = document.querySelector<HTMLFormElement>('[data-error-filters]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const selects = ['operation', 'plugin', 'category'] as const;
  const select = (name: (typeof selects)[number]) => form.elements.namedItem(name) as HTMLSelectElement;
  const text = form.elements.namedItem('q') as HTMLInputElement;
  const params = new URLSearchParams(window.location.search);
  for (const name of selects) {
    const value = params.get(name) ?? '';
    if ([...select(name).options].some((o) => o.value === value)) select(name).value = value;
  }
  text.value = params.get('q') ?? '';
  const apply = () => {
    const operation = select('operation').value;
    const plugin = select('plugin').value;
    const category = select('category').value;
    const words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shownIds = new Set<string>();
    for (const group of document.querySelectorAll<HTMLElement>('[data-operation-group]')) {
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-error]')) {
        const plugins = (item.dataset.plugins ?? '').split(' ');
        const haystack = (item.textContent ?? '').toLowerCase();
        item.hidden =
          (operation !== '' && group.dataset.operationGroup !== operation) ||
          (plugin !== '' && !plugins.includes(plugin) && !plugins.includes('any')) ||
          (category !== '' && item.dataset.category !== category) ||
          !words.every((w) => haystack.includes(w));
        if (!item.hidden) {
          visible++;
          shownIds.add(item.dataset.error!);
        }
      }
      group.hidden = visible === 0;
    }
    status.textContent = `${shownIds.size} error${shownIds.size === 1 ? '' : 's'} shown.`;
    const url = new URL(window.location.href);
    for (const [name, value] of [['operation', operation], ['plugin', plugin], ['category', category], ['q', text.value.trim()]] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    window.history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

// A module, so its top-level names stay its own.
export {};
