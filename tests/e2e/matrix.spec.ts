/**
 * The matrix (/matrix/), read without JavaScript as most of its readers will: a column for every case in the
 * sitemap, a row for every step, and each cell leads to that step's section of that case, whose heading is
 * where the cell's gist comes from.
 */
import { expect, test } from "@playwright/test";
import { STEPS } from "../../src/lib/steps.ts";
import { sitemapPaths } from "./site-urls.ts";

const CASES = sitemapPaths().filter((path) => /^case-studies\/[^/]+\/$/.test(path));

test.use({ javaScriptEnabled: false });

test("the matrix has a column per case and a row per step, and each cell opens that step of that case", async ({
  page,
}) => {
  await page.goto("matrix/");
  const table = page.getByRole("region", { name: "Matrix of steps and case studies" }).locator("table");
  const caseHeaders = table.locator('thead th[scope="col"] a');
  await expect(caseHeaders).toHaveCount(CASES.length);
  for (const path of CASES) await expect(table.locator(`thead a[href$="/${path}"]`), path).toHaveCount(1);

  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(STEPS.length);
  for (const [index, step] of STEPS.entries()) {
    const row = rows.nth(index);
    await expect(row.locator("th")).toContainText(step.short);
    await expect(row.locator("td a")).toHaveCount(CASES.length);
    for (const href of await row.locator("td a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!)))
      expect(href, `${step.id} row`).toMatch(new RegExp(`/case-studies/[^/]+/#step-${step.id}$`));
  }

  // One cell followed: the section it opens is headed by the words the cell shows.
  const cell = rows.nth(2).locator("td a").first();
  const gist = (await cell.textContent())!.trim();
  await cell.click();
  await expect(page.locator("h2#step-data")).toContainText(gist);
});
