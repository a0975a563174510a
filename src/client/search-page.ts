/**
 * The /search/ page: the same search box as the dialog, plus filters (kind, framework step, problem family,
 * case-study domain), with the query and filters kept in the URL. Typing replaces the current history entry; choosing a
 * filter adds one, so Back undoes a filter, and Back from a result returns to the search.
 */
import type { SearchSite } from "../lib/search/config.ts";
import { FILTER_KEYS, type FilterKey } from "../lib/search/facets.ts";
import { readSearchState, sameSearchState, writeSearchState, type SearchState } from "../lib/search/url.ts";
import { loadSearchEngine, type FilterCounts, type Filters } from "./search-engine.ts";
import { createSearchBox, loadSearchStyles } from "./search-ui.ts";

const FILTER_NAMES: Record<FilterKey, string> = { kind: "Kind", step: "Step", family: "Family", domain: "Domain" };

/**
 * One disclosure per filter, each a group of checkboxes with the number of results a value leaves. Only values
 * that leave results are offered (and those already chosen, so they can be unchosen); a filter with none is
 * hidden.
 */
function filterPane(all: FilterCounts, onChange: () => void) {
  const pane = document.createElement("div");
  pane.className = "search-filters";
  const boxes = new Map<string, { input: HTMLInputElement; label: HTMLLabelElement; count: HTMLElement }>();
  const groups = new Map<FilterKey, HTMLDetailsElement>();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(all[key] ?? {}).sort();
    if (values.length === 0) continue;
    const details = document.createElement("details");
    details.className = "search-filter";
    details.dataset["filterName"] = key;
    details.open = key === "kind";
    const summary = document.createElement("summary");
    summary.textContent = FILTER_NAMES[key];
    const group = document.createElement("div");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", FILTER_NAMES[key]);
    for (const value of values) {
      const label = document.createElement("label");
      label.className = "search-filter__option";
      const input = document.createElement("input");
      input.type = "checkbox";
      input.value = value;
      input.name = key;
      input.addEventListener("change", onChange);
      const count = document.createElement("span");
      count.className = "search-filter__count";
      label.append(input, ` ${value} `, count);
      group.append(label);
      boxes.set(`${key}\u0000${value}`, { input, label, count });
    }
    details.append(summary, group);
    groups.set(key, details);
    pane.append(details);
  }

  return {
    pane,
    selected(): Filters {
      const chosen: Filters = {};
      for (const [id, { input }] of boxes) {
        if (!input.checked) continue;
        const key = id.split("\u0000")[0]!;
        (chosen[key] ??= []).push(input.value);
      }
      return chosen;
    },
    select(filters: Filters): void {
      for (const [id, { input }] of boxes) {
        const [key = "", value = ""] = id.split("\u0000");
        input.checked = filters[key]?.includes(value) ?? false;
      }
    },
    /** Shows each value's count under the current search; hides values (and filters) that would leave nothing. */
    update(counts: FilterCounts): void {
      for (const [id, { input, label, count }] of boxes) {
        const [key = "", value = ""] = id.split("\u0000");
        const n = counts[key]?.[value] ?? 0;
        count.textContent = String(n);
        label.hidden = n === 0 && !input.checked;
      }
      for (const details of groups.values())
        details.hidden = [...details.querySelectorAll("label")].every((label) => label.hidden);
    },
  };
}

export async function mountSearchPage(host: HTMLElement, site: SearchSite): Promise<void> {
  const engine = loadSearchEngine(site);
  const [loaded] = await Promise.all([engine, loadSearchStyles()]);
  const all = await loaded.allFilters();

  let current: SearchState = readSearchState(window.location.search);
  const filters = filterPane(all, () => {
    const next = { query: box.input.value.trim(), filters: filters.selected() };
    if (!sameSearchState(current, next)) window.history.pushState(null, "", urlFor(next));
    current = next;
    void box.search();
  });
  const box = createSearchBox(engine, site, {
    label: "Search the guide",
    filters: () => filters.selected(),
    onResults: (outcome) => {
      // With no query and no filter nothing is shown, so every value is offered with its count in the index.
      const empty = !outcome.typed && Object.keys(filters.selected()).length === 0;
      filters.update(empty ? all : outcome.filters);
      const next = { query: outcome.typed, filters: filters.selected() };
      if (!sameSearchState(current, next)) window.history.replaceState(null, "", urlFor(next));
      current = next;
    },
  });
  box.input.autofocus = true;
  host.replaceChildren(box.input, filters.pane, box.output);
  box.input.focus();
  filters.update(all);

  const apply = (state: SearchState) => {
    box.input.value = state.query;
    filters.select(state.filters);
    return box.search(state.query);
  };
  window.addEventListener("popstate", () => {
    current = readSearchState(window.location.search);
    void apply(current);
  });
  if (current.query || Object.keys(current.filters).length > 0) await apply(current);
  // Pagefind is loaded: from here every keystroke runs a search (tests wait for this before typing).
  host.dataset["ready"] = "";
}

function urlFor(state: SearchState): string {
  return `${window.location.pathname}${writeSearchState(state)}`;
}
