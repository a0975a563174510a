/**
 * Every page in the sitemap: no axe violations (WCAG 2.0/2.1/2.2 A and AA, best practices) at desktop and phone
 * widths, one h1, the landmarks a screen-reader user expects, captions on figures, and not a single request to
 * another origin.
 *
 * Cost per page is what decides how long the suite takes as the guide grows, so each page is loaded once
 * per theme. In light mode every rule runs. Dark mode changes colours only (the same markup, restyled by
 * data-theme), so there only the rules that depend on colour run — the whole-rule pass is what takes time.
 */
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sitemapPaths } from "./site-urls.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
/** The axe rules whose outcome depends on colours. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

const PATHS = sitemapPaths();

/** The widths readers use: a laptop and a phone. Layout (sidebar, tables, search button) differs between them. */
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 720 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** Runs axe at each viewport on the loaded page, resizing in place (no reload), labelling each finding. */
async function violationsAtEachWidth(page: Page, rules: "all" | string[]): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    found.push(...(await axeViolations(page, rules)).map((v) => `${viewport.name} ${viewport.width}px: ${v}`));
  }
  return found;
}

async function axeViolations(page: Page, rules: "all" | string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (rules === "all" ? builder.withTags(TAGS) : builder.withRules(rules)).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(" "))
      .join(" | ");
    return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
  });
}

/** Loads a page, failing the test if anything on it comes from another origin. */
async function open(page: Page, path: string, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(request.url());
  });
  const response = await page.goto(path || "./");
  expect(response?.status(), `${path} loads`).toBe(200);
  return foreign;
}

for (const path of PATHS) {
  test.describe(path || "home", () => {
    // Axe on a long page takes seconds, and longer on a busy machine; the limit is there to catch a hang.
    test.describe.configure({ timeout: 120_000 });

    test("light mode: no axe violations, one h1, landmarks, captions, nothing from another origin", async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme: "light" });
      const foreign = await open(page, path, new URL(baseURL!).origin);
      expect(await page.locator("html").getAttribute("data-theme")).toBe("light");

      const violations = await violationsAtEachWidth(page, "all");
      expect(violations, violations.join("\n")).toEqual([]);

      await expect(page.locator("h1"), "one h1").toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("banner")).toHaveCount(1);
      expect(await page.getByRole("navigation").count()).toBeGreaterThan(0);
      await expect(page.locator("a.skip-link")).toHaveAttribute("href", "#main");
      expect(await page.locator("figure:not(:has(figcaption))").count(), "figures without a caption").toBe(0);
      expect(await page.locator("img:not([alt])").count(), "images without alt").toBe(0);
      expect(foreign).toEqual([]);
    });

    test("dark mode: colours pass axe's contrast rules, nothing from another origin", async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      const foreign = await open(page, path, new URL(baseURL!).origin);
      expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
      const violations = await violationsAtEachWidth(page, COLOUR_RULES);
      expect(violations, violations.join("\n")).toEqual([]);
      expect(foreign).toEqual([]);
    });
  });
}

test("the skip link moves focus to the main content and focus is visible", async ({ page }) => {
  await page.goto("chapters/data/");
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  await expect(skip).toBeFocused();
  expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test.describe("as a crawler sees it (no JavaScript)", () => {
  test.use({ javaScriptEnabled: false });
  test("every page is reachable by following links from the home page @base", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const expected = new Set(PATHS.filter((p) => p !== "404.html"));
    const base = new URL(baseURL!);
    const seen = new Set<string>([""]);
    const queue = [""];
    while (queue.length > 0) {
      const path = queue.shift()!;
      await page.goto(path || "./");
      const hrefs = await page
        .locator("a[href]")
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname) || !url.pathname.endsWith("/"))
          continue;
        const next = url.pathname.slice(base.pathname.length);
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const unreachable = [...expected].filter((path) => !seen.has(path));
    expect(unreachable).toEqual([]);
  });
});
