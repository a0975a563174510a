/**
 * Search settings shared by the build (Pagefind integration), the browser (modal and /search/ page) and the
 * search benchmark, so what is measured is what readers get.
 */

/** Query parameter that carries the search terms to the page a result opens (Pagefind's highlight script). */
export const HIGHLIGHT_PARAM = "pagefind-highlight";

/** The vocabulary for spelling correction, written next to Pagefind's own files. */
export const VOCABULARY_FILE = "vocabulary.txt";

/** Words per excerpt: enough to show the match in context on a phone. */
export const EXCERPT_LENGTH = 24;

/** Milliseconds the input waits after a keystroke before searching (Pagefind's default is 300). */
export const INPUT_DEBOUNCE_MS = 150;

/**
 * Pagefind ranking (https://pagefind.app/docs/ranking/). Headings already weigh more than body text by
 * default (h1 7 … h6 2, body 1; our h1s carry data-pagefind-weight="10") and a title match is boosted 5×.
 * On top of that:
 *   - aliases (glossary synonyms: "NE", "pCTR", "AUROC") count like a title, so a synonym finds its term;
 *   - headings (each page's section titles, a metadata field set by Base.astro) boost a page whose sections
 *     are about the query over one that only mentions its words often;
 *   - kind/step metadata words ("Chapter", "Step 3 · Data") must not boost anything;
 *   - less page-length normalisation than the default 0.75, so a short glossary record does not outrank
 *     the chapter section that explains the idea just for being short.
 * Tuned with `npm run bench:search` on tests/search/queries.json (hit@3 moved from 90% to 97.5%, together
 * with the section ordering in search-results.ts); values around these change little.
 */
export const RANKING = {
  pageLength: 0.5,
  metaWeights: { title: 5, aliases: 5, headings: 2, kind: 0, step: 0 },
} as const;
