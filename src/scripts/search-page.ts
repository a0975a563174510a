/**
 * The /search/ page: the same Pagefind components as the dialog, plus Pagefind's filter pane (kind, framework
 * step, case-study domain), with the query and filters kept in the URL. Typing replaces the current history entry;
 * choosing a filter adds one, so Back undoes a filter, and Back from a result returns to the search.
 */
import type { Instance, PagefindInput } from "@pagefind/component-ui";
import { readSearchState, sameSearchState, writeSearchState, type SearchState } from "../lib/search-url.ts";
import { loadSearch, searchParts } from "./search-ui.ts";
import type { SearchSite } from "./search.ts";

/** A copy: Pagefind updates its filter selection in place, and `current` must keep the previous one. */
function stateOf(instance: Instance): SearchState {
  const filters = Object.entries(instance.searchFilters ?? {}).map(([key, values]): [string, string[]] => [
    key,
    [...values],
  ]);
  return { query: instance.searchTerm, filters: Object.fromEntries(filters) };
}

function urlFor(state: SearchState): string {
  return `${window.location.pathname}${writeSearchState(state)}`;
}

/** Runs a search from the URL. The input shows it too: Pagefind only updates an input that lacks focus. */
function apply(instance: Instance, input: PagefindInput, state: SearchState): void {
  if (input.inputEl) input.inputEl.value = state.query;
  input.updateState(state.query);
  // A copy: Pagefind keeps this object as its selection and changes it in place.
  instance.triggerSearchWithFilters(state.query, structuredClone(state.filters));
}

export async function mountSearchPage(host: HTMLElement, site: SearchSite): Promise<void> {
  const instance = await loadSearch(site);
  const { input, notice, summary, results } = searchParts(instance, site);
  input.setAttribute("autofocus", "");
  // One pane for the three filters (kind, framework step, case-study domain): its groups are checkbox lists a
  // screen reader names properly, and it offers only values that leave results.
  const filters = document.createElement("pagefind-filter-pane");
  filters.setAttribute("open", "kind");
  host.replaceChildren(input, filters, notice, summary, results);

  let current = readSearchState(window.location.search);
  instance.on(
    "search",
    () => {
      const next = stateOf(instance);
      // With a filter chosen and no query, list everything in the filter (all case studies, say); with neither,
      // show nothing rather than the whole index. Pagefind reads this flag when the search runs, just after.
      instance.faceted = Object.values(next.filters).some((values) => values.length > 0);
      if (sameSearchState(current, next)) return;
      const filtersChanged =
        writeSearchState({ query: "", filters: current.filters }) !==
        writeSearchState({ query: "", filters: next.filters });
      if (filtersChanged) window.history.pushState(null, "", urlFor(next));
      else window.history.replaceState(null, "", urlFor(next));
      current = next;
    },
    host,
  );
  window.addEventListener("popstate", () => {
    current = readSearchState(window.location.search);
    apply(instance, input, current);
  });

  await instance.triggerLoad();
  if (current.query || Object.keys(current.filters).length > 0) apply(instance, input, current);
  // Pagefind is loaded: from here every keystroke runs a search (tests wait for this before typing).
  host.dataset["ready"] = "";
}
