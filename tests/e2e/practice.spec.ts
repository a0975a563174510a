/**
 * The mock interview (/practice/) and the practice prompts as a reader uses them: readable without JavaScript;
 * with it, a timer in per-step boxes (driven by a fake clock, so no test waits minutes), a warning that is shown
 * and announced, notes that survive a reload, the outline revealed only once a step is written, the Markdown
 * export, a damaged saved session dropped with a notice, and the whole flow by keyboard.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { STEPS } from "../../src/lib/steps.ts";
import { sitemapPaths } from "./site-urls.ts";

const PROMPTS = sitemapPaths().filter((path) => /^practice\/prompts\/[^/]+\/$/.test(path));
const CASE = "case-ctr-prediction";

async function beginInterview(page: Page, id = CASE): Promise<void> {
  await page.getByLabel("Prompt").selectOption(id);
  await page.getByRole("button", { name: "Start a new interview" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /CTR prediction/ })).toBeVisible();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the mock interview page explains the method and lists every case and prompt to practise", async ({ page }) => {
    await page.goto("practice/");
    await expect(page.getByText("The timer and the saved notes need JavaScript.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start a new interview" })).toBeHidden();
    const boxes = page.locator("#the-time-boxes + .table-scroll tbody tr");
    await expect(boxes).toHaveCount(STEPS.length);
    for (const [index, step] of STEPS.entries())
      await expect(boxes.nth(index)).toContainText(`${step.number}. ${step.short}${step.minutes}`);
    const cases = sitemapPaths().filter((path) => /^case-studies\/[^/]+\/$/.test(path));
    await expect(page.locator("#case-studies-to-practise + ul a")).toHaveCount(cases.length);
  });

  test("every practice prompt is listed, and its hints are there to open, one per step, with links", async ({
    page,
  }) => {
    expect(PROMPTS.length).toBeGreaterThan(0);
    await page.goto("practice/prompts/");
    for (const path of PROMPTS) await expect(page.locator(`main a[href$="/${path}"]`), path).toHaveCount(1);
    await page.goto(PROMPTS[0]!);
    const hints = page.locator("main details");
    await expect(hints).toHaveCount(STEPS.length);
    await expect(hints.first().locator("a").first()).toBeHidden();
    await hints.first().locator("summary").click();
    await expect(hints.first().locator("a").first()).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: new Date("2026-12-02T09:00:00Z") });
    await page.goto("practice/");
  });

  test("the timer counts down the step, warns a minute before its end, and moves to the next step", async ({
    page,
  }) => {
    await beginInterview(page);
    const clockFace = page.locator(".mock__clock");
    const stepName = page.locator("[data-step-name]");
    await expect(stepName).toHaveText("Step 1: Scope");
    await expect(page.locator("[data-box-left]")).toHaveText("5:00");
    await expect(page.locator("[data-total-left]")).toHaveText("45:00");
    await page.getByRole("button", { name: "Start the timer" }).click();
    await page.clock.runFor("03:59");
    await expect(page.getByText("One minute left", { exact: true })).toBeHidden();
    await page.clock.runFor("00:02");
    await expect(page.getByText("One minute left", { exact: true })).toBeVisible();
    await expect(page.locator("[data-announce]")).toHaveText("One minute left for Scope.");
    await page.clock.runFor("01:00");
    await expect(stepName).toHaveText("Step 2: Framing");
    await expect(page.locator("[data-announce]")).toHaveText("Step 2: Framing, 5 minutes.");
    await expect(page.locator('.mock__step[data-step="framing"]')).toHaveAttribute("aria-current", "step");

    // Paused, time stands still; skipping ahead starts the next box in full.
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await clockFace.textContent();
    await page.clock.runFor("02:00");
    await expect(clockFace).toHaveText(paused!);
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(stepName).toHaveText("Step 3: Data");
    await expect(page.locator("[data-box-left]")).toHaveText("8:00");
  });

  test("notes survive a reload, and a step's outline opens only once the step is written", async ({ page }) => {
    await beginInterview(page);
    const reveal = page.locator('[data-reveal="scope"]');
    await expect(reveal).toBeDisabled();
    await page.getByLabel("Your notes for Scope").fill("500M daily searchers, peak 3x.");
    await expect(reveal).toBeEnabled();
    await page.reload();
    await expect(page.getByLabel("Your notes for Scope")).toHaveValue("500M daily searchers, peak 3x.");
    await page.locator('[data-reveal="scope"]').click();
    const outline = page.locator('[data-outline="scope"]');
    await expect(outline).toBeVisible();
    await expect(outline).toBeFocused();
    await expect(outline.locator("[data-outline-summary]")).not.toBeEmpty();
    await expect(outline.locator("li").first()).toBeVisible();
    await expect(outline.getByRole("link", { name: "Read the section" })).toHaveAttribute(
      "href",
      /\/case-studies\/ctr-prediction\/#step-scope$/,
    );
    await page.reload();
    await expect(page.locator('[data-outline="scope"]')).toBeVisible();
  });

  test("the session downloads as Markdown with the notes, the revealed outline and the self-review", async ({
    page,
  }) => {
    await beginInterview(page);
    await page.getByLabel("Your notes for Scope").fill("Assume 140k QPS at peak.");
    await page.locator('[data-reveal="scope"]').click();
    await page.getByRole("button", { name: "End the interview" }).click();
    await expect(page.getByRole("heading", { name: "Self-review" })).toBeVisible();
    await page.getByLabel("Level reached").first().selectOption("senior");
    await page.getByLabel("What you missed").first().fill("The peak factor.");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download notes as Markdown" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`mock-interview-${CASE}.md`);
    const markdown = await new Response((await file.createReadStream()) as unknown as ReadableStream).text();
    expect(markdown).toMatch(/^# Mock interview: .*CTR prediction/);
    expect(markdown).toContain("Assume 140k QPS at peak.");
    expect(markdown).toContain("### Reference outline");
    expect(markdown).toContain("Level reached: Senior");
    expect(markdown).toContain("What I missed: The peak factor.");
  });

  test("a damaged saved session is dropped with a notice, and the page still works", async ({ page }) => {
    await page.evaluate(() => localStorage.setItem("mlsd-field-guide:mock-interview", '{"version":1,"promptId":'));
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "could not be read" })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("mlsd-field-guide:mock-interview"))).toBeNull();
    await beginInterview(page);
  });

  test("keyboard only: pick a prompt, start, pause and move on", async ({ page }) => {
    const select = page.getByLabel("Prompt");
    await select.focus();
    await select.selectOption(CASE);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Pick one at random" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Start a new interview" })).toBeFocused();
    await page.keyboard.press("Enter");
    const toggle = page.getByRole("button", { name: "Start the timer" });
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-step-name]")).toHaveText("Step 2: Framing");
  });

  for (const theme of ["light", "dark"] as const)
    test(`axe finds no violations with a session running, an outline open and the self-review shown (${theme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.reload();
      await beginInterview(page);
      await page.getByLabel("Your notes for Scope").fill("Notes.");
      await page.locator('[data-reveal="scope"]').click();
      await page.getByRole("button", { name: "End the interview" }).click();
      await expect(page.getByRole("heading", { name: "Self-review" })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual(
        [],
      );
    });
});
