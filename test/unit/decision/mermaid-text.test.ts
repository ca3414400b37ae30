import { describe, expect, it } from 'vitest';
import {
  absoluteMermaidLinks,
  accessibleText,
  escapeMermaidText,
  mermaidHref,
  mermaidId,
  mermaidLabel,
  unescapeMermaidText,
  wrapWords,
} from '../../../src/generators/mermaid-text';

describe('Mermaid label escaping', () => {
  it('writes quotes, hashes, angle brackets, pipes, ampersands and backticks as entity codes', () => {
    expect(escapeMermaidText('He said "no" #1 <b> a|b & `c`')).toBe('He said #quot;no#quot; #35;1 #lt;b#gt; a#124;b #amp; #96;c#96;');
  });

  it('leaves brackets and parentheses alone: inside a quoted label Mermaid reads them as text', () => {
    expect(escapeMermaidText('Kubernetes NetworkPolicy (L3/L4) [x] {y}')).toBe('Kubernetes NetworkPolicy (L3/L4) [x] {y}');
  });

  it('round-trips through unescapeMermaidText', () => {
    const text = 'a "b" #c <d> e|f & `g` (h) [i]';
    expect(unescapeMermaidText(escapeMermaidText(text))).toBe(text);
  });

  it('joins wrapped lines with <br> inside double quotes, escaping each line', () => {
    expect(mermaidLabel('Use "Overlay" unless pods need VNet addresses', 16)).toBe('"Use #quot;Overlay#quot;<br>unless pods need<br>VNet addresses"');
  });

  it('collapses line breaks and runs of spaces', () => {
    expect(escapeMermaidText('  one\n  two   three ')).toBe('one two three');
  });
});

describe('word wrapping', () => {
  it('breaks at spaces and keeps a long word on a line of its own', () => {
    expect(wrapWords('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapWords('supercalifragilistic word', 5)).toEqual(['supercalifragilistic', 'word']);
    expect(wrapWords('', 10)).toEqual([]);
  });
});

describe('ids, links and accessible text', () => {
  it('turns kebab-case ids into Mermaid-safe ids with a capital prefix', () => {
    expect(mermaidId('Q', 'pod-ips')).toBe('Q_pod_ips');
    expect(mermaidId('P', 'azure-cni-overlay')).toBe('P_azure_cni_overlay');
    expect(mermaidId('O', 'observability-no')).toBe('O_observability_no');
  });

  it('quotes hrefs verbatim except for quotes and spaces', () => {
    expect(mermaidHref('/plugins/x/#a')).toBe('"/plugins/x/#a"');
    expect(mermaidHref('/a b/"c"')).toBe('"/a%20b/%22c%22"');
  });

  it('makes site-relative click links absolute and leaves absolute ones alone', () => {
    const source = 'click A href "/plugins/x/" "X"\nclick B href "https://example.org/y" "Y"';
    expect(absoluteMermaidLinks(source, 'https://aks.example/')).toBe('click A href "https://aks.example/plugins/x/" "X"\nclick B href "https://example.org/y" "Y"');
  });

  it('keeps accTitle and accDescr on one line without braces', () => {
    expect(accessibleText('A {tree}\nof answers')).toBe('A tree of answers');
  });
});
