/**
 * `npm run bench:search`: numbers, not pass/fail, for search on the built site, in headless Chromium with an
 * empty cache, served gzip-compressed like any static host:
 *   - bytes and requests for opening search on a reading page (Ctrl-K) and typing "position bias" until its
 *     results show: every search file fetched, including any fetched before opening (a UI loaded on idle);
 *   - last keystroke to rendered results for a first query (a fresh page each time, search just opened) and for
 *     later queries (every query of tests/search/queries.json typed in turn into the open dialog), p50 and p95;
 *   - relevance: hit@1, hit@3 and the zero-result rate over the same queries (search-relevance.spec.ts holds
 *     them).
 * The same measurements run on another site built from the same content, to compare:
 *   BENCH_SITE=starlight BENCH_DIR=/tmp/starlight-compare/dist npm run bench:search
 * measures a stock Starlight build (its Pagefind UI in its search dialog; relevance is not read there).
 * Builds this site first when OUT_DIR has no search index. BENCH_PORT sets the port (default 4391);
 * BENCH_VERBOSE=1 lists every file fetched.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { createGzip } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright";
import { CHROMIUM_ARGS, requireBrowser } from "../src/lib/browser.ts";
import { buildSettings } from "../src/lib/settings.ts";
import { INPUT_DEBOUNCE_MS } from "../src/lib/search/config.ts";
import { loadQueries, relevanceOf, runQuery, type QueryRun } from "../tests/search/harness.ts";

const settings = buildSettings(process.env);
const port = Number(process.env["BENCH_PORT"] ?? 4391);
const origin = `http://127.0.0.1:${port}`;
const verbose = process.env["BENCH_VERBOSE"] === "1";
const FIRST_QUERY = "position bias";
const FIRST_RUNS = 9;

/** How to drive a site's search: where to open it, what its box is, how to tell its results are shown. */
interface Profile {
  name: string;
  dir: string;
  base: string;
  /** Files that belong to search even when fetched before it is opened (a UI loaded on idle). */
  searchFile: RegExp;
  input: string;
  /** How to tell the results for a query are rendered (see armTimer). */
  ui: "ours" | "pagefind-ui";
}

const ours: Profile = {
  name: "this guide",
  dir: settings.outDir,
  base: settings.base,
  searchFile: /\/pagefind\/|\/_astro\/search[-.]/,
  input: ".search-dialog input[role=combobox]",
  ui: "ours",
};

const starlight: Profile = {
  name: "Starlight",
  dir: process.env["BENCH_DIR"] ?? "/tmp/starlight-compare/dist",
  base: "/",
  searchFile: /\/pagefind\/|pagefind|ui-core|Search\.astro/i,
  input: "dialog[open] input",
  ui: "pagefind-ui",
};

const profile = process.env["BENCH_SITE"] === "starlight" ? starlight : ours;

