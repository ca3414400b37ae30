/**
 * /search/: Pagefind's JS API with facets. Values within one facet combine with OR, facets with AND;
 * the query and the chosen values live in the URL so a search can be linked.
 */
import { SEARCH_RANKING } from '../site/search-ranking';
import { href } from '../generators/href';
import { forgivingSearch } from '../site/search-query';

type Filters = Record<string, { any: string[] }>;
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Filters }): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
/** The facets the page offers (type, plugin, severity; position where the site has guidance). */
const FACETS = [...form.querySelectorAll<HTMLElement>('fieldset[data-facet]')].map((f) => f.dataset.facet!);
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

/** Copies Pagefind's excerpt (text with <mark>) as text and mark elements only; nothing else is kept. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function chosen(): Filters {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((b) => b.value);
    if (values.length) filters[facet] = { any: values };
  }
  return filters;
}

function restoreFromUrl(): void {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  for (const facet of FACETS) {
    const values = (params.get(facet) ?? '').split(',').filter(Boolean);
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)) box.checked = values.includes(box.value);
  }
}

function saveToUrl(filters: Filters): void {
  const url = new URL(window.location.href);
  url.search = '';
  if (input.value.trim()) url.searchParams.set('q', input.value.trim());
  for (const facet of FACETS) if (filters[facet]) url.searchParams.set(facet, filters[facet].any.join(','));
  window.history.replaceState(null, '', url);
}

function render(results: ResultData[], total: number, query: string, searched = query): void {
  list.replaceChildren();
  for (const r of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = r.url;
    link.className = 'fm-search__title';
    link.textContent = r.meta.title ?? r.url;
    const tags = document.createElement('span');
    tags.className = 'fm-search__tags';
    tags.textContent = [...(r.filters.type ?? []), ...(r.filters.position ?? []).map((p) => `Position: ${p}`), ...(r.filters.severity ?? []), ...(r.filters.plugin ?? []).slice(0, 3)].join(' · ');
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(r.excerpt));
    item.append(link, tags, excerpt);
    const subs = (r.sub_results ?? []).filter((s) => s.url !== r.url && !s.url.endsWith('#_top')).slice(0, 3);
    if (subs.length) {
      const sublist = document.createElement('ul');
      for (const s of subs) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.title;
        li.append(a);
        sublist.append(li);
      }
      item.append(sublist);
    }
    list.append(item);
  }
  const shortened = searched !== query ? ` Nothing matched every word, so the search left out the parts that vary from case to case (numbers, names, addresses) and words no page has: "${searched}".` : '';
  status.textContent = query || Object.keys(chosen()).length ? `${total} result${total === 1 ? '' : 's'}${total > results.length ? `, showing the first ${results.length}` : ''}.${shortened}` : 'Type a question or choose a filter.';
}

async function main(): Promise<void> {
  restoreFromUrl();
  status.textContent = 'Loading the search index…';
  const path = href('/pagefind/pagefind.js');
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.options({ ranking: SEARCH_RANKING });
  const counts = await pagefind.filters();
  for (const facet of FACETS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`)) {
      const count = counts[facet]?.[box.value] ?? 0;
      const label = box.closest('label')!.querySelector<HTMLElement>('[data-count]')!;
      label.textContent = `(${count})`;
    }
  }
  let run = 0;
  const update = async () => {
    const mine = ++run;
    const filters = chosen();
    saveToUrl(filters);
    const query = input.value.trim();
    if (!query && Object.keys(filters).length === 0) {
      render([], 0, '');
      list.dataset.for = window.location.search;
      return;
    }
    // A pasted error message carries the reader's own numbers and names; see forgivingSearch.
    const outcome = query ? await forgivingSearch({ search: (q, o) => pagefind.search(q, o) }, query, { filters }) : { ...(await pagefind.search(null, { filters })), query: '', relaxed: false };
    const { results } = outcome;
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (mine === run) {
      render(data, results.length, query, outcome.relaxed ? outcome.query : query);
      // Says which URL state the list shows, so tests and tools can wait for it.
      list.dataset.for = window.location.search;
    }
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
  form.addEventListener('change', (e) => {
    if (e.target !== input) void update();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void update();
  });
  await update();
}

main().catch((error: unknown) => {
  status.textContent = `Search could not start: ${error instanceof Error ? error.message : String(error)}. Browse the limitations or the glossary instead.`;
});
