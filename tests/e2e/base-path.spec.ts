/**
 * The site works wherever it is hosted: every page, every file a page loads and every link it shows stays
 * under the base path (BASE_PATH), and every file it loads exists. Under `/` this proves that nothing a page
 * loads is missing; under `/guide/` (the second pass of `npm test`) it also proves that no path forgot the base.
 */
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./site-urls.ts";

const PATHS = sitemapPaths().filter((path) => path !== "404.html");

test("every page loads only files under the base path that exist, and links only under it @base", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL!);
  const problems: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== base.origin) return;
    if (!url.pathname.startsWith(base.pathname)) problems.push(`${page.url()} loads ${url.pathname} outside the base`);
    else if (response.status() >= 400) problems.push(`${page.url()} loads ${url.pathname}: HTTP ${response.status()}`);
  });
  for (const path of PATHS) {
    await page.goto(path || "./", { waitUntil: "load" });
    const links = await page
      .locator("a[href]")
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin === base.origin && !url.pathname.startsWith(base.pathname))
        problems.push(`${path || "home"} links to ${url.pathname} outside the base`);
    }
  }
  expect(problems).toEqual([]);
});
