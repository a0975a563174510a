/**
 * Printing, checked through computed styles under print media: only the content prints, at full width, in
 * light colours with every answer open; and the one-page guide (/print/) holds the whole guide with working
 * links.
 */
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** What a reader's Ctrl-P does before laying out pages: print media, then the page's beforeprint listeners. */
async function startPrinting(page: Page): Promise<void> {
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
}

test("a printed chapter shows no navigation, only its content at full width", async ({ page }) => {
  await page.goto("chapters/data/");
  const furniture = [
    ".site-header",
    ".sidebar",
    ".toc",
    ".pager",
    ".site-footer",
    ".search-button",
    ".theme-toggle",
    ".pdf-download",
    ".heading-anchor",
  ];
  for (const selector of furniture)
    await expect(page.locator(selector).first(), `${selector} on screen`).toBeAttached();
  await startPrinting(page);
  for (const selector of furniture) {
    const displays = await page
      .locator(selector)
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).display));
    expect(displays.length, selector).toBeGreaterThan(0);
    expect(new Set(displays), `${selector} in print`).toEqual(new Set(["none"]));
  }
  const widths = await page.evaluate(() => ({
    article: document.querySelector("main article")!.getBoundingClientRect().width,
    body: document.body.getBoundingClientRect().width,
  }));
  expect(widths.article).toBeGreaterThan(widths.body * 0.95);
});

test("printing in dark mode prints light, with answers open and diagrams unfiltered, then restores the page", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("chapters/data/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const closedOnScreen = await page.locator("main details:not([open])").count();
  expect(closedOnScreen).toBeGreaterThan(0);

  await startPrinting(page);
  const printed = await page.evaluate(() => {
    const code = document.querySelector<HTMLElement>("pre.astro-code span[style*='color']")!;
    return {
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      filters: [...document.querySelectorAll(".diagram__canvas")].map((canvas) => getComputedStyle(canvas).filter),
      codeColour: getComputedStyle(code).color,
      codeInlineColour: code.style.color,
      closed: document.querySelectorAll("main details:not([open])").length,
    };
  });
  expect(printed.background).toBe("rgb(255, 255, 255)");
  expect(printed.text).toBe("rgb(22, 24, 29)");
  expect(new Set(printed.filters)).toEqual(new Set(["none"]));
  // Shiki's light colours (the inline ones), not its dark overrides.
  const probe = await page.evaluate((colour) => {
    const span = document.createElement("span");
    span.style.color = colour;
    document.body.append(span);
    const computed = getComputedStyle(span).color;
    span.remove();
    return computed;
  }, printed.codeInlineColour);
  expect(printed.codeColour).toBe(probe);
  expect(printed.closed).toBe(0);

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.locator("main details:not([open])").count()).toBe(closedOnScreen);
});

test("printed external links show where they go; internal ones do not", async ({ page }) => {
  await page.goto("resources/");
  await startPrinting(page);
  const afters = await page.locator("main a[href]").evaluateAll((links) =>
    (links as HTMLAnchorElement[]).map((link) => ({
      href: link.getAttribute("href")!,
      after: getComputedStyle(link, "::after").content,
    })),
  );
  const external = afters.filter((link) => /^https?:/.test(link.href));
  const internal = afters.filter((link) => link.href.startsWith("/") || link.href.startsWith("#"));
  expect(external.length).toBeGreaterThan(0);
  for (const link of external) expect(link.after).toContain(link.href);
  for (const link of internal) expect(link.after).toBe("none");
});

test("headings stay with what follows; diagrams, tables and code stay whole", async ({ page }) => {
  await page.goto("chapters/data/");
  await startPrinting(page);
  const breaks = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      h2: style("main h2").breakAfter,
      h3: style("main h3").breakAfter,
      diagram: style("figure.diagram").breakInside,
      table: style("main table").breakInside,
      code: style("main pre").breakInside,
    };
  });
  expect(breaks).toEqual({ h2: "avoid", h3: "avoid", diagram: "avoid", table: "avoid", code: "avoid" });
});

test("the one-page guide has every chapter, family page and case study in reading order, each on new pages, with unique ids and working links @base", async ({
  page,
}) => {
  await page.goto("");
  const reading = await page
    .locator(".sidebar a")
    .evaluateAll((links) =>
      (links as HTMLAnchorElement[])
        .filter((link) => /\/(chapters|families|case-studies)\/[^/]+\/$/.test(link.pathname))
        .map((link) => link.querySelector("span:last-child")!.textContent!.trim()),
    );
  await page.goto("print/");
  const partTitles = await page.locator(".print-part h1").allTextContents();
  expect(partTitles.slice(0, reading.length)).toEqual(reading);

  // Every entry of the contents leads to its part.
  const contents = await page
    .getByRole("navigation", { name: "Contents" })
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(contents).toHaveLength(partTitles.length);

  const report = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    const links = [...document.querySelectorAll<HTMLAnchorElement>("main a[href]")];
    return {
      duplicates: ids.filter((id, index) => ids.indexOf(id) !== index && !document.getElementById(id)?.closest("svg")),
      dangling: links
        .filter(
          (link) =>
            link.getAttribute("href")!.startsWith("#") &&
            !document.getElementById(decodeURIComponent(link.hash.slice(1))),
        )
        .map((link) => link.getAttribute("href")),
      // Links to a chapter, family page, case study or the glossary should stay inside this page.
      leaving: links
        .filter(
          (link) =>
            link.origin === location.origin &&
            /\/(chapters|families|case-studies|glossary)\/[^/]+\/$/.test(link.pathname),
        )
        .map((link) => link.getAttribute("href")),
      diagramIds: [...document.querySelectorAll("figure.diagram svg")].map((svg) => svg.id),
      searchable: document.querySelector("[data-pagefind-body]") !== null,
    };
  });
  expect(report.duplicates).toEqual([]);
  expect(report.dangling).toEqual([]);
  expect(report.leaving).toEqual([]);
  expect(report.diagramIds.length).toBeGreaterThan(10);
  expect(new Set(report.diagramIds).size).toBe(report.diagramIds.length);
  expect(report.searchable).toBe(false);

  await startPrinting(page);
  const breaks = await page
    .locator(".print-part")
    .evaluateAll((parts) => parts.map((part) => getComputedStyle(part).breakBefore));
  expect(new Set(breaks)).toEqual(new Set(["page"]));
  await expect(page.locator(".print-toolbar")).toBeHidden();
});

// /print/ is left out of the sitemap (it repeats every page and is marked noindex), so the sitemap-wide axe
// run does not reach it; it is checked here. It has one h1 per chapter on purpose: they become the PDF's
// top-level bookmarks. Its parts are the same article markup as the chapter and case-study pages, which axe
// checks one by one in both themes; what is new here is the page's own chrome (toolbar, cover, contents) and
// how a part is wrapped. So axe checks those and the first part — a whole-page run would cost a minute and
// grow with every page — while the test above checks the whole page for duplicate ids and dangling links.
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
for (const colorScheme of ["light", "dark"] as const) {
  test(`the one-page guide's toolbar, cover, contents and first part have no axe violations in ${colorScheme} mode`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto("print/");
    const firstPart = await page.locator(".print-part").first().getAttribute("id");
    expect(firstPart).toMatch(/^[\w-]+$/);
    const results = await new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .include(".print-toolbar")
      .include(".print-cover")
      .include(".print-contents")
      .include(`#${firstPart}`)
      .analyze();
    const violations = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
    expect(violations, violations.join("\n")).toEqual([]);
  });
}
