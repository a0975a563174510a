/**
 * Search settings shared by the build (Pagefind integration), the browser (modal and /search/ page) and the
 * search benchmark, so what is measured is what readers get.
 */

/** Query parameter that carries the search terms to the page a result opens (Pagefind's highlight script). */
export const HIGHLIGHT_PARAM = "pagefind-highlight";

/**
 * The vocabulary for spelling correction, written next to Pagefind's own files as one small file per first
 * letter (vocabulary/t.txt), so a query fetches only the letters its words start with (about 1 KB each)
 * instead of every word the guide uses.
 */
export const VOCABULARY_DIR = "vocabulary/";

/**
 * Size of Pagefind's index chunks (its PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE setting, read by the indexing
 * service; Pagefind is pinned to 1.6 in package.json). A query fetches the chunk that holds each of its words;
 * Pagefind's default makes seven chunks of ~35 KB compressed for this guide, so two words cost 70 KB. Smaller
 * chunks (about 4–9 KB each) cut that to a fifth for a few more, smaller requests and a slightly larger
 * metadata file. If a future Pagefind drops the setting, search still works, with the default chunks.
 */
export const INDEX_CHUNK_SIZE = 4000;

/** Words per excerpt: enough to show the match in context on a phone. */
export const EXCERPT_LENGTH = 24;

/**
 * Milliseconds the input waits after a keystroke before searching. Short: each keystroke already preloads the
 * index chunks for what is typed, so a search is a few milliseconds of WebAssembly; the wait only spares the
 * work for keystrokes that come faster than that.
 */
export const INPUT_DEBOUNCE_MS = 40;

/**
 * The longest query searched, in characters. Real questions fit in far fewer; a pasted page of text would
 * make Pagefind and the spelling correction work for seconds while the results sit as placeholders.
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * Results shown at once, and added by "More results". Each shown result costs its page's whole Pagefind
 * fragment (the page text its excerpts are cut from, 15–28 KB compressed for a chapter), so only what fits on
 * a screen is fetched before the reader asks for more.
 */
export const FIRST_RESULTS = 3;
export const MORE_RESULTS = 5;

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
 * with the section ordering in results.ts); values around these change little.
 */
export const RANKING = {
  pageLength: 0.5,
  metaWeights: { title: 5, aliases: 5, headings: 2, kind: 0, step: 0 },
} as const;

/** Where the search code finds the site (read from data attributes the components write). */
export interface SearchSite {
  /** Pagefind's bundle folder, with the base path ("/guide/pagefind/"). */
  bundle: string;
  /** The site's base path ("/" or "/guide/"). */
  base: string;
  /** The full search page ("/guide/search/"). */
  searchPage: string;
  /** The query parameter that carries searched words to a result page (HIGHLIGHT_PARAM). */
  highlightParam: string;
}
