import { chromium } from "playwright";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
page.on("console", (m) => console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto("http://localhost:4321/");
console.log(
  await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right)),
  ),
);
await page.setViewportSize({ width: 1280, height: 720 });
await page.goto("http://localhost:4321/chapters/scope/");
const href = await page.locator(".toc a").nth(3).getAttribute("href");
await page.evaluate((id) => document.getElementById(id.slice(1)).scrollIntoView({ block: "start" }), href);
await page.waitForTimeout(500);
console.log(
  href,
  await page.evaluate(() =>
    [...document.querySelectorAll('.toc a[aria-current="true"]')].map((a) => a.getAttribute("href")),
  ),
  await page.evaluate(() => scrollY),
);
await browser.close();
