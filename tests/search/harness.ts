/**
 * Drives the real search UI on /search/ (or in the header's dialog) the way a reader does — keystrokes into the
 * search box — and reads
 * back what the reader sees. Shared by the relevance end-to-end test and `npm run bench:search`, so the
 * numbers the benchmark prints are the ones the test holds.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export interface QueryCase {
  query: string;
  /** Acceptable landings, page path + anchor without the base path; the first is the best. */
  expect: string[];
  tag: "task" | "term" | "synonym" | "typo" | "caption" | "mixed";
}

export function loadQueries(): QueryCase[] {
  const file = new URL("./queries.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: QueryCase[] }).queries;
}

export interface QueryRun {
  /** The landings in the order shown: each result's sections, or the result itself when it shows none. */
  links: string[];
  /** Milliseconds from the last keystroke to the first results rendered for this query. */
  ms: number;
  /** "Showing results for …", when the query was spelling-corrected or shortened. */
  correction: string | undefined;
  /** Whether the reader was left with no result at all. */
  zero: boolean;
}

/** 1-based rank of the first acceptable landing, or undefined. */
export function hitRank(links: readonly string[], expect: readonly string[]): number | undefined {
  const index = links.findIndex((link) => expect.includes(link));
  return index === -1 ? undefined : index + 1;
}

/** Where the search box is: the /search/ page's (default) or the header dialog's (".search-dialog"). */
export const SEARCH_PAGE = "[data-search-page]";

/**
 * Types `query` into the search box (replacing what is there) and waits until the status line reports this
 * query, which happens once its first results are rendered. Reads the landings of the first three results.
 * Timestamps are taken in the page: the last keydown, and the moment the results for this query show.
 */
export async function runQuery(page: Page, query: string, base = "/", scope = SEARCH_PAGE): Promise<QueryRun> {
  // Typing before Pagefind has loaded would race its start-up; the page marks itself ready once it has.
  if (scope === SEARCH_PAGE) await page.locator("[data-search-page][data-ready]").waitFor({ state: "attached" });
  const input = page.locator(`${scope} input[role=combobox]`);
  await input.fill("");
  await page.locator(`${scope} .search-hit`).first().waitFor({ state: "detached" });
  await input.focus();
  await page.evaluate(
    ({ expected, scope }) => {
      const state = window as unknown as { __lastKey?: number; __shown?: Promise<number>; __listening?: boolean };
      if (!state.__listening)
        document.addEventListener("keydown", () => (state.__lastKey = performance.now()), { capture: true });
      state.__listening = true;
      state.__shown = new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`no results were shown for "${expected}"`)), 15_000);
        const done = () => {
          const status = document.querySelector<HTMLElement>(`${scope} .search-status`);
          if (status?.dataset["query"] !== expected) return false;
          resolve(performance.now());
          return true;
        };
        if (done()) return;
        const observer = new MutationObserver(() => {
          if (done()) observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
    { expected: query.trim(), scope },
  );
  await page.keyboard.type(query);
  const ms = await page.evaluate(async () => {
    const state = window as unknown as { __lastKey?: number; __shown?: Promise<number> };
    const shown = await state.__shown!;
    return shown - (state.__lastKey ?? shown);
  });
  const links = await page.locator(`${scope} .search-hit`).evaluateAll((items, prefix) => {
    const strip = (href: string) => {
      const url = new URL(href, window.location.href);
      const path = url.pathname.startsWith(prefix) ? `/${url.pathname.slice(prefix.length)}` : url.pathname;
      return `${path}${url.hash}`;
    };
    return items.slice(0, 3).flatMap((item) => {
      const sections = [...item.querySelectorAll<HTMLAnchorElement>("a[data-search-section]")];
      const targets =
        sections.length > 0 ? sections : [...item.querySelectorAll<HTMLAnchorElement>("a[data-search-hit]")];
      return targets.map((a) => strip(a.href));
    });
  }, base);
  const notice = page.locator(`${scope} .search-correction:not([hidden])`);
  const correction = (await notice.count()) > 0 ? ((await notice.textContent()) ?? undefined) : undefined;
  const zero = (await page.locator(`${scope} .search-hit`).count()) === 0;
  return { links, ms, correction, zero };
}

export interface Relevance {
  hitAt1: number;
  hitAt3: number;
  /** Share of queries that left the reader with no result at all. */
  zeroRate: number;
  misses: { query: string; expect: string; got: string[] }[];
}

export function relevanceOf(cases: readonly QueryCase[], runs: readonly QueryRun[]): Relevance {
  let at1 = 0;
  let at3 = 0;
  const misses: Relevance["misses"] = [];
  cases.forEach((item, index) => {
    const rank = hitRank(runs[index]!.links, item.expect);
    if (rank === 1) at1++;
    if (rank !== undefined && rank <= 3) at3++;
    else misses.push({ query: item.query, expect: item.expect[0]!, got: runs[index]!.links.slice(0, 3) });
  });
  const zero = runs.filter((run) => run.zero).length;
  return { hitAt1: at1 / cases.length, hitAt3: at3 / cases.length, zeroRate: zero / cases.length, misses };
}
