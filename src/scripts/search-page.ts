/**
 * The /search/ page: the same Pagefind components as the dialog, plus filters (kind, framework step,
 * case-study domain), with the query and filters kept in the URL. Typing replaces the current history entry;
 * choosing a filter adds one, so Back undoes a filter, and Back from a result returns to the search.
 */
import type { Instance } from "@pagefind/component-ui";
import { readSearchState, sameSearchState, writeSearchState, type SearchState } from "../lib/search-url.ts";
import { loadSearch, searchParts } from "./search-ui.ts";
import type { SearchSite } from "./search.ts";

const FILTERS = [
  { key: "kind", label: "Kind" },
  { key: "step", label: "Framework step" },
  { key: "domain", label: "Case-study domain" },
] as const;

function stateOf(instance: Instance): SearchState {
  return { query: instance.searchTerm, filters: instance.searchFilters };
}

function urlFor(state: SearchState): string {
  return `${window.location.pathname}${writeSearchState(state)}`;
}

function apply(instance: Instance, state: SearchState): void {
  instance.triggerSearchWithFilters(state.query, state.filters);
}

export async function mountSearchPage(host: HTMLElement, site: SearchSite): Promise<void> {
  const instance = await loadSearch(site);
  // Faceted: choosing a filter with an empty query lists everything in it (all case studies, say).
  instance.faceted = true;
  const { input, notice, summary, results } = searchParts(instance);
  input.setAttribute("autofocus", "");
  const filters = document.createElement("div");
  filters.className = "search-page__filters";
  filters.setAttribute("role", "group");
  filters.setAttribute("aria-label", "Filters");
  for (const { key, label } of FILTERS) {
    const dropdown = document.createElement("pagefind-filter-dropdown");
    dropdown.setAttribute("filter", key);
    dropdown.setAttribute("label", label);
    dropdown.setAttribute("wrap", "");
    filters.append(dropdown);
  }
  host.replaceChildren(input, filters, notice, summary, results);

  let current = readSearchState(window.location.search);
  instance.on(
    "search",
    () => {
      const next = stateOf(instance);
      if (sameSearchState(current, next)) return;
      const filtersChanged = writeSearchState({ query: "", filters: current.filters }) !== writeSearchState({ query: "", filters: next.filters });
      if (filtersChanged) window.history.pushState(null, "", urlFor(next));
      else window.history.replaceState(null, "", urlFor(next));
      current = next;
    },
    host,
  );
  window.addEventListener("popstate", () => {
    current = readSearchState(window.location.search);
    apply(instance, current);
  });

  await instance.triggerLoad();
  if (current.query || Object.keys(current.filters).length > 0) apply(instance, current);
}
