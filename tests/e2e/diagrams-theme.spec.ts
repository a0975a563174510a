import { expect, test } from "@playwright/test";

test("diagrams are inline SVG with visible captions, and no Mermaid JavaScript is loaded", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("chapters/data/");
  const figures = page.locator("figure.diagram");
  expect(await figures.count()).toBeGreaterThanOrEqual(2);
  const first = figures.first();
  await expect(first.locator("svg")).toBeVisible();
  await expect(first.locator("figcaption")).not.toBeEmpty();
  // Labels are SVG text, so they can be read, searched and printed.
  expect((await first.locator("svg text").allTextContents()).join(" ")).toMatch(/Kafka/);
  const mermaidScripts = [];
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    if (/mermaid/i.test(body)) mermaidScripts.push(url);
  }
  expect(mermaidScripts).toEqual([]);
});

test("diagram ids are unique on the page", async ({ page }) => {
  await page.goto("chapters/model/");
  const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((element) => element.id));
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  expect(duplicates).toEqual([]);
});

test("the theme follows the OS, the toggle switches it, and the choice persists across pages", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("chapters/data/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // Dark mode is applied to the diagram by CSS: one SVG serves both themes.
  const darkFilter = await page
    .locator(".diagram__canvas")
    .first()
    .evaluate((el) => getComputedStyle(el).filter);
  expect(darkFilter).toContain("invert");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(
    await page
      .locator(".diagram__canvas")
      .first()
      .evaluate((el) => getComputedStyle(el).filter),
  ).toBe("none");
  await page.goto("chapters/model/");
  // Set before first paint by the inline script, so there is no flash of the other theme.
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "false");
  await context.close();
});

test("the theme is set before the page paints", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  await context.addInitScript(() => localStorage.setItem("theme", "dark"));
  const page = await context.newPage();
  // Record the theme at the first moment the body exists, before any module script runs.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
          document.documentElement.dataset["theme"];
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("chapters/scope/");
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe(
    "dark",
  );
  await context.close();
});
