import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermLinker, type TermName } from '../../../src/generators/term-links';

const names: TermName[] = [
  { id: 'pod-cidr', name: 'pod CIDR' },
  { id: 'nsg', name: 'NSG' },
  { id: 'nsg', name: 'network security group' },
  { id: 'kubenet', name: 'kubenet' },
].sort((a, b) => b.name.length - a.name.length);

describe('TermLinker', () => {
  it('links the first mention of each term only', () => {
    const linker = new TermLinker(names);
    expect(linker.segments('Size the pod CIDR; the pod CIDR cannot shrink.')).toEqual([
      { text: 'Size the ' },
      { text: 'pod CIDR', termId: 'pod-cidr', href: '/glossary/pod-cidr/' },
      { text: '; the pod CIDR cannot shrink.' },
    ]);
    expect(linker.segments('Another pod CIDR.')).toEqual([{ text: 'Another pod CIDR.' }]);
  });

  it('keeps the text as written and matches case-insensitively, except acronyms', () => {
    const linker = new TermLinker(names);
    expect(linker.segments('The Pod Cidr and an nsg rule.')).toEqual([
      { text: 'The ' },
      { text: 'Pod Cidr', termId: 'pod-cidr', href: '/glossary/pod-cidr/' },
      { text: ' and an nsg rule.' },
    ]);
    expect(new TermLinker(names).segments('An NSG rule.')[1]).toMatchObject({ termId: 'nsg' });
  });

  it('does not link inside words, paths or flags, and skips excluded terms', () => {
    const linker = new TermLinker(names, ['pod-cidr']);
    expect(linker.segments('Use --network-plugin kubenet-x or /kubenet/ and pod CIDR.')).toEqual([{ text: 'Use --network-plugin kubenet-x or /kubenet/ and pod CIDR.' }]);
  });

  it('one term linked through any of its names counts once', () => {
    const linker = new TermLinker(names);
    const first = linker.segments('A network security group, then an NSG.');
    expect(first.filter((s) => 'termId' in s)).toHaveLength(1);
  });

  it('finds the same mentions as one regular expression over every name would (the plain definition)', () => {
    // The definition, written the slow way: one alternation of every usable name, longest first.
    const reference = (all: TermName[], exclude: string[], texts: string[]) => {
      const usable = all.filter((n) => !exclude.includes(n.id));
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`(?<![\\w/#.-])(${usable.map((n) => escape(n.name)).join('|')})(?![\\w/-])`, 'gi');
      const linked = new Set<string>();
      return texts.map((text) => {
        const out: { text: string; termId?: string }[] = [];
        let last = 0;
        for (const match of text.matchAll(pattern)) {
          const found = match[1]!;
          const term = usable.find((n) => n.name.toLowerCase() === found.toLowerCase())!;
          if (linked.has(term.id) || (/^[A-Z0-9]{2,}s?$/.test(term.name) && found !== term.name)) continue;
          linked.add(term.id);
          if (match.index > last) out.push({ text: text.slice(last, match.index) });
          out.push({ text: found, termId: term.id });
          last = match.index + found.length;
        }
        if (last < text.length) out.push({ text: text.slice(last) });
        return out;
      });
    };
    const many: TermName[] = [
      ...names,
      { id: 'pod', name: 'pod' },
      { id: 'cidr', name: 'CIDR' },
      { id: 'overlay', name: 'Azure CNI Overlay' },
      { id: 'cni', name: 'Azure CNI' },
      { id: 'kubenet-ds', name: 'kubenet dual-stack' },
    ].sort((a, b) => b.name.length - a.name.length);
    const word = fc.constantFrom(...many.map((n) => n.name), 'Pod cidr', 'nsg', 'kubenet-x', '/kubenet/', '#pod', 'a', 'the', '--pod', '.', ',', 'Azure', 'CNI');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '', '-', '/', '. ')), { maxLength: 12 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.subarray(['pod-cidr', 'nsg', 'cni', 'pod']), (texts, exclude) => {
        const linker = new TermLinker(many, exclude);
        const actual = texts.map((t) => linker.segments(t).map((s) => ('termId' in s ? { text: s.text, termId: s.termId } : { text: s.text })));
        expect(actual).toEqual(reference(many, exclude, texts).map((segments, i) => (texts[i] === '' ? [] : segments)));
      }),
    );
  });
});
