import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-dev-shm-usage"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto("http://localhost:4321/chapters/data/");
console.log(await page.evaluate(() => { const s = getComputedStyle(document.querySelector(".sidebar")); const r = document.querySelector(".sidebar").getBoundingClientRect(); return [s.display, s.position, s.visibility, s.opacity, JSON.stringify(r), s.overlay, s.inset]; }));
await browser.close();
