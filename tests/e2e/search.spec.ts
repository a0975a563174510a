/**
 * Search as a reader uses it: the header button, Ctrl/⌘-K and "/", the dialog, the /search/ page with its
 * URL and filters, landing on a section with the words highlighted, the keyboard alone, no JavaScript, and
 * what the index holds. Relevance over the query set is in search-relevance.spec.ts.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Anything search loads: Pagefind's bundle (API, index, WebAssembly) and our search chunks and styles. */
const SEARCH_ASSET = /\/pagefind\/|\/_astro\/search-(ui|dialog)\.|\/_astro\/search\.[\w-]+\.css|\.wasm$/;

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const searchButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Search" });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search the guide" });
const results = (page: Page) => page.locator("[data-search-result]");
/** Results render all at once, in rank order: wait until at least `count` are there. */
async function firstRendered(page: Page, count = 1): Promise<void> {
  await expect(results(page).nth(count - 1)).toBeVisible();
}
/** The result count line once it names the whole query: typing is over and these are its results. */
const summaryFor = (page: Page, query: string) =>
  page.locator(".search-summary").filter({ hasText: new RegExp(`results? for ${query}$`) });
/** The option the arrow keys have made active (focus stays in the search box). */
const activeOption = (page: Page) => page.locator("[role=option][aria-selected=true]");

test("a reading page fetches no search file until search is opened, and nothing from another origin @base", async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto("chapters/scope/");
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState("networkidle");
  expect(requests.filter((url) => SEARCH_ASSET.test(url))).toEqual([]);

  await searchButton(page).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("point-in-time join");
  await expect(results(page).first()).toBeVisible();
  const loaded = requests.filter((url) => SEARCH_ASSET.test(url));
  expect(loaded.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);
  expect(loaded.some((url) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(url))).toBe(true);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
});

test("a result opens its section, with the searched words highlighted there @base", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto("chapters/scope/");
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("point-in-time join");
  await expect(summaryFor(page, "point-in-time join")).toBeVisible();
  await firstRendered(page, 2);
  const section = page.locator("a[data-search-section]").first();
  await expect(section).toHaveAttribute(
    "href",
    /\/chapters\/data\/\?pagefind-highlight=point-in-time&pagefind-highlight=join#point-in-time-joins-a-worked-example$/,
  );
  expect(requests.some((url) => url.includes("pagefind-highlight.js"))).toBe(false);

  await section.click();
  await expect(page).toHaveURL(/\/chapters\/data\/\?.*#point-in-time-joins-a-worked-example$/);
  await expect(page.locator("#point-in-time-joins-a-worked-example")).toBeInViewport();
  const marks = page.locator("main mark.pagefind-highlight");
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).every((text) => /^(point-in-time|join)/i.test(text))).toBe(true);
  expect(requests.some((url) => url.includes("/pagefind/pagefind-highlight.js"))).toBe(true);
});

test("highlighting a searched word leaves diagram labels whole", async ({ page }) => {
  await page.goto("chapters/data/?pagefind-highlight=features");
  await expect(page.locator("main mark.pagefind-highlight").first()).toBeVisible();
  expect(await page.locator("main svg mark").count(), "no HTML <mark> inside an SVG").toBe(0);
  const labels = await page.locator("main svg").allTextContents();
  expect(labels.some((text) => text.includes("Batch features (Spark)"))).toBe(true);
});

