/**
 * The search box and its results, shared by the header's dialog and the /search/ page: an input that is a
 * combobox, and a listbox of results in which every landing (a page, or one of its best sections) is an
 * option. Focus stays in the input; the arrow keys move the active option, Enter follows it, and a status line
 * says how many results there are and, when the query was corrected or shortened, what they are for.
 *
 * Only the first results' data is fetched (each is a whole page's text); "More results" fetches the next.
 */
import searchStyles from "../styles/search.css?url";
import {
  FIRST_RESULTS,
  INPUT_DEBOUNCE_MS,
  MAX_QUERY_LENGTH,
  MORE_RESULTS,
  type SearchSite,
} from "../lib/search/config.ts";
import { stepOfLabel } from "../lib/search/facets.ts";
import { resultCount } from "../lib/search/relax.ts";
import { toDisplayResult, type DisplaySection } from "../lib/search/results.ts";
import { withHighlight } from "../lib/search/url.ts";
import type { Filters, Outcome, PagefindResult, SearchEngine } from "./search-engine.ts";

let styles: Promise<void> | undefined;

/** The search styles, once per page (a <link>, which the Content-Security-Policy allows, not inline CSS). */
export function loadSearchStyles(): Promise<void> {
  styles ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = searchStyles;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Could not load ${searchStyles}`));
    document.head.append(link);
  });
  styles.catch(() => (styles = undefined));
  return styles;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function badge(text: string, className: string): HTMLElement {
  const node = element("span", className, text);
  const step = stepOfLabel(text);
  if (step) node.dataset["step"] = step.id;
  return node;
}

let ids = 0;
const nextId = () => `search-option-${++ids}`;

/**
 * One option: a link whose title, badges and excerpt (added by the caller) together are its name. A name taken
 * from the title alone would leave out words the reader sees in it, which voice-control users say to pick it
 * (WCAG 2.5.3, axe's label-content-name-mismatch).
 */
function option(href: string, title: string, titleClass: string): HTMLAnchorElement {
  const link = element("a", "search-option");
  link.href = href;
  link.id = nextId();
  link.tabIndex = -1;
  link.setAttribute("role", "option");
  link.setAttribute("aria-selected", "false");
  const heading = element("span", titleClass, title);
  heading.id = `${link.id}-title`;
  link.append(heading);
  return link;
}

/** Pagefind's excerpt (escaped page text with <mark> around matches), read as part of the option. */
function describe(link: HTMLAnchorElement, excerpt: string): void {
  const text = element("span", "search-hit__excerpt");
  text.innerHTML = excerpt;
  link.append(text);
}

/**
 * One result: the page (title, kind, step) and its best sections, each a link to its anchor that asks the page
 * to highlight the words searched for. `query` is the query the results are for.
 */
export function renderResult(
  data: Parameters<typeof toDisplayResult>[0],
  query: string,
  highlightParam: string,
): HTMLElement {
  const view = toDisplayResult(data, query);
  const link = (url: string) => withHighlight(url, query, highlightParam);
  const group = element("div", "search-hit");
  group.setAttribute("role", "group");
  group.dataset["searchResult"] = "";
  const page = option(link(view.url), view.title, "search-hit__title");
  page.classList.add("search-hit__page");
  page.dataset["searchHit"] = "";
  const meta = element("span", "search-hit__meta");
  if (view.kind) meta.append(badge(view.kind, "search-badge"));
  if (view.step) meta.append(" ", badge(view.step, "search-badge search-badge--step"));
  if (meta.childNodes.length > 0) page.append(" ", meta);
  if (view.sections.length === 0 && view.excerpt) describe(page, view.excerpt);
  group.setAttribute("aria-labelledby", `${page.id}-title`);
  group.append(page, ...view.sections.map((section) => sectionOption(section, link(section.url))));
  return group;
}

function sectionOption(section: DisplaySection, href: string): HTMLAnchorElement {
  const item = option(href, section.title, "search-hit__section-title");
  item.classList.add("search-hit__section");
  item.dataset["searchSection"] = "";
  if (section.step) item.append(" ", badge(section.step, "search-badge search-badge--step"));
  describe(item, section.excerpt);
  return item;
}

export interface SearchBoxOptions {
  /** The input's accessible name. */
  label: string;
  /** The filters to search with (the /search/ page's choice; none in the dialog). */
  filters?: () => Filters;
  /** Called after each search's results are shown. */
  onResults?: (outcome: Outcome) => void;
}

export interface SearchBox {
  input: HTMLInputElement;
  /** Status line, results and "More results", to place under the input. */
  output: HTMLElement;
  /** Runs a search now (the query in the input unless given) and shows its results. */
  search(query?: string): Promise<void>;
}

/**
 * `engine` may still be loading: the box can be shown and typed into at once, and the first search waits for
 * Pagefind.
 */
export function createSearchBox(engine: Promise<SearchEngine>, site: SearchSite, options: SearchBoxOptions): SearchBox {
  const input = element("input", "search-input");
  input.type = "text";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-label", options.label);
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.autocomplete = "off";
  input.spellcheck = false;
  input.enterKeyHint = "search";
  input.maxLength = MAX_QUERY_LENGTH;
  input.placeholder = "Search chapters, case studies, terms…";

  const output = element("div", "search-output");
  const status = element("div", "search-status");
  status.setAttribute("role", "status");
  status.setAttribute("aria-atomic", "true");
  const notice = element("p", "search-correction");
  notice.hidden = true;
  const summary = element("p", "search-summary");
  status.append(notice, summary);
  const list = element("div", "search-results");
  list.id = nextId();
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");
  list.hidden = true;
  input.setAttribute("aria-controls", list.id);
  const more = element("button", "search-more-results");
  more.type = "button";
  more.hidden = true;
  output.append(status, list, more);

  let current: Outcome | undefined;
  let shown = 0;
  let ticket = 0;

  const optionsList = () => [...list.querySelectorAll<HTMLAnchorElement>("[role=option]")];
  const active = () => list.querySelector<HTMLAnchorElement>("[role=option][aria-selected=true]");
  const activate = (next: HTMLAnchorElement | undefined) => {
    active()?.setAttribute("aria-selected", "false");
    if (next) {
      next.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", next.id);
      next.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const updateMore = () => {
    const left = (current?.results.length ?? 0) - shown;
    more.hidden = left <= 0;
    more.textContent = `More results (${Math.min(left, MORE_RESULTS)} of ${left} left)`;
  };

  /** The next `count` results after the first `from`, rendered in rank order once all their data is in. */
  const render = async (results: PagefindResult[], query: string, from: number, count: number) => {
    const data = await Promise.all(results.slice(from, from + count).map((result) => result.data()));
    return data.map((item) => renderResult(item, query, site.highlightParam));
  };

  const search = async (query = input.value): Promise<void> => {
    const mine = ++ticket;
    const outcome = await (await engine).search(query, options.filters?.() ?? {});
    if (mine !== ticket) return;
    // The previous results stay until the new ones are complete, so the list does not flash empty.
    const items = await render(outcome.results, outcome.ran, 0, FIRST_RESULTS);
    if (mine !== ticket) return;
    current = outcome;
    shown = items.length;
    activate(undefined);
    list.replaceChildren(...items);
    const any = outcome.results.length > 0;
    list.hidden = !any;
    input.setAttribute("aria-expanded", String(any));
    notice.hidden = !outcome.notice;
    notice.replaceChildren();
    if (outcome.notice) notice.append(outcome.notice.lead, element("strong", undefined, outcome.notice.query));
    const about = outcome.ran || outcome.typed;
    summary.textContent =
      !outcome.typed && !outcome.ran && !any
        ? ""
        : about
          ? any
            ? `${resultCount(outcome.results.length)} for ${about}`
            : `No results for ${about}`
          : resultCount(outcome.results.length);
    // The query these results are for, as typed: tests and the benchmark wait for it.
    status.dataset["query"] = outcome.typed;
    updateMore();
    options.onResults?.(outcome);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    const query = input.value;
    void engine.then((loaded) => loaded.prefetch(query)).catch(() => undefined);
    // A search still running for an earlier keystroke must not fetch its results' data: it will not be shown.
    ticket++;
    clearTimeout(timer);
    timer = setTimeout(() => void search(), INPUT_DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    const all = optionsList();
    const index = all.indexOf(active() as HTMLAnchorElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (all.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = index === -1 ? (step === 1 ? 0 : all.length - 1) : index + step;
      // Past either end, back to the input with no option active.
      activate(next < 0 || next >= all.length ? undefined : all[next]);
    } else if (event.key === "Enter") {
      const target = active() ?? all[0];
      if (!target) return;
      event.preventDefault();
      target.click();
    } else if (event.key === "Home" || event.key === "End") {
      activate(undefined);
    }
  });
  // Pointing at an option makes it the active one, so Enter and the arrows continue from there.
  list.addEventListener("mousemove", (event) => {
    const target = (event.target as Element | null)?.closest<HTMLAnchorElement>("[role=option]");
    if (target && target !== active()) {
      active()?.setAttribute("aria-selected", "false");
      target.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", target.id);
    }
  });

  more.addEventListener("click", () => {
    if (!current) return;
    const mine = ticket;
    const firstNew = shown;
    void render(current.results, current.ran, shown, MORE_RESULTS).then((items) => {
      if (mine !== ticket || firstNew !== shown) return;
      list.append(...items);
      shown += items.length;
      updateMore();
      // Keyboard readers continue from the first new result.
      const first = list.children[firstNew]?.querySelector<HTMLAnchorElement>("[role=option]");
      if (first) {
        input.focus();
        activate(first);
      }
    });
  });

  return { input, output, search };
}
