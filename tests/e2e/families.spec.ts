/**
 * The problem families: a sidebar group between the framework and the case studies, a page per family that
 * lists its cases from the cases' frontmatter, each case linking back to its families, and every step chapter
 * linking into each family's section for that step.
 */
import { expect, test } from "@playwright/test";
import { FAMILIES } from "../../src/lib/families.ts";

test("the sidebar lists the families after the tracks and before the case studies @base", async ({ page }) => {
  await page.goto("chapters/introduction/");
  const groups = await page.locator("nav.sidebar h2, nav.sidebar .sidebar__group-label").allTextContents();
  const labels = groups.map((text) => text.trim());
  const families = labels.indexOf("Problem families");
  expect(families).toBeGreaterThan(labels.indexOf("The framework"));
  expect(families).toBeLessThan(labels.indexOf("Case studies"));
  for (const family of FAMILIES) {
    await expect(
      page.getByRole("navigation").getByRole("link", { name: family.title, exact: true }).first(),
    ).toHaveAttribute("href", new RegExp(`/families/${family.id}/$`));
  }
});

test("a family page lists its main cases, then the cases that draw on it, and a case links back", async ({ page }) => {
  await page.goto("families/search/");
  const cases = page.locator("section.family-cases");
  await expect(cases.getByRole("heading", { name: "Case studies in this family" })).toBeVisible();
  const main = cases.locator(":scope > ul").first().getByRole("link");
  await expect(main.filter({ hasText: /e-commerce marketplace/i })).toHaveCount(1);
  const drawing = cases.locator("h3 + ul").getByRole("link");
  await expect(drawing.filter({ hasText: /RAG|retrieval-augmented|assistant/i }).first()).toBeVisible();

  await main
    .filter({ hasText: /visual search/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/case-studies\/visual-search\/$/);
  const family = page.locator("dl.facts").getByRole("link", { name: "Perception at scale" });
  await expect(family).toHaveAttribute("href", /\/families\/perception\/$/);
  await family.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Perception at scale");
  await expect(page.locator("section.family-cases").getByRole("link", { name: /visual search/i })).toHaveCount(1);
});

test("a step chapter links to that step's section of every family", async ({ page }) => {
  await page.goto("chapters/model/");
  const applied = page.locator("section.applied-in");
  for (const family of FAMILIES) {
    await expect(applied.getByRole("link", { name: family.title, exact: true })).toHaveAttribute(
      "href",
      new RegExp(`/families/${family.id}/#step-model$`),
    );
  }
  await applied.getByRole("link", { name: "Forecasting and estimation", exact: true }).click();
  await expect(page.locator("#step-model")).toBeInViewport();
  await expect(page.locator("#step-model .step-badge")).toHaveText("Step 4");
});
