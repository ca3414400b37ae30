import { describe, expect, it } from 'vitest';
import { fixedWords, forgivingSearch, looksPasted } from '../../../src/site/search-query';

describe('fixedWords', () => {
  it('drops numbers, addresses, paths and URLs, trims punctuation and repeats', () => {
    expect(fixedWords("Subnet aks-subnet with address prefix 10.240.0.0/24 doesn't have 31 IP addresses. See http://aka.ms/x (Code: 'SubnetIsFull') Subnet")).toEqual([
      'subnet', 'aks-subnet', 'with', 'address', 'prefix', "doesn't", 'have', 'ip', 'addresses', 'see', 'code', 'subnetisfull',
    ]);
  });

  it('treats kebab-case words as names when asked to', () => {
    expect(fixedWords('Subnet aks-subnet is full, max-count reached', true)).toEqual(['subnet', 'is', 'full', 'reached']);
  });
});

describe('looksPasted', () => {
  it('tells a pasted message from a typed question', () => {
    expect(looksPasted('can I change max pods later')).toBe(false);
    expect(looksPasted('400 nodes')).toBe(false);
    expect(looksPasted('Subnet aks-subnet with address prefix 10.240.0.0/24 is full')).toBe(true);
    expect(looksPasted('one two three four five six seven eight nine ten eleven twelve')).toBe(true);
  });
});

/** A tiny index with Pagefind's semantics: a page matches when it holds every word of the query. */
function fakeIndex(pages: Record<string, string>) {
  const searched: string[] = [];
  return {
    searched,
    async search(query: string) {
      searched.push(query);
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.toLowerCase().split(/\W+/).includes(w)))
        .map(([id]) => ({ id }));
      return { results };
    },
  };
}

describe('forgivingSearch', () => {
  const pages = {
    error: 'subnet with address prefix does not have enough capacity for ip addresses',
    guide: 'plan the subnet with room for every node and address',
    term: 'nodes pods cluster default subnet',
  };

  it('runs a typed query as typed when it finds something', async () => {
    const index = fakeIndex(pages);
    const outcome = await forgivingSearch(index, 'subnet address');
    expect(outcome).toMatchObject({ query: 'subnet address', relaxed: false });
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['error', 'guide']);
    expect(index.searched).toEqual(['subnet address']);
  });

  it('lands a pasted message with other numbers and names on the page that holds most of its words', async () => {
    const outcome = await forgivingSearch(fakeIndex(pages), 'Subnet default with address prefix 192.168.4.0/26 does not have enough capacity for 77 IP addresses.');
    expect(outcome.relaxed).toBe(true);
    expect(outcome.results.map((r) => r.id)).toEqual(['error']);
    expect(outcome.query).not.toContain('default');
  });

  it('finds nothing when no word is known, without throwing', async () => {
    expect(await forgivingSearch(fakeIndex(pages), 'qorvath plimsel draxune voskerl mintrago yelbric zunhalt ferrowin quux blorp zint wob')).toMatchObject({ results: [] });
  });
});
