/**
 * Search without a UI: Pagefind's JavaScript API (the bundle's pagefind.js, so API and index are one
 * version), spelling correction against the guide's vocabulary, and no dead end (fewer words when all of them
 * together find nothing). Shared by the dialog and the /search/ page; loaded only when search opens.
 */
import { EXCERPT_LENGTH, MAX_QUERY_LENGTH, RANKING, VOCABULARY_DIR, type SearchSite } from "../lib/search/config.ts";
import { noticeFor, relaxQuery, relaxableWords, type SearchNotice } from "../lib/search/relax.ts";
import type { PagefindResultData } from "../lib/search/results.ts";
import {
  chunksForQuery,
  correctQuery,
  parseVocabulary,
  vocabularyChunkOf,
  type Vocabulary,
} from "../lib/search/spelling.ts";

/** Filter name → value → number of results (Pagefind's `filters` and `totalFilters`). */
export type FilterCounts = Record<string, Record<string, number>>;
/** Filter name → the values chosen (a result must have all of them, as Pagefind does). */
export type Filters = Record<string, string[]>;

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** The parts of pagefind.js (Pagefind's documented JavaScript API) used here. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<PagefindResponse | null>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
}

export interface Outcome {
  /** The query as typed. */
  typed: string;
  /** The query the results are for (corrected, and with words left out if all of them found nothing). */
  ran: string;
  /** What to tell the reader when `ran` is not what they typed. */
  notice: SearchNotice | undefined;
  results: PagefindResult[];
  /** Results each filter value would leave, given the query and the filters chosen. */
  filters: FilterCounts;
}

export interface SearchEngine {
  search(query: string, filters?: Filters): Promise<Outcome>;
  /** Starts fetching what a query will need (index chunks, vocabulary) while the reader is still typing. */
  prefetch(query: string): void;
  /** Every filter value with its count over the whole index. */
  allFilters(): Promise<FilterCounts>;
}

const EMPTY_VOCABULARY = parseVocabulary("");

function createEngine(pagefind: PagefindModule, site: SearchSite): SearchEngine {
  const vocabularies = new Map<string, Promise<Vocabulary>>();
  const loaded = new Map<string, Vocabulary>();
  const loadVocabulary = (chunk: string): Promise<Vocabulary> => {
    let pending = vocabularies.get(chunk);
    if (!pending) {
      pending = fetch(`${site.bundle}${VOCABULARY_DIR}${chunk}.txt`)
        .then((response) => (response.ok ? response.text() : ""))
        .catch(() => "")
        .then((text) => {
          const vocabulary = parseVocabulary(text);
          loaded.set(chunk, vocabulary);
          return vocabulary;
        });
      vocabularies.set(chunk, pending);
    }
    return pending;
  };

  const run = async (term: string | null, filters: Filters): Promise<PagefindResponse> =>
    (await pagefind.search(term, { filters })) ?? { results: [], filters: {} };

  return {
    prefetch(query) {
      for (const chunk of chunksForQuery(query)) void loadVocabulary(chunk);
      // Words of one or two letters are left out: their prefix spans several index chunks (~35 KB each),
      // most of which the finished word will not need.
      const words = query
        .slice(0, MAX_QUERY_LENGTH)
        .split(/\s+/)
        .filter((word) => word.length >= 3);
      if (words.length > 0) void pagefind.preload(words.join(" ")).catch(() => undefined);
    },

    async search(query, filters = {}) {
      const typed = query.slice(0, MAX_QUERY_LENGTH).trim();
      const filtered = Object.values(filters).some((values) => values.length > 0);
      if (!typed && !filtered) return { typed, ran: "", notice: undefined, results: [], filters: {} };
      await Promise.all(chunksForQuery(typed).map(loadVocabulary));
      const correction = correctQuery(typed, (word) => loaded.get(vocabularyChunkOf(word)) ?? EMPTY_VOCABULARY);
      let ran = correction.query;
      let found = await run(ran || null, filters);
      let relaxed = false;
      if (found.results.length === 0 && ran) {
        const fewer = await relaxQuery(relaxableWords(ran), async (words) => {
          const trial = await run(words.join(" "), filters);
          return { count: trial.results.length, score: trial.results[0]?.score ?? 0 };
        });
        if (fewer) {
          ran = fewer.words.join(" ");
          found = await run(ran, filters);
          relaxed = true;
        }
      }
      return {
        typed,
        ran,
        notice: noticeFor(ran, correction.changed, relaxed),
        results: found.results,
        filters: found.filters,
      };
    },

    allFilters: () => pagefind.filters(),
  };
}

let loading: Promise<SearchEngine> | undefined;

/**
 * Loads Pagefind once per page and starts its WebAssembly and index metadata loading straight away, so they
 * are ready by the time the first word is typed. Pagefind runs on the main thread: for an index this size a
 * search takes milliseconds, and a web worker would cost another 43 KB script and a message round trip per
 * call.
 */
export function loadSearchEngine(site: SearchSite): Promise<SearchEngine> {
  // The URL in a variable: an import() of a template literal gets wrapped in the bundler's preload helper,
  // which would then become a chunk of its own fetched by every reading page.
  const url = `${site.bundle}pagefind.js`;
  loading ??= import(/* @vite-ignore */ url).then(async (module: unknown) => {
    const pagefind = module as PagefindModule;
    await pagefind.options({
      basePath: site.bundle,
      baseUrl: site.base,
      excerptLength: EXCERPT_LENGTH,
      ranking: RANKING,
      noWorker: true,
    });
    await pagefind.init();
    return createEngine(pagefind, site);
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