if (profile === ours && !existsSync(path.join(settings.outDir, "pagefind", "pagefind-entry.json"))) {
  console.log(`No search index in ${settings.outDir}/: building first.`);
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".txt": "text/plain",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** A static host: files under `base`, folders as index.html, text gzip-compressed (Pagefind's own files are). */
function serve(dir: string, base: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", origin).pathname);
    let file = path.join(dir, pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const text = /^(text|application\/json|image\/svg)/.test(type);
    response.writeHead(200, { "content-type": type, ...(text ? { "content-encoding": "gzip" } : {}) });
    const stream = createReadStream(file);
    (text ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

interface Fetched {
  url: string;
  kind: string;
  /** Bytes on the wire: headers plus body as served. */
  transferred: number;
}

function kindOf(url: string, resourceType: string): string {
  if (/wasm\.\w+\.pagefind$/.test(url)) return "WebAssembly";
  if (/\.pf_fragment$/.test(url)) return "page fragments";
  if (/\.pf_(index|filter|meta)$|pagefind-entry\.json|vocabulary/.test(url)) return "index data";
  return resourceType === "stylesheet" || url.endsWith(".css") ? "CSS" : "JavaScript";
}

/** Marks the last keydown and resolves with the time from it to the moment `shown` first holds. */
async function armTimer(page: Page, query: string): Promise<void> {
  await page.evaluate(
    ({ query, ui }) => {
      // Ours: the status line names the query once its results are in. Pagefind's UI: its message names the
      // query and the first result has its title (not a loading placeholder).
      const test = (q: string) =>
        ui === "ours"
          ? document.querySelector<HTMLElement>(".search-dialog .search-status")?.dataset["query"] === q
          : (document.querySelector("dialog[open] .pagefind-ui__message")?.textContent ?? "").includes(q) &&
            document.querySelector("dialog[open] .pagefind-ui__result-link") !== null;
      const state = window as unknown as { __lastKey?: number; __shown?: Promise<number>; __listening?: boolean };
      if (!state.__listening)
        document.addEventListener("keydown", () => (state.__lastKey = performance.now()), { capture: true });
      state.__listening = true;
      state.__shown = new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`no results were shown for "${query}"`)), 15_000);
        const done = () => (test(query) ? (resolve(performance.now()), true) : false);
        if (done()) return;
        const observer = new MutationObserver(() => done() && observer.disconnect());
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    { query, ui: profile.ui },
  );
}

async function elapsed(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const state = window as unknown as { __lastKey?: number; __shown?: Promise<number> };
    const shown = await state.__shown!;
    return shown - (state.__lastKey ?? shown);
  });
}

/** A fresh page (empty cache), search opened with Ctrl-K, `query` typed: the requests made and the time taken. */
async function firstQuery(browser: Browser, query: string): Promise<{ fetched: Fetched[]; ms: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: Promise<Fetched>[] = [];
  let opened = false;
  context.on("requestfinished", (request) => {
    const url = request.url();
    if (!opened && !profile.searchFile.test(url)) return;
    fetched.push(
      request.sizes().then((sizes) => ({
        url,
        kind: kindOf(url, request.resourceType()),
        transferred: sizes.responseHeadersSize + sizes.responseBodySize,
      })),
    );
  });
  await page.goto(`${origin}${profile.base}chapters/scope/`);
  await page.waitForLoadState("networkidle");
  // Time for a UI loaded on idle to arrive, as it would before a reader reaches for search.
  await page.waitForTimeout(500);
  opened = true;
  await page.keyboard.press("Control+k");
  await page.locator(profile.input).waitFor();
  await armTimer(page, query);
  await page.keyboard.type(query);
  const time = await elapsed(page);
  await page.waitForLoadState("networkidle");
  const result = { fetched: await Promise.all(fetched), ms: time };
  await context.close();
  return result;
}

function printBytes(fetched: Fetched[]): void {
  const byKind = new Map<string, { count: number; transferred: number }>();
  for (const item of fetched) {
    const row = byKind.get(item.kind) ?? { count: 0, transferred: 0 };
    byKind.set(item.kind, { count: row.count + 1, transferred: row.transferred + item.transferred });
  }
  const total = fetched.reduce((sum, item) => sum + item.transferred, 0);
  console.log(`${"".padEnd(16)}${"requests".padStart(9)}${"transferred".padStart(14)}`);
  for (const [kind, row] of [...byKind].sort())
    console.log(`${kind.padEnd(16)}${String(row.count).padStart(9)}${kb(row.transferred).padStart(14)}`);
  console.log(`${"total".padEnd(16)}${String(fetched.length).padStart(9)}${kb(total).padStart(14)}`);
  if (verbose)
    for (const item of [...fetched].sort((a, b) => b.transferred - a.transferred))
      console.log(`  ${kb(item.transferred).padStart(9)}  ${item.url.replace(origin, "")}`);
  const foreign = fetched.filter((item) => !item.url.startsWith(origin));
  if (foreign.length > 0) console.log(`third-party requests: ${foreign.map((f) => f.url).join(", ")}`);
}

const server = await serve(profile.dir, profile.base);
const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
try {
  const queries = loadQueries();
  console.log(`Search on ${profile.name} (${profile.dir}), headless Chromium, empty cache, gzip\n`);

  const first = await firstQuery(browser, FIRST_QUERY);
  console.log(`Open search (Ctrl-K on /chapters/scope/) and type "${FIRST_QUERY}": every search file fetched`);
  printBytes(first.fetched);

  const firstTimes = [first.ms];
  for (const item of queries.slice(0, FIRST_RUNS - 1)) firstTimes.push((await firstQuery(browser, item.query)).ms);

  const page = await browser.newPage();
  await page.goto(`${origin}${profile.base}chapters/scope/`);
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("Control+k");
  await page.locator(profile.input).waitFor();
  const runs: QueryRun[] = [];
  const laterTimes: number[] = [];
  const input = page.locator(profile.input);
  for (const item of [{ query: FIRST_QUERY }, ...queries]) {
    if (profile === ours) {
      const run = await runQuery(page, item.query, profile.base, ".search-dialog");
      runs.push(run);
      laterTimes.push(run.ms);
    } else {
      await input.fill("");
      await page.waitForTimeout(50);
      await armTimer(page, item.query);
      await input.focus();
      await page.keyboard.type(item.query);
      laterTimes.push(await elapsed(page));
    }
  }
  // The first of these warmed the dialog up; it is a first query, not a later one.
  runs.shift();
  laterTimes.shift();

  console.log(
    `\nLast keystroke to rendered results${profile === ours ? ` (includes the ${INPUT_DEBOUNCE_MS} ms debounce)` : ""}`,
  );
  console.log(
    `first query  (${String(firstTimes.length).padStart(2)} fresh pages)  p50 ${ms(percentile(firstTimes, 50))}   p95 ${ms(percentile(firstTimes, 95))}`,
  );
  console.log(
    `later queries (${laterTimes.length} in turn)  p50 ${ms(percentile(laterTimes, 50))}   p95 ${ms(percentile(laterTimes, 95))}`,
  );

  if (profile === ours) {
    const relevance = relevanceOf(queries, runs);
    console.log(`\nRelevance over ${queries.length} queries (tests/search/queries.json)`);
    console.log(
      `hit@1 ${(relevance.hitAt1 * 100).toFixed(1)}%   hit@3 ${(relevance.hitAt3 * 100).toFixed(1)}%   zero results ${(relevance.zeroRate * 100).toFixed(1)}%`,
    );
    for (const tag of ["task", "term", "synonym", "typo", "caption", "mixed"] as const) {
      const subset = queries.flatMap((item, index) => (item.tag === tag ? [{ item, run: runs[index]! }] : []));
      if (subset.length === 0) continue;
      const r = relevanceOf(
        subset.map((s) => s.item),
        subset.map((s) => s.run),
      );
      console.log(
        `  ${tag.padEnd(8)} ${String(subset.length).padStart(3)} queries   hit@1 ${(r.hitAt1 * 100).toFixed(0).padStart(3)}%   hit@3 ${(r.hitAt3 * 100).toFixed(0).padStart(3)}%`,
      );
    }
    const noticed = queries.flatMap((item, index) =>
      runs[index]!.correction ? [`${item.query} → ${runs[index]!.correction}`] : [],
    );
    if (noticed.length > 0) console.log(`told: ${noticed.join("; ")}`);
    for (const miss of relevance.misses)
      console.log(`  miss: "${miss.query}" expected ${miss.expect}; top 3: ${miss.got.join(", ") || "(none)"}`);
  }
} finally {
  await browser.close();
  server.close();
}