test("keyboard only: open, type, arrow through results, Escape back to the button, Enter to follow", async ({
  page,
}) => {
  await page.goto("chapters/scope/");
  for (let i = 0; i < 10 && !(await searchButton(page).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(searchButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await expect(searchButton(page)).toHaveAttribute("aria-expanded", "true");

  await page.keyboard.type("when to retrain");
  await expect(summaryFor(page, "when to retrain")).toBeVisible();
  await firstRendered(page);
  await page.keyboard.press("ArrowDown");
  await expect(searchBox(page)).toBeFocused();
  await expect(activeOption(page)).toHaveAttribute("data-search-hit", "");
  const firstId = await activeOption(page).getAttribute("id");
  await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", firstId!);
  await page.keyboard.press("ArrowDown");
  await expect(activeOption(page)).toHaveAttribute("data-search-section", "");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(searchBox(page)).toBeFocused();
  await expect(activeOption(page)).toHaveCount(0);
  await expect(searchBox(page)).not.toHaveAttribute("aria-activedescendant");

  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(searchButton(page)).toBeFocused();
  await expect(searchButton(page)).toHaveAttribute("aria-expanded", "false");

  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue("when to retrain");
  await firstRendered(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const href = await activeOption(page).getAttribute("href");
  expect(href).toMatch(/#[\w-]+$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new URL(href!, page.url()).href);
});

test("results show the page, its kind and framework step, and the sections that match", async ({ page }) => {
  await page.goto("search/?q=retraining+strategy");
  await firstRendered(page);
  const chapter = results(page).first();
  await expect(chapter.locator(".search-hit__title")).toHaveText("Monitor and sustain");
  await expect(chapter.locator("[data-search-hit] .search-badge")).toHaveText(["Chapter", "Step 7 · Monitoring"]);
  await expect(chapter.locator("a[data-search-section]").first()).toHaveAttribute(
    "href",
    /\/chapters\/monitoring\/\?.*#retraining-strategy$/,
  );
  await expect(chapter.locator("a[data-search-section] .search-badge")).toHaveCount(0);

  await searchBox(page).fill("position bias in the model");
  const study = results(page)
    .filter({ has: page.locator(".search-badge", { hasText: "Case study" }) })
    .first();
  const section = study.locator(".search-hit__section").first();
  await expect(section.locator(".search-hit__section-title")).toHaveText("Position bias in the model");
  await expect(section.locator(".search-badge")).toHaveText("Step 4 · Model");

  await searchBox(page).fill("AUROC");
  await expect(summaryFor(page, "AUROC")).toBeVisible();
  await firstRendered(page);
  const term = results(page).first();
  await expect(term.locator(".search-hit__title")).toHaveText("ROC AUC");
  await expect(term.locator("[data-search-hit]")).toHaveAttribute("href", /\/glossary\/\?.*#auc$/);
  await expect(term.locator(".search-badge")).toHaveText(["Glossary"]);
});

test("a misspelt query is corrected, and the reader is told", async ({ page }) => {
  await page.goto("search/");
  await searchBox(page).fill("traning serving skew");
  await expect(page.getByRole("status").filter({ hasText: "Showing results for" })).toContainText(
    "Showing results for training serving skew",
  );
  await expect(page.locator(".search-correction")).toHaveText("Showing results for training serving skew");
  await firstRendered(page, 2);
  await expect(page.locator("a[data-search-section]").first()).toHaveAttribute(
    "href",
    /\/chapters\/monitoring\/\?.*#trainingserving-skew$/,
  );
  await searchBox(page).fill("training serving skew");
  await expect(page.locator(".search-correction")).toBeHidden();
});

test("when no page has every word, results for the words that do match are shown, and the reader is told", async ({
  page,
}) => {
  // A map-tiling scheme from the ETA case and a content category from moderation: words that each find pages
  // but, as the content stands, never meet on one. The search falls back to the words that do match; which of
  // them it keeps, and what it finds, is left to the content.
  const query = "geohash nudity classifier";
  await page.goto("chapters/scope/");
  // The premise first, asked of the index itself, so new content that joins the words fails here and says so.
  const together = await page.evaluate(async (words) => {
    const pagefind = await import(new URL("../../pagefind/pagefind.js", location.href).href);
    return (await pagefind.search(words)).results.length as number;
  }, query);
  expect(together, `a page now holds all of "${query}": choose words that never meet`).toBe(0);
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(query);
  const notice = page.locator(".search-correction");
  await expect(notice).toHaveText(/^No page has all of these words\. Showing results for [a-z ]+$/);
  const kept = (await notice.locator("strong").textContent())!;
  expect(kept.split(" ").length).toBeLessThan(3);
  // Said to screen readers too: the notice is part of the status line they hear after each search.
  await expect(page.getByRole("status")).toContainText(`Showing results for ${kept}`);
  await expect(page.locator(".search-summary")).toHaveText(new RegExp(`^\\d+ results? for ${kept}$`));
  await firstRendered(page);
  const relaxedFirst = await results(page).first().locator(".search-hit__title").textContent();
  await expect(page.getByText(/^No results/)).toHaveCount(0);

  // The same results as searching for those words in the first place.
  await searchBox(page).fill(kept);
  await expect(summaryFor(page, kept)).toBeVisible();
  await expect(page.locator(".search-correction")).toBeHidden();
  await firstRendered(page);
  await expect(results(page).first().locator(".search-hit__title")).toHaveText(relaxedFirst!);
});

test("only the first results are fetched; More results fetches the next ones", async ({ page }) => {
  const fragments = recordRequests(page);
  await page.goto("chapters/scope/");
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  // One input event, so no search runs for a partial word: on a slow machine the debounce lets those through,
  // and each would fetch its own first results.
  await searchBox(page).fill("calibration");
  await expect(summaryFor(page, "calibration")).toBeVisible();
  const total = Number((await page.locator(".search-summary").textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(8);
  await expect(results(page)).toHaveCount(3);
  const fetched = () => fragments.filter((url) => url.endsWith(".pf_fragment")).length;
  expect(fetched()).toBe(3);

  const more = page.getByRole("button", { name: /^More results/ });
  await more.click();
  await expect(results(page)).toHaveCount(8);
  expect(fetched()).toBe(8);
  // Keyboard readers continue from the first new result.
  await expect(searchBox(page)).toBeFocused();
  await expect(activeOption(page)).toHaveText(
    (await results(page).nth(3).locator("[data-search-hit]").textContent()) ?? "",
  );
});

/** The filter values the pane offers right now, with the result count it promises for each. */
async function offeredFilters(page: Page): Promise<{ value: string; count: number }[]> {
  const labels = page.locator(".search-filters details[open] label.search-filter__option:not([hidden])");
  return labels.evaluateAll((items) =>
    items.map((label) => ({
      value: label.querySelector("input")!.value,
      count: Number(label.querySelector(".search-filter__count")?.textContent),
    })),
  );
}

test("the search page keeps query and filters in its URL, offers only filters that leave results, and Back undoes", async ({
  page,
}) => {
  await page.goto("search/?q=calibration");
  await expect(searchBox(page)).toHaveValue("calibration");
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator(".search-summary")).toHaveText(/^\d+ results for calibration$/);
  const unfiltered = await page.locator(".search-summary").textContent();
  await expect(page.locator('.search-filters details[data-filter-name="domain"]')).toBeVisible();

  await page.locator(".search-filters summary", { hasText: "Step" }).click();
  const offered = await offeredFilters(page);
  expect(offered.map((o) => o.value)).toEqual(
    expect.arrayContaining(["Chapter", "Case study", "Glossary", "Step 5 · Evaluation"]),
  );
  for (const option of offered) expect(option.count, option.value).toBeGreaterThan(0);

  const caseStudies = offered.find((o) => o.value === "Case study")!;
  await page.getByRole("checkbox", { name: /^Case study/ }).check();
  await expect(page).toHaveURL(/\/search\/\?q=calibration&kind=case-study$/);
  await expect(page.locator(".search-summary")).toHaveText(
    `${caseStudies.count} result${caseStudies.count === 1 ? "" : "s"} for calibration`,
  );
  for (const badge of await page
    .locator("[data-search-result] .search-hit__meta .search-badge:first-child")
    .allTextContents()) {
    expect(badge).toBe("Case study");
  }
  // With case studies only, every value still offered must leave results, and the chapter kind is not offered.
  const narrowed = await offeredFilters(page);
  expect(narrowed.map((o) => o.value)).not.toContain("Chapter");
  for (const option of narrowed) expect(option.count, option.value).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=calibration$/);
  await expect(page.getByRole("checkbox", { name: /^Case study/ })).not.toBeChecked();
  await expect(page.locator(".search-summary")).toHaveText(unfiltered!);
  await page.goForward();
  await expect(page).toHaveURL(/kind=case-study$/);
  await expect(page.getByRole("checkbox", { name: /^Case study/ })).toBeChecked();
  await expect(searchBox(page)).toHaveValue("calibration");

  // Chapters have no case-study domain: with the chapter filter on, no domain is offered at all.
  await page.goto("search/?q=calibration&kind=chapter");
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Chapter/ })).toBeChecked();
  await expect(page.locator('.search-filters details[data-filter-name="domain"]')).toBeHidden();
});

test("a shared link to the search page restores the search", async ({ page }) => {
  await page.goto("search/?q=cold-start&kind=glossary");
  await expect(searchBox(page)).toHaveValue("cold-start");
  await firstRendered(page);
  await expect(results(page).first().locator(".search-hit__title")).toHaveText("Cold start");
  await expect(results(page)).toHaveCount(
    await results(page)
      .filter({ has: page.locator(".search-badge", { hasText: "Glossary" }) })
      .count(),
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search button leads to a page that says search needs JavaScript and where to browse instead", async ({
    page,
  }) => {
    await page.goto("chapters/scope/");
    await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    // Words and links read as a sentence: no word runs into a link.
    await expect(page.locator(".search-page__nojs")).toContainText(
      "browse the chapters, the problem families and the case studies, or look a term up in the glossary.",
    );
    await expect(page.getByRole("main").getByRole("link", { name: "chapters" })).toHaveAttribute(
      "href",
      /\/chapters\/$/,
    );
    await expect(page.getByRole("main").getByRole("link", { name: "case studies" })).toHaveAttribute(
      "href",
      /\/case-studies\/$/,
    );
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations with the search dialog open (${theme})`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem("theme", value), theme);
    await page.goto("chapters/evaluation/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await page.keyboard.press("Control+k");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("calibration");
    await expect(summaryFor(page, "calibration")).toBeVisible();
    await firstRendered(page);
    await page.keyboard.press("ArrowDown");
    await expect(activeOption(page)).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test(`axe finds no violations on the search page with results and filters open (${theme})`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem("theme", value), theme);
    await page.goto("search/?q=ctr+calibration");
    await expect(results(page).first()).toBeVisible();
    await page.locator(".search-filters summary", { hasText: "Step" }).click();
    await expect(page.getByRole("checkbox", { name: /^Step 4 · Model/ })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test.describe("the index", () => {
  /** Runs a Pagefind search in the page, as the UI would, and returns result URLs and section URLs. */
  async function pagefind(page: Page, query: string): Promise<{ url: string; sections: string[] }[]> {
    await page.goto("search/");
    return page.evaluate(async (term) => {
      const bundle = document.querySelector<HTMLElement>("[data-search-page]")!.dataset["bundle"]!;
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
        search: (
          q: string,
        ) => Promise<{ results: { data: () => Promise<{ url: string; sub_results: { url: string }[] }> }[] }>;
      };
      const found = await module.search(term);
      return Promise.all(
        found.results.map(async (r) =>
          r.data().then((d) => ({ url: d.url, sections: d.sub_results.map((s) => s.url) })),
        ),
      );
    }, query);
  }

  test("holds no page chrome: navigation, page meta, footer", async ({ page }) => {
    await page.goto("chapters/data/");
    await expect(page.locator(".page-meta")).toContainText("Last updated");
    // Footer, skip link; inside the article, the date line under the title and the PDF link.
    for (const phrase of [
      '"Facts are cited to their sources"',
      '"Skip to content"',
      '"Last updated"',
      '"Download PDF"',
    ]) {
      expect(await pagefind(page, phrase), phrase).toEqual([]);
    }
    // Every page's sidebar says "Study tools"; only the page that is one (its kind) is found.
    expect((await pagefind(page, '"Study tools"')).map((r) => r.url)).toEqual([
      expect.stringMatching(/\/resources\/$/),
    ]);
    // …while the same kind of exact search does find page text.
    expect((await pagefind(page, '"point-in-time join"')).length).toBeGreaterThan(0);
  });

  test("holds diagram captions, in the section the diagram is in", async ({ page }) => {
    const found = await pagefind(page, '"fallback ladder for the pCTR ranker"');
    expect(found.map((r) => r.url)).toEqual([expect.stringMatching(/\/chapters\/serving\/$/)]);
    expect(found[0]!.sections).toContainEqual(expect.stringMatching(/#fallbacks-and-graceful-degradation$/));
  });

  test("holds every glossary term as its own record, landing on its entry", async ({ page }) => {
    const found = await pagefind(page, "pCTR");
    expect(found.map((r) => r.url)).toContainEqual(expect.stringMatching(/\/glossary\/#ctr$/));
  });

  test("gives every heading of an indexed page an id, so each section is a search result", async ({ page }) => {
    for (const path of ["chapters/data/", "case-studies/ctr-prediction/", "resources/"]) {
      await page.goto(path);
      const headings = page.locator("[data-pagefind-body] :is(h2, h3, h4, h5, h6)");
      expect(await headings.count()).toBeGreaterThan(1);
      expect(await headings.evaluateAll((list) => list.filter((h) => !h.id).map((h) => h.textContent))).toEqual([]);
    }
  });
});
