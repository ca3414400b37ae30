/** /glossary/: show terms (and their aliases) of the chosen difficulties; all are listed without JavaScript. */
const form = document.querySelector<HTMLFormElement>('[data-glossary-filter]');
if (form) {
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="difficulty"]')];
  const wanted = new URLSearchParams(window.location.search).get('difficulty')?.split(',') ?? [];
  if (wanted.some((w) => boxes.some((b) => b.value === w))) for (const b of boxes) b.checked = wanted.includes(b.value);
  const apply = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    let terms = 0;
    for (const item of document.querySelectorAll<HTMLElement>('li[data-difficulty]')) {
      item.hidden = !chosen.includes(item.dataset.difficulty!);
      if (!item.hidden && item.classList.contains('fm-glossary-index__term')) terms++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-letter-group]')) group.hidden = !group.querySelector('li[data-difficulty]:not([hidden])');
    status.textContent = `${terms} term${terms === 1 ? '' : 's'} shown.`;
    const url = new URL(window.location.href);
    if (chosen.length === boxes.length) url.searchParams.delete('difficulty');
    else url.searchParams.set('difficulty', chosen.join(','));
    window.history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  apply();
}

// A module, so its top-level names stay its own.
export {};
