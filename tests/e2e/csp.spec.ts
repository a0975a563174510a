/**
 * The Content-Security-Policy works as an HTTP header, as the README tells hosts to send it: a header applies
 * before the page's own <meta> policy is read, so every inline script must be allowed by hash. If one is not,
 * the theme script is blocked and the reader's saved theme is ignored.
 */
import { expect, test } from "@playwright/test";

test("with the policy sent as a header, no script is blocked and the saved theme is applied", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  // Only pages are rewritten; scripts, styles and fonts go straight through (fetching them here would race
  // the reload, which cancels the previous page's requests).
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const html = await response.text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(policy, "the page carries its policy").toBeTruthy();
    return route.fulfill({
      response,
      body: html,
      headers: { ...response.headers(), "content-security-policy": policy!.replace(/&#39;/g, "'") },
    });
  });
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto("chapters/data/");
  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(blocked).toEqual([]);
});
