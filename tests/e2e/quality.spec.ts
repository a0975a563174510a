/**
 * Every page in the sitemap, in light and dark mode: no axe violations (WCAG 2.0/2.1/2.2 A and AA, best
 * practices), one h1, the landmarks a screen-reader user expects, captions on figures, and not a single
 * request to another origin.
 */
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sitemapPaths } from "./site-urls.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const PATHS = sitemapPaths();

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of PATHS) {
      test(`${path || "home"}: no axe violations, nothing from another origin`, async ({ page, baseURL }) => {
        const origin = new URL(baseURL!).origin;
        const foreign: string[] = [];
        page.on("request", (request) => {
          const url = new URL(request.url());
          if (url.protocol.startsWith("http") && url.origin !== origin) foreign.push(request.url());
        });
        const response = await page.goto(path || "./");
        expect(response?.status(), `${path} loads`).toBe(200);
        expect(await page.locator("html").getAttribute("data-theme")).toBe(colorScheme);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const violations = results.violations.map((violation) => {
          const targets = violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(" | ");
          return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
        });
        expect(violations, violations.join("\n")).toEqual([]);
        expect(foreign).toEqual([]);
      });
    }
  });
}

test("every page has one h1, a skip link, main/banner/navigation landmarks, and captions on its figures", async ({
  page,
}) => {
  for (const path of PATHS) {
    await page.goto(path);
    await expect(page.locator("h1"), `${path} h1 count`).toHaveCount(1);
    await expect(page.getByRole("main"), path).toHaveCount(1);
    await expect(page.getByRole("banner"), path).toHaveCount(1);
    expect(await page.getByRole("navigation").count(), path).toBeGreaterThan(0);
    await expect(page.locator("a.skip-link"), path).toHaveAttribute("href", "#main");
    const uncaptioned = await page.locator("figure:not(:has(figcaption))").count();
    expect(uncaptioned, `${path} figures without a caption`).toBe(0);
    const imagesWithoutAlt = await page.locator("img:not([alt])").count();
    expect(imagesWithoutAlt, `${path} images without alt`).toBe(0);
  }
});

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
  test("every page is reachable by following links from the home page", async ({ page, baseURL }) => {
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
