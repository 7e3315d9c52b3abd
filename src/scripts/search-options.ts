/**
 * Pagefind options shared by the search box and the search-quality script, so the script measures exactly
 * what readers get. Ranking stays at Pagefind's defaults: on the real corpus, the weights we tried
 * (heavier term frequency, lighter page length) ranked known items lower (`npm run search:quality`).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
};
