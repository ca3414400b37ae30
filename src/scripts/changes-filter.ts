/**
 * /changes/: `?since=YYYY-MM-DD` and `?owner=<plugin or engine id>` narrow the list in the browser.
 * Without JavaScript the page lists every change; the form appears only when this script runs.
 */
const form = document.querySelector<HTMLFormElement>('[data-changes-filters]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const since = form.elements.namedItem('since') as HTMLInputElement;
  const owner = form.elements.namedItem('owner') as HTMLSelectElement;
  const params = new URLSearchParams(window.location.search);
  const wantedSince = params.get('since') ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(wantedSince)) since.value = wantedSince;
  const wantedOwner = params.get('owner') ?? '';
  if ([...owner.options].some((o) => o.value === wantedOwner)) owner.value = wantedOwner;
  const apply = () => {
    // A half-typed date is not a filter yet.
    const from = /^\d{4}-\d{2}-\d{2}$/.test(since.value) ? since.value : '';
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('li[data-date]')) {
      item.hidden = (from !== '' && item.dataset.date! < from) || (owner.value !== '' && item.dataset.owner !== owner.value);
      if (!item.hidden) shown++;
    }
    const who = owner.value ? ` to ${owner.selectedOptions[0]!.text}` : '';
    status.textContent = `${shown} change${shown === 1 ? '' : 's'}${who}${from ? ` since ${from}` : ''}.`;
    const url = new URL(window.location.href);
    from ? url.searchParams.set('since', from) : url.searchParams.delete('since');
    owner.value ? url.searchParams.set('owner', owner.value) : url.searchParams.delete('owner');
    window.history.replaceState(null, '', url);
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  apply();
}

// A module, so its top-level names stay its own.
export {};
