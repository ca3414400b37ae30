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
});
