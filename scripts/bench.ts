/**
 * `npm run bench`: numbers, not pass/fail. Prints
 *   - full build time with an empty diagram cache, then again with a warm cache, and diagrams rendered vs cached;
 *   - per page: HTML, CSS and JS bytes (gzip) the browser fetches before any interaction, grouped by page kind;
 *   - PDFs: time to print each (cold), sizes, page counts, and the PDF step's total cold and cached.
 * Later issues hold their budgets against these numbers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { assetsOf, inlineBytes, pageKindOf, staticImportsOf, type PageWeight } from "../src/lib/page-weight.ts";
import { buildSettings } from "../src/lib/settings.ts";
import { pdfSummary, printPdfReport, readPdfStats } from "./bench-pdf.ts";

const settings = buildSettings(process.env);
const gz = (text: string | Buffer) => gzipSync(text).length;

function timedBuild(label: string, cacheDir: string, pdfCacheDir: string): ReturnType<typeof readPdfStats> {
  const started = performance.now();
  const result = spawnSync("npm", ["run", "-s", "build"], {
    env: { ...process.env, DIAGRAM_CACHE_DIR: cacheDir, PDF_CACHE_DIR: pdfCacheDir },
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${label} build failed`);
  }
  const stats = JSON.parse(readFileSync(path.join(settings.outDir, ".build-stats.json"), "utf8")) as {
    diagrams: { rendered: number; cached: number };
  };
  const pages = readdirSync(settings.outDir, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
  console.log(
    `${label.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s   ${(seconds / pages).toFixed(2)} s/page   ` +
      `diagrams rendered ${stats.diagrams.rendered}, from cache ${stats.diagrams.cached}   (${pages} pages)`,
  );
  const pdfs = readPdfStats(settings.outDir);
  console.log(`${"".padEnd(22)} ${pdfSummary(pdfs)}`);
  return pdfs;
}

function fileFor(url: string): string {
  const relative = url.startsWith(settings.base) ? url.slice(settings.base.length) : url.replace(/^\//, "");
  return path.join(settings.outDir, relative);
}

function scriptBytes(url: string, seen: Set<string>): number {
  if (seen.has(url)) return 0;
  seen.add(url);
  const file = fileFor(url);
  if (!existsSync(file)) return 0;
  const code = readFileSync(file, "utf8");
  let total = gz(code);
  for (const specifier of staticImportsOf(code))
    total += scriptBytes(new URL(specifier, `http://x${url}`).pathname, seen);
  return total;
}

function weightOf(htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, "utf8");
  const { css, js } = assetsOf(html);
  const inline = inlineBytes(html);
  const seen = new Set<string>();
  return {
    html: gz(html),
    css:
      css.reduce((sum, url) => sum + (existsSync(fileFor(url)) ? gz(readFileSync(fileFor(url))) : 0), 0) +
      (inline.css ? gz(inline.css) : 0),
    js: js.reduce((sum, url) => sum + scriptBytes(url, seen), 0) + (inline.js ? gz(inline.js) : 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

console.log("Build");
const coldCache = mkdtempSync(path.join(os.tmpdir(), "bench-mermaid-"));
const coldPdfCache = mkdtempSync(path.join(os.tmpdir(), "bench-pdf-"));
const coldPdfs = timedBuild("cold (empty cache)", coldCache, coldPdfCache);
const warmPdfs = timedBuild("warm (cached diagrams)", coldCache, coldPdfCache);

console.log("\nPage weight before interaction (gzip)");
console.log(`${"page".padEnd(44)} ${"kind".padEnd(11)} ${"HTML".padStart(9)} ${"CSS".padStart(9)} ${"JS".padStart(9)}`);
const rows = readdirSync(settings.outDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith("index.html") && !file.startsWith("pagefind"))
  .sort()
  .map((file) => {
    const url = `${settings.base}${file.slice(0, -"index.html".length)}`;
    return { url, kind: pageKindOf(url, settings.base), weight: weightOf(path.join(settings.outDir, file)) };
  });
for (const row of rows) {
  console.log(
    `${row.url.padEnd(44)} ${row.kind.padEnd(11)} ${kb(row.weight.html)} ${kb(row.weight.css)} ${kb(row.weight.js)}`,
  );
}
// The budget for reading pages before search is opened (issue: quality gates).
const BUDGET = { js: 15 * 1024, css: 25 * 1024 };
const mark = (bytes: number, limit: number) => (bytes <= limit ? "✓" : "✗ over budget");
console.log(
  `\nLargest per page kind, against the budget (JS ≤ ${BUDGET.js / 1024} KB, CSS ≤ ${BUDGET.css / 1024} KB gzip)`,
);
for (const kind of ["home", "chapter", "case study", "study tool"] as const) {
  const group = rows.filter((row) => row.kind === kind);
  if (group.length === 0) continue;
  const max = (key: keyof PageWeight) => Math.max(...group.map((row) => row.weight[key]));
  console.log(
    `${kind.padEnd(11)} HTML ${kb(max("html"))}   CSS ${kb(max("css"))} ${mark(max("css"), BUDGET.css)}   JS ${kb(max("js"))} ${mark(max("js"), BUDGET.js)}`,
  );
}

printPdfReport(coldPdfs, warmPdfs);

// Lighthouse (Performance, Accessibility, Best practices, SEO; LCP, CLS, TBT) for a home, chapter and case-study page.
console.log("\nLighthouse (targets: Performance ≥ 98, Accessibility, Best practices and SEO 100; CLS 0)");
spawnSync("npm", ["run", "-s", "lighthouse"], { stdio: "inherit", env: process.env });
