/**
 * Relevance, measured the way a reader meets it: every query of tests/search/queries.json is typed into the
 * /search/ page and the first three landings shown (sections, or the result itself when it shows none) must
 * include an expected section for at least 90% of queries. `npm run bench:search` prints the same numbers.
 */
import { expect, test } from "@playwright/test";
import { loadQueries, relevanceOf, runQuery, type QueryRun } from "../search/harness.ts";

const queries = loadQueries();
const base = process.env["BASE_PATH"] ? `/${process.env["BASE_PATH"].replace(/^\/+|\/+$/g, "")}/` : "/";

test("the query set points at sections that exist", async ({ request }) => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const pages = new Map<string, string>();
  const missing: string[] = [];
  for (const target of queries.flatMap((item) => item.expect)) {
    const [path, anchor] = target.split("#") as [string, string];
    if (!pages.has(path)) pages.set(path, await (await request.get(path.slice(1))).text());
    if (!pages.get(path)!.includes(`id="${anchor}"`)) missing.push(target);
  }
  expect(missing, "expected sections that are not on the site (renamed heading?)").toEqual([]);
});

test("at least 90% of learner queries show the right section among the first three", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("search/");
  const runs: QueryRun[] = [];
  for (const item of queries) runs.push(await runQuery(page, item.query, base));
  const { hitAt1, hitAt3, misses } = relevanceOf(queries, runs);
  test.info().annotations.push({
    type: "relevance",
    description: `hit@1 ${(hitAt1 * 100).toFixed(1)}%, hit@3 ${(hitAt3 * 100).toFixed(1)}%`,
  });
  const report = misses
    .map((miss) => `"${miss.query}": expected ${miss.expect}, got ${miss.got.join(", ") || "nothing"}`)
    .join("\n");
  expect(hitAt3, `hit@3 ${(hitAt3 * 100).toFixed(1)}%; misses:\n${report}`).toBeGreaterThanOrEqual(0.9);
});
