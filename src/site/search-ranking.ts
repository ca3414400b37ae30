/**
 * Pagefind ranking used by the header search, the /search/ page and the search tests. Page length
 * does not count and term frequency little: short pages such as pair comparisons, whose title names
 * a plugin, would otherwise outrank the plugin page that holds the facts (measured on this site).
 */
export const SEARCH_RANKING = {
  pageLength: 0,
  termFrequency: 0.3,
  termSaturation: 1.4,
  termSimilarity: 1.0,
  // Titles and the other names of a plugin or term weigh most: "basic networking" is kubenet.
  metaWeights: { title: 5.0, aliases: 8.0 },
} as const;
