import { expect, test } from "@playwright/test";

test("no search asset loads until search is opened; then it finds the section", async ({ page }) => {
  const searchRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) searchRequests.push(request.url());
  });
  await page.goto("chapters/scope/");
  await page.waitForLoadState("networkidle");
  expect(searchRequests).toEqual([]);

  await page.getByRole("link", { name: /Search/ }).click();
  const input = page.getByRole("searchbox").or(page.getByRole("textbox", { name: /search/i })).first();
  await expect(input).toBeVisible();
  expect(searchRequests.length).toBeGreaterThan(0);
  await input.fill("point-in-time join");
  const result = page.locator('a[href*="/chapters/data/#"]').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/chapters\/data\/(\?[^#]*)?#/);
});

test("Ctrl-K opens search from the keyboard", async ({ page }) => {
  await page.goto("chapters/scope/");
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("searchbox").or(page.getByRole("textbox", { name: /search/i })).first()).toBeVisible();
});
