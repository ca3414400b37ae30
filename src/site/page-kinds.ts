/** One page of each kind the site has; the quality gates run on each. */
export const PAGE_KINDS: { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'plugin', path: '/plugins/azure-cni-overlay/' },
  { kind: 'plugin list', path: '/plugins/' },
  { kind: 'compare', path: '/compare/' },
  { kind: 'pair', path: '/compare/azure-cni-overlay-vs-kubenet/' },
  { kind: 'policy engine', path: '/policy-engines/azure-npm/' },
  { kind: 'policy engines', path: '/policy-engines/' },
  { kind: 'limitations', path: '/limitations/' },
  { kind: 'glossary index', path: '/glossary/' },
  { kind: 'glossary term', path: '/glossary/aks-network-plugin/' },
  { kind: 'search', path: '/search/?q=nodes' },
  { kind: 'calculator', path: '/calculators/node-subnet/' },
  { kind: 'calculators', path: '/calculators/' },
  { kind: 'glossary term with calculator', path: '/glossary/pod-cidr/' },
  { kind: 'decide', path: '/decide/' },
  { kind: 'guide', path: '/guides/choosing-a-network-plugin/' },
];
