import { expect, test } from "@playwright/test";
import { STEPS } from "../../src/lib/steps.ts";

test("from the Data chapter to the CTR case's data section and back", async ({ page }) => {
  await page.goto("chapters/data/");
  const applied = page.locator("section.applied-in");
  await expect(applied.getByRole("heading", { name: "Applied in the case studies" })).toBeVisible();
  await applied.getByRole("link", { name: /CTR/ }).click();
  await expect(page).toHaveURL(/\/case-studies\/ctr-prediction\/#step-data$/);
  const section = page.locator("#step-data");
  await expect(section).toBeInViewport();
  await section.getByRole("link", { name: /Step 3: read the chapter/ }).click();
  await expect(page).toHaveURL(/\/chapters\/data\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data and features");
});

test("a case study shows its 45-minute plan and one badged section per step, in order", async ({ page }) => {
  await page.goto("case-studies/ctr-prediction/");
  const plan = page.locator("section.answer-plan");
  await expect(plan.getByRole("heading")).toHaveText("The answer in 45 minutes");
  await expect(plan.locator("tbody tr")).toHaveCount(7);
  await expect(plan.locator("tbody tr").first().locator("td").first()).toHaveText("0–5");
  await expect(plan.locator("tbody tr").last().locator("td").first()).toHaveText("40–45");
  const ids = await page.locator("h2[id^='step-']").evaluateAll((headings) => headings.map((h) => h.id));
  expect(ids).toEqual(STEPS.map((step) => `step-${step.id}`));
  for (const step of STEPS) {
    await expect(page.locator(`#step-${step.id} .step-badge`)).toHaveText(`Step ${step.number}`);
  }
});
