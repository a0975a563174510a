/**
 * The /search/ page keeps its state in the URL (?q=…&kind=…&step=…&domain=…) so a search can be shared,
 * bookmarked and walked back with the Back button. Filter values in the URL are stable ids; see
 * facets.ts for the mapping to the values Pagefind stores.
 */
import { FILTER_KEYS, filterValueOf, urlValueOf } from "./facets.ts";

export interface SearchState {
  query: string;
  /** Pagefind filter selection: key → selected values (as Pagefind stores them). */
  filters: Record<string, string[]>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .map((value) => filterValueOf(key, value))
      .filter((value): value is string => value !== undefined);
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return { query: (params.get("q") ?? "").trim(), filters };
}

/** "?q=cold+start&kind=case-study", or "" for an empty state. Unknown filter keys and values are dropped. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set("q", query);
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) {
      const id = urlValueOf(key, value);
      if (id !== undefined) params.append(key, id);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Whether two states would produce the same URL (so no history entry is needed between them). */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return writeSearchState(a) === writeSearchState(b);
}

/** Words too common to be worth marking on the page a result opens ("to" would mark every "top" and "total"). */
const UNMARKED = new Set(
  "and are but can does for from how into not one the this that what when where which who why with vs versus use using".split(
    " ",
  ),
);

/**
 * The words to highlight on a result's page: the query's words as written, so "point-in-time" stays whole
 * (Pagefind's own highlight parameter carries its normalised "pointintime", which matches nothing on the
 * page), without short and very common words.
 */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word.length >= 3 && !UNMARKED.has(word));
  return [...new Set(words)];
}

/** A result URL carrying `param=word` for each word to highlight ("/chapters/data/?h=join#x"). */
export function withHighlight(url: string, query: string, param: string): string {
  const parsed = new URL(url, "http://site.invalid");
  parsed.searchParams.delete(param);
  for (const term of highlightTerms(query)) parsed.searchParams.append(param, term);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
