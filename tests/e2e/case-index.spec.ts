/**
 * The case-study index and the links between cases and chapters: every case is on the index with its prompt,
 * difficulty and domains, readable without JavaScript; with JavaScript it filters by domain and difficulty
 * and keeps the filter in the URL; related cases link each other both ways; every step chapter leads into
 * every case's matching section.
 */
import { expect, test } from "@playwright/test";
import { STEPS } from "../../src/lib/steps.ts";
import { sitemapPaths } from "./site-urls.ts";

const CASES = sitemapPaths().filter((path) => /^case-studies\/[^/]+\/$/.test(path));
const slugOf = (path: string) => path.split("/")[1]!;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the index lists every case with its prompt, difficulty and domains, grouped under headings", async ({
    page,
  }) => {
    await page.goto("case-studies/");
    const cards = page.locator("[data-case-group] .card");
    await expect(cards).toHaveCount(CASES.length);
    for (const path of CASES) {
      const card = cards.filter({ has: page.locator(`a[href$="/${path}"]`) });
      await expect(card, path).toHaveCount(1);
      await expect(card.locator("p").first()).not.toBeEmpty();
      await expect(card.locator("dt")).toContainText(["Difficulty", "Domains"]);
    }
    expect(await page.locator("[data-case-group] h2").count()).toBeGreaterThan(1);
    // A filter that cannot work without JavaScript is not shown.
    await expect(page.locator("[data-case-filter]")).toBeHidden();
  });
});

test("the index filters by domain and difficulty, says how many are shown, and keeps the filter in the URL", async ({
  page,
}) => {
  await page.goto("case-studies/");
  const form = page.getByRole("group", { name: "Filter case studies" });
  const visible = page.locator("[data-case-group] .card:visible");
  await expect(visible).toHaveCount(CASES.length);
  await expect(form.getByRole("status")).toHaveText(`Showing all ${CASES.length} case studies.`);

  await form.getByLabel("Domain").selectOption("search");
  await expect(page).toHaveURL(/\?domain=search$/);
  const searchCards = await page.locator('[data-case-group] .card[data-domains~="search"]').count();
  expect(searchCards).toBeGreaterThan(0);
  await expect(visible).toHaveCount(searchCards);
  await expect(form.getByRole("status")).toHaveText(`Showing ${searchCards} of ${CASES.length} case studies.`);
  // Groups left without a visible card are hidden too.
  for (const group of await page.locator("[data-case-group]").all())
    if ((await group.locator(".card:visible").count()) === 0) await expect(group).toBeHidden();

  // A shared link restores the filter, and an unknown value is ignored rather than hiding everything.
  await page.goto("case-studies/?domain=recommendation&difficulty=hard");
  await expect(form.getByLabel("Domain")).toHaveValue("recommendation");
  await expect(form.getByLabel("Difficulty")).toHaveValue("hard");
  const expected = await page
    .locator('[data-case-group] .card[data-domains~="recommendation"][data-difficulty="hard"]')
    .count();
  await expect(visible).toHaveCount(expected);
  await page.goto("case-studies/?domain=astrology");
  await expect(visible).toHaveCount(CASES.length);
});

test("related case studies link each other both ways", async ({ page }) => {
  const links = new Map<string, string[]>();
  for (const path of CASES) {
    await page.goto(path);
    const related = await page
      .locator("#related-case-studies + ul a")
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    links.set(
      slugOf(path),
      related.map((href) => href.split("/").filter(Boolean).at(-1)!),
    );
  }
  for (const [slug, related] of links)
    for (const other of related) expect(links.get(other), `${other} links back to ${slug}`).toContain(slug);
  expect([...links.values()].some((related) => related.length > 0)).toBe(true);
});

test("every step chapter links into every case study's matching section", async ({ page }) => {
  for (const step of STEPS) {
    await page.goto(`chapters/${step.id}/`);
    const hrefs = await page
      .locator("section.applied-in a")
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    // The family links beside them are tested in families.spec.ts.
    const targets = hrefs
      .map((href) => new URL(href))
      .filter((url) => url.pathname.includes("/case-studies/"))
      .map((url) => `${url.pathname.split("/").at(-2)}${url.hash}`);
    expect(targets.sort(), step.id).toEqual(CASES.map((path) => `${slugOf(path)}#step-${step.id}`).sort());
  }
  // Following the link lands on the section, for each case.
  for (const path of CASES) {
    await page.goto("chapters/model/");
    await page.locator(`section.applied-in a[href*="/${path}#step-model"]`).click();
    await expect(page.locator("#step-model")).toBeInViewport();
    await expect(page.locator("#step-model .step-badge")).toHaveText("Step 4");
  }
});
