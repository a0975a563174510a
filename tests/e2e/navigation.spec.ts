import { expect, test } from "@playwright/test";

test("the home page explains the guide and links to the introduction", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ML System Design Field Guide");
  await expect(page.locator("figure.diagram svg")).toBeVisible();
  await page.getByRole("link", { name: "Start with the introduction" }).click();
  await expect(page).toHaveURL(/\/chapters\/introduction\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Introduction");
});

test("the sidebar follows the framework, marks the current page, and previous/next follow the same order @base", async ({
  page,
}) => {
  await page.goto("chapters/data/");
  const nav = page.getByRole("navigation", { name: "Guide" });
  const framework = nav.locator("section", { hasText: "The framework" }).getByRole("link");
  await expect(framework).toHaveCount(7);
  await expect(framework.first()).toContainText("Clarify scope and requirements");
  await expect(nav.locator('a[aria-current="page"]')).toHaveText(/Data and features/);
  await page.getByRole("navigation", { name: "Previous and next page" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/chapters\/model\/$/);
  await expect(
    page.getByRole("navigation", { name: "Previous and next page" }).getByRole("link", { name: /Previous/ }),
  ).toContainText("Data and features");
});

test("a chapter has a table of contents, copyable heading anchors, reading time and a last-updated date", async ({
  page,
}) => {
  await page.goto("chapters/scope/");
  const toc = page.getByRole("complementary", { name: "On this page" });
  await expect(toc.getByRole("link").first()).toBeVisible();
  const firstTocLink = toc.getByRole("link").nth(1);
  const target = await firstTocLink.getAttribute("href");
  await firstTocLink.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(`${target} .heading-anchor`)).toHaveAttribute("href", target!);
  await expect(page.locator(".page-meta")).toContainText(/\d+ min read/);
  await expect(page.locator(".page-meta time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
});

test("the table of contents highlights the section being read", async ({ page }) => {
  await page.goto("chapters/scope/");
  const current = page.locator('.toc a[aria-current="true"]');
  await expect(current).toHaveCount(1);
  const first = await current.getAttribute("href");
  await page.evaluate(() => document.getElementById("common-mistakes")!.scrollIntoView({ block: "start" }));
  await expect(current).toHaveAttribute("href", "#common-mistakes");
  expect(first).not.toBe("#common-mistakes");
});

test("a missing page shows the 404 page @base", async ({ page }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("phones: no horizontal scrolling, and the sidebar opens as a drawer", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["./", "chapters/data/", "chapters/model/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  const nav = page.getByRole("navigation", { name: "Guide" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Open the guide's menu" }).click();
  await expect(nav).toBeVisible();
  await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
});
