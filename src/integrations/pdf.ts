/**
 * PDFs built with the site. In astro:build:done (after the link check, so a broken site is never printed)
 * every page that has a "Download PDF" link (`<a data-pdf-download>`) is printed with Playwright's Chromium to
 * the file that link names: A4, with a document outline (bookmarks) and tagged for screen readers.
 *
 * - The built output is served to the browser from disk at the site's own origin (request interception), so
 *   links in the PDFs point at the published site rather than at a local port, and nothing else is fetched.
 * - A PDF is reused from the cache (.cache/pdf) when the page's HTML, the CSS and scripts it loads, the
 *   browser and the print options are unchanged.
 * - Pages print two at a time (the machines have 2 cores), longest first.
 * - The downloads page gets each PDF's size and page count; dist/.pdf-stats.json gets timings for the bench.
 *
 * The link check runs before any PDF exists, so in astro:build:generated each planned PDF is reserved with
 * an empty file; it is overwritten before the build finishes, or the build fails.
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { chromium, type Browser, type BrowserContext } from "playwright";
import { CHROMIUM_ARGS, requireBrowser } from "../lib/browser.ts";
import { pageUrlOf } from "./check-links.ts";
import {
  PDF_STATS_FILE,
  assetUrlsOf,
  contentTypeOf,
  countPdfPages,
  describePdf,
  fileForUrlPath,
  pdfCacheKey,
  pdfJobsIn,
  runPool,
  type PdfJob,
  type PdfStat,
  type PdfStats,
} from "../lib/print/pdf.ts";

export interface PdfExportOptions {
  /** Folder of cached PDFs, keyed by content hash. */
  cacheDir: string;
  /** Pages printed at once. */
  concurrency?: number;
}

/** Changes whenever the way pages are printed changes, so old cached PDFs are not reused. */
const PRINT_OPTIONS = { format: "A4", printBackground: true, outline: true, tagged: true } as const;
const CACHE_VERSION = `1 ${JSON.stringify(PRINT_OPTIONS)}`;
/** Cached PDFs unused for this long are deleted. */
const CACHE_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every PDF the built pages link to with data-pdf-download; two pages claiming one file is a bug. */
async function planJobs(root: string, base: string): Promise<PdfJob[]> {
  const jobs: PdfJob[] = [];
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, "utf8");
    jobs.push(...pdfJobsIn(html, pageUrlOf(path.relative(root, file), base)));
  }
  const unique = new Map<string, PdfJob>();
  for (const job of jobs) {
    const other = unique.get(job.pdf);
    if (other && other.page !== job.page)
      throw new Error(`${job.pdf} is claimed by both ${other.page} and ${job.page}`);
    unique.set(job.pdf, job);
  }
  return [...unique.values()];
}

function printerIdentity(executable: string): string {
  const version = execFileSync(executable, ["--version"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();
  return `${version} ${CACHE_VERSION}`;
}

/** Answers the browser's requests for the site's origin from the output folder; everything else is refused. */
async function serveFromDisk(context: BrowserContext, root: string, site: URL, base: string): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== site.origin) {
      await route.abort("blockedbyclient");
      return;
    }
    const relative = fileForUrlPath(url.pathname, base);
    const file = relative === undefined ? undefined : path.join(root, relative);
    if (!file || !existsSync(file)) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    await route.fulfill({ status: 200, contentType: contentTypeOf(file), body: await readFile(file) });
  });
}

async function printPage(context: BrowserContext, url: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Chromium fires `beforeprint` for page.pdf(), so the page's own listener opens every answer and
    // switches to light colours, exactly as for a reader's Ctrl-P.
    return await page.pdf(PRINT_OPTIONS);
  } finally {
    await page.close();
  }
}

async function fillDownloadSizes(root: string, base: string, stats: PdfStat[]): Promise<void> {
  const byPdf = new Map(stats.map((stat) => [stat.pdf, stat]));
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, "utf8");
    if (!html.includes("data-pdf-size=")) continue;
    const filled = html.replace(
      /(<span\b[^>]*\bdata-pdf-size="([^"]+)"[^>]*>)[\s\S]*?(<\/span>)/g,
      (_whole, open: string, pdf: string, close: string) => {
        const stat = byPdf.get(pdf);
        if (!stat) throw new Error(`${pageUrlOf(path.relative(root, file), base)} lists ${pdf}, which no page prints`);
        return `${open}(${describePdf(stat.bytes, stat.pages)})${close}`;
      },
    );
    await writeFile(file, filled);
  }
}

