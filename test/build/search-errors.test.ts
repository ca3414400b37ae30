import { beforeAll, describe, expect, it } from 'vitest';
import { filledMessage } from '../../src/generators/error-page';
import { dataLocations, loadModel } from '../../src/model';
import { forgivingSearch } from '../../src/site/search-query';
import { ensureDist } from '../support/dist';
import { loadPagefind } from '../support/pagefind';

beforeAll(() => ensureDist());

const model = loadModel(dataLocations());

/** Made-up words no page of the site uses, standing in for the reader's own subnet, cluster and resource names. */
const INVENTED = ['qorvath', 'plimsel', 'draxune', 'voskerl', 'mintrago', 'yelbric', 'zunhalt', 'ferrowin'];

/** Words the site uses everywhere, standing in for readers who name things plainly (a subnet called "nodes"). */
const COMMON = ['nodes', 'cluster', 'network', 'default', 'service', 'subnet', 'pool', 'private'];

/**
 * Another value of the same shape as an example value: every number changed, every word replaced by
 * one from `words`. A reader's message has their own numbers and names, never the example's.
 */
function otherValue(example: string | number, words: readonly string[], salt: number): string {
  let w = salt;
  const original = String(example).toLowerCase();
  return String(example)
    .replace(/\d+/g, (digits) => String((Number(digits) * 7 + 13 + salt) % 100000))
    .replace(/[A-Za-z]{3,}/g, (word) => {
      let next = words[w++ % words.length]!;
      if (next === word.toLowerCase() || original === next) next = words[w++ % words.length]!;
      return next;
    });
}

const cases = model.errors.flatMap((error) =>
  error.data.messages.map((message, index) => ({ id: error.id, index, message, name: `${error.id} message ${index + 1}` })),
);

describe('a pasted error message lands on its error page first', () => {
  it('every error has at least one message to paste', () => {
    expect(model.errors.length).toBeGreaterThanOrEqual(25);
    for (const e of model.errors) expect(e.data.messages.length, e.id).toBeGreaterThan(0);
  });

  describe.each([
    ['with invented names', INVENTED],
    ['with names the site uses elsewhere', COMMON],
    ['with plain one-word names, such as a subnet called default', ['default', 'nodes', 'pods']],
  ] as const)('%s and other numbers', (_label, words) => {
    it.each(cases)('$name', async ({ id, message }) => {
      const values = Object.fromEntries(Object.entries(message.example).map(([k, v], i) => [k, otherValue(v, words, i + 1)]));
      for (const [k, v] of Object.entries(values)) expect(v, `${id}: the value for <${k}> differs from the example`).not.toBe(String(message.example[k]));
      const pasted = filledMessage(message, values);
      const outcome = await forgivingSearch(await loadPagefind(), pasted);
      const first = await outcome.results[0]?.data();
      expect(first?.url, `pasted: ${pasted}\nsearched: ${outcome.query}`).toBe(`/errors/${id}/`);
    });
  });

  it('the message as Azure prints it, example values and all, also finds the page without shortening the query', async () => {
    const pagefind = await loadPagefind();
    for (const { id, message } of cases) {
      const outcome = await forgivingSearch(pagefind, filledMessage(message));
      expect((await outcome.results[0]?.data())?.url, id).toBe(`/errors/${id}/`);
    }
  });
});

describe('error pages in the index', () => {
  it('carry the Error type and the operations they appear in as a facet', async () => {
    const pagefind = await loadPagefind();
    const filters = await pagefind.filters();
    // Every error page, and the /errors/ index.
    expect(filters.type?.Error).toBe(model.errors.length + 1);
    expect(Object.keys(filters.operation ?? {})).toEqual(expect.arrayContaining(['Create', 'Scale', 'Upgrade', 'Migration', 'Delete']));
    const { results } = await pagefind.search('SubnetIsFull', { filters: { type: 'Error', operation: 'Upgrade' } });
    expect((await results[0]!.data()).url).toBe('/errors/subnet-is-full/');
  });

  it('settings are records of their own, with the Setting type, landing on their anchor', async () => {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search('max pods', { filters: { type: 'Setting' } });
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(urls[0]).toBe('/settings/#max-pods');
    expect(urls.every((u) => u.startsWith('/settings/'))).toBe(true);
  });
});
