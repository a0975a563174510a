/**
 * `npm run lighthouse`: Lighthouse scores for the home page, a chapter and a case study of the built site,
 * served locally and audited in the system Chromium. Prints numbers; the targets are in the README.
 */
import { spawn } from "node:child_process";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, requireBrowser } from "../src/lib/browser.ts";
import { buildSettings } from "../src/lib/settings.ts";

const PORT = 4340;
const { base } = buildSettings(process.env);
const PAGES = { home: "", chapter: "chapters/data/", "case study": "case-studies/ctr-prediction/" };

async function waitFor(url: string, attempts = 60): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

const server = spawn("npm", ["run", "-s", "preview", "--", "--host", "127.0.0.1", "--port", String(PORT)], {
  stdio: "ignore",
  detached: true,
});
const root = `http://127.0.0.1:${PORT}${base}`;
try {
  await waitFor(root);
  const chrome = await launch({ chromePath: requireBrowser(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    console.log(
      `${"page".padEnd(12)} ${"Performance".padStart(12)} ${"Accessibility".padStart(14)} ${"Best practices".padStart(15)} ${"SEO".padStart(5)}   LCP      CLS    TBT`,
    );
    for (const [label, path] of Object.entries(PAGES)) {
      const result = await lighthouse(`${root}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
      const failed = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
        .map((audit) => audit.id);
      console.log(
        `${label.padEnd(12)} ${score("performance").padStart(12)} ${score("accessibility").padStart(14)} ${score("best-practices").padStart(15)} ${score("seo").padStart(5)}   ` +
          `${audits["largest-contentful-paint"]?.displayValue ?? "?"}  ${audits["cumulative-layout-shift"]?.displayValue ?? "?"}  ${audits["total-blocking-time"]?.displayValue ?? "?"}` +
          (failed.length > 0 ? `\n             failing audits: ${failed.join(", ")}` : ""),
      );
    }
  } finally {
    chrome.kill();
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