async function pruneCache(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    const file = path.join(cacheDir, name);
    const modified = await stat(file)
      .then((info) => info.mtimeMs)
      .catch(() => now);
    if (now - modified > CACHE_MAX_AGE_MS) await rm(file, { force: true });
  }
}

export default function pdfExport(options: PdfExportOptions): AstroIntegration {
  const concurrency = options.concurrency ?? 2;
  let base = "/";
  let site = new URL("http://localhost:4321/");
  let jobs: PdfJob[] = [];

  async function printAll(root: string, logger: AstroIntegrationLogger): Promise<PdfStats> {
    const started = performance.now();
    const executable = requireBrowser();
    const printer = printerIdentity(executable);
    const cacheDir = path.resolve(options.cacheDir);
    await mkdir(cacheDir, { recursive: true });

    const planned = await Promise.all(
      jobs.map(async (job) => {
        const html = await readFile(path.join(root, fileForUrlPath(job.page, base)!), "utf8");
        const assets = await Promise.all(
          assetUrlsOf(html).map(async (url) => {
            const relative = fileForUrlPath(new URL(url, `http://site.invalid${job.page}`).pathname, base);
            return relative ? readFile(path.join(root, relative)).catch(() => url) : url;
          }),
        );
        const cached = path.join(cacheDir, `${pdfCacheKey({ html, assets, printer })}.pdf`);
        return { job, cached, size: html.length };
      }),
    );

    let browser: Browser | undefined;
    let context: BrowserContext | undefined;
    const contextFor = async (): Promise<BrowserContext> => {
      if (context) return context;
      browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
      context = await browser.newContext({ colorScheme: "light" });
      await serveFromDisk(context, root, site, base);
      return context;
    };

    // The longest pages (the whole guide) go first so the pool does not end waiting on one big job.
    const order = [...planned].sort((a, b) => b.size - a.size);
    try {
      const stats = await runPool(order, concurrency, async ({ job, cached }): Promise<PdfStat> => {
        const target = path.join(root, fileForUrlPath(job.pdf, base)!);
        await mkdir(path.dirname(target), { recursive: true });
        if (existsSync(cached)) {
          await copyFile(cached, target);
          const now = new Date();
          await utimes(cached, now, now);
          const pdf = await readFile(target);
          return { page: job.page, pdf: job.pdf, bytes: pdf.length, pages: countPdfPages(pdf), ms: 0, cached: true };
        }
        const pageStarted = performance.now();
        const pdf = await printPage(await contextFor(), new URL(job.page, site).href);
        const ms = Math.round(performance.now() - pageStarted);
        await writeFile(target, pdf);
        // Several builds (other output folders) may share the cache: publish each entry whole, by rename.
        const partial = `${cached}.${process.pid}.tmp`;
        await writeFile(partial, pdf);
        await rename(partial, cached);
        logger.info(`printed ${job.pdf} (${Math.round(pdf.length / 1024)} KB) in ${(ms / 1000).toFixed(1)} s`);
        return { page: job.page, pdf: job.pdf, bytes: pdf.length, pages: countPdfPages(pdf), ms, cached: false };
      });
      return {
        totalMs: Math.round(performance.now() - started),
        concurrency,
        pdfs: stats.sort((a, b) => a.pdf.localeCompare(b.pdf)),
      };
    } finally {
      await browser?.close();
    }
  }

  return {
    name: "field-guide:pdf",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        if (config.site) site = new URL(config.site);
      },
      "astro:build:generated": async ({ dir }) => {
        const root = fileURLToPath(dir);
        jobs = await planJobs(root, base);
        for (const job of jobs) {
          const target = path.join(root, fileForUrlPath(job.pdf, base)!);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, "");
        }
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const stats = await printAll(root, logger);
        await fillDownloadSizes(root, base, stats.pdfs);
        await writeFile(path.join(root, PDF_STATS_FILE), JSON.stringify(stats, null, 2));
        await pruneCache(path.resolve(options.cacheDir));
        const printed = stats.pdfs.filter((s) => !s.cached).length;
        logger.info(
          `${stats.pdfs.length} PDFs in ${(stats.totalMs / 1000).toFixed(1)} s: ${printed} printed, ${stats.pdfs.length - printed} from cache`,
        );
      },
    },
  };
}
