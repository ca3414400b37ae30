/**
 * The header search (Starlight's Pagefind modal) with a pasted error message: Pagefind needs every
 * word of a query on one page, and a pasted message carries the reader's own numbers, names and
 * resource IDs. On paste, the query becomes the words the index knows (see forgivingSearch), and a
 * note under the field says what was left out.
 */
import { href } from '../generators/href';
import { forgivingSearch, looksPasted, type PagefindSearch } from '../site/search-query';

const NOTE_ID = 'fm-search-paste-note';

document.addEventListener(
  'paste',
  (event) => {
    const input = event.target instanceof HTMLInputElement && event.target.closest('#starlight__search') ? event.target : undefined;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!input || !looksPasted(text)) return;
    event.preventDefault();
    const pasted = text.replace(/\s+/g, ' ').trim();
    void (async () => {
      // The same module instance the modal loaded, so it shares its index and options.
      const pagefind = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as PagefindSearch<{ id: string }>;
      const outcome = await forgivingSearch(pagefind, pasted);
      input.value = outcome.relaxed && outcome.query ? outcome.query : pasted;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      let note = document.getElementById(NOTE_ID);
      if (!note) {
        note = document.createElement('p');
        note.id = NOTE_ID;
        note.setAttribute('role', 'status');
        note.className = 'fm-muted';
        // Right under the field, above the results.
        const drawer = input.closest('form')?.querySelector('.pagefind-ui__drawer');
        if (drawer) drawer.before(note);
        else input.closest('form')?.after(note);
      }
      note.textContent = outcome.relaxed
        ? 'Pasted message: searching the words such messages share; your numbers, names and addresses were left out.'
        : '';
    })();
  },
  true,
);

// A module, so its top-level names stay its own.
export {};
