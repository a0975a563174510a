/**
 * The search UI, loaded only when a reader opens search: Pagefind's Component UI (the files the index build
 * writes, so UI and index are the same Pagefind version), our theme for it, spelling correction, and the
 * result template (page, kind, framework step, best-matching sections). Shared by the header's search
 * dialog and the /search/ page.
 */
import type * as PagefindComponents from "@pagefind/component-ui";
import type {
  Instance,
  PagefindAPI,
  PagefindInput,
  PagefindModal,
  PagefindResultData,
  PagefindResults,
} from "@pagefind/component-ui";
import searchStyles from "../styles/search.css?url";
import { EXCERPT_LENGTH, INPUT_DEBOUNCE_MS, RANKING, VOCABULARY_FILE } from "../lib/search-config.ts";
import { toDisplayResult, type DisplaySection, type PagefindResultData as ResultData } from "../lib/search-results.ts";
import { withHighlight, writeSearchState } from "../lib/search-url.ts";
import { stepOfLabel } from "../lib/search-facets.ts";
import { correctQuery, parseVocabulary, type Correction } from "../lib/spelling.ts";
import type { SearchSite } from "./search.ts";

declare global {
  interface Window {
    PagefindComponents?: typeof PagefindComponents;
  }
}

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Could not load ${href}`));
    document.head.append(link);
  });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/** Corrections made for each query the reader typed, so the result list can say what it shows. */
const corrections = new Map<string, Correction>();

/**
 * Runs every query through spelling correction before Pagefind sees it. The Component UI has no hook for
 * rewriting a query, so the loaded Pagefind instance's search method is wrapped; if a future version moves
 * it, search still works, only uncorrected.
 */
function installSpellingCorrection(instance: Instance, bundle: string): void {
  const vocabulary = fetch(`${bundle}${VOCABULARY_FILE}`)
    .then((response) => (response.ok ? response.text() : ""))
    .catch(() => "")
    .then(parseVocabulary);
  void instance.triggerLoad().then(() => {
    const api = (instance as unknown as { __pagefind__?: PagefindAPI | null }).__pagefind__;
    if (!api) return;
    const search = api.search.bind(api);
    api.search = async (term, options) => {
      if (!term) return search(term, options);
      const correction = correctQuery(term, await vocabulary);
      corrections.set(term, correction);
      return search(correction.query, options);
    };
  });
}

let loading: Promise<Instance> | undefined;

/** Loads Pagefind's Component UI and configures the shared search instance, once per page. */
export function loadSearch(site: SearchSite): Promise<Instance> {
  loading ??= (async () => {
    await Promise.all([
      loadStylesheet(`${site.bundle}pagefind-component-ui.css`).then(() => loadStylesheet(searchStyles)),
      loadScript(`${site.bundle}pagefind-component-ui.js`),
    ]);
    const ui = window.PagefindComponents;
    if (!ui) throw new Error("Pagefind's Component UI did not start");
    // Must run before any <pagefind-*> element connects, or the instance starts with defaults.
    const instance = ui.configureInstance("default", {
      bundlePath: site.bundle,
      baseUrl: site.base,
      excerptLength: EXCERPT_LENGTH,
      ranking: RANKING,
    });
    installSpellingCorrection(instance, site.bundle);
    return instance;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
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

/** A Pagefind component element, by tag name (they are not in TypeScript's tag map). */
function component<T extends HTMLElement = HTMLElement>(tag: `pagefind-${string}`): T {
  return document.createElement(tag) as T;
}

function badge(text: string, className: string): HTMLElement {
  const node = element("span", className, text);
  const step = stepOfLabel(text);
  if (step) node.dataset["step"] = step.id;
  return node;
}

function sectionItem(section: DisplaySection, href: string): HTMLLIElement {
  const item = element("li", "search-hit__section");
  const link = element("a", "search-hit__section-link", section.title);
  link.href = href;
  link.dataset["searchSection"] = "";
  item.append(link);
  if (section.step) item.append(" ", badge(section.step, "search-badge search-badge--step"));
  const excerpt = element("p", "search-hit__excerpt");
  excerpt.innerHTML = section.excerpt; // Pagefind's excerpt: escaped page text with <mark> around matches.
  item.append(excerpt);
  return item;
}

/**
 * One result: the page (title, kind, step), then its best sections, each a link to its anchor that asks the
 * page to highlight the query's words (`highlightParam`). `query` is the query Pagefind ran, after spelling
 * correction.
 */
export function renderResult(data: PagefindResultData, query: string, highlightParam: string): HTMLLIElement {
  const view = toDisplayResult(data as ResultData, query);
  const link = (url: string) => withHighlight(url, query, highlightParam);
  const item = element("li", "search-hit");
  item.dataset["searchResult"] = "";
  const title = element("a", "search-hit__title", view.title);
  title.href = link(view.url);
  title.dataset["searchHit"] = "";
  const meta = element("p", "search-hit__meta");
  if (view.kind) meta.append(badge(view.kind, "search-badge"));
  if (view.step) meta.append(" ", badge(view.step, "search-badge search-badge--step"));
  item.append(title, meta);
  if (view.sections.length > 0) {
    const list = element("ul", "search-hit__sections");
    list.append(...view.sections.map((section) => sectionItem(section, link(section.url))));
    item.append(list);
  } else if (view.excerpt) {
    const excerpt = element("p", "search-hit__excerpt");
    excerpt.innerHTML = view.excerpt;
    item.append(excerpt);
  }
  return item;
}

/** "Showing results for training serving skew", when the query was corrected. */
function correctionNotice(instance: Instance): HTMLElement {
  const notice = element("p", "search-correction");
  notice.setAttribute("role", "status");
  notice.hidden = true;
  instance.on(
    "results",
    () => {
      const correction = corrections.get(instance.searchTerm);
      notice.hidden = !correction?.changed;
      notice.replaceChildren();
      if (correction?.changed) notice.append("Showing results for ", element("strong", undefined, correction.query));
    },
    notice,
  );
  return notice;
}

/** Input, correction notice, summary and results, wired to the shared instance. */
export function searchParts(
  instance: Instance,
  site: SearchSite,
): { input: PagefindInput; notice: HTMLElement; summary: HTMLElement; results: PagefindResults } {
  const input = component<PagefindInput>("pagefind-input");
  input.setAttribute("debounce", String(INPUT_DEBOUNCE_MS));
  input.setAttribute("placeholder", "Search chapters, case studies, terms…");
  const results = component<PagefindResults>("pagefind-results");
  results.resultTemplate = (data) =>
    renderResult(data, corrections.get(instance.searchTerm)?.query ?? instance.searchTerm, site.highlightParam);
  return { input, notice: correctionNotice(instance), summary: component("pagefind-summary"), results };
}

let dialog: PagefindModal | undefined;

/** Opens the search dialog; on close, focus goes back to the header's search button. */
export async function openSearchDialog(site: SearchSite, trigger: HTMLButtonElement): Promise<void> {
  const instance = await loadSearch(site);
  if (!dialog) {
    const modal = component<PagefindModal>("pagefind-modal");
    const header = component("pagefind-modal-header");
    const body = component("pagefind-modal-body");
    const footer = component("pagefind-modal-footer");
    const { input, notice, summary, results } = searchParts(instance, site);
    const more = element("a", "search-more", "Filter results on the search page");
    more.href = site.searchPage;
    instance.on(
      "search",
      (term) => (more.href = `${site.searchPage}${writeSearchState({ query: String(term ?? ""), filters: {} })}`),
      more,
    );
    header.append(input);
    body.append(notice, summary, results);
    footer.append(component("pagefind-keyboard-hints"), more);
    modal.append(header, body, footer);
    document.body.append(modal);
    modal.querySelector("dialog")?.addEventListener("close", () => {
      trigger.setAttribute("aria-expanded", "false");
      trigger.focus();
    });
    dialog = modal;
  }
  dialog.open();
  trigger.setAttribute("aria-expanded", "true");
}
