/**
 * `npm run bench:search`: numbers, not pass/fail, for search on the built site, in headless Chromium.
 *   - bytes fetched for a first query: everything requested from opening search on a reading page to the
 *     first results (the page's and Pagefind's web worker's requests), as transferred and as stored;
 *   - keystroke to rendered results: median and p95 over every query in tests/search/queries.json, typed
 *     into /search/ (the time includes the input's debounce, INPUT_DEBOUNCE_MS);
 *   - relevance: hit@1 and hit@3 over the same queries (tests/e2e/search-relevance.spec.ts holds hit@3).
 * Builds the site first when OUT_DIR has no search index. BENCH_PORT sets the preview port (default 4391).
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { preview } from "astro";
import { chromium, type Page } from "playwright";
import { CHROMIUM_ARGS, requireBrowser } from "./browser.ts";
import { buildSettings } from "../src/lib/settings.ts";
import { INPUT_DEBOUNCE_MS } from "../src/lib/search-config.ts";
import { loadQueries, relevanceOf, runQuery, type QueryRun } from "../tests/search/harness.ts";

const settings = buildSettings(process.env);
const port = Number(process.env["BENCH_PORT"] ?? 4391);
const origin = `http://127.0.0.1:${port}`;
const siteUrl = `${origin}${settings.base}`;

if (!existsSync(path.join(settings.outDir, "pagefind", "pagefind-entry.json"))) {
  console.log(`No search index in ${settings.outDir}/: building first.`);
  const build = spawnSync("npm", ["run", "-s", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Fetched {
  url: string;
  kind: string;
  /** Bytes on the wire: headers plus body as served (astro preview compresses text like any static host). */
  transferred: number;
  /** The file's size on disk, uncompressed. */
  raw: number;
}

function kindOf(url: string, resourceType: string): string {
  if (/wasm\.\w+\.pagefind$/.test(url)) return "WebAssembly";
  if (/\.pf_(index|fragment|filter)$|\.pf_meta$|pagefind-entry\.json|vocabulary\.txt/.test(url)) return "index data";
  return resourceType === "stylesheet" ? "CSS" : "JavaScript";
}

function fileOf(url: string): string {
  const pathname = new URL(url).pathname;
  return path.join(
    settings.outDir,
    pathname.startsWith(settings.base) ? pathname.slice(settings.base.length) : pathname,
  );
}

/**
 * Opens search on a chapter page with Ctrl-K, types the first query and waits for its results, recording every
 * request meanwhile (the page's and the Pagefind web worker's).
 */
async function firstQueryBytes(page: Page, query: string): Promise<Fetched[]> {
  await page.goto(`${siteUrl}chapters/scope/`);
  await page.waitForLoadState("networkidle");
  const fetched: Promise<Fetched>[] = [];
  page.context().on("requestfinished", (request) => {
    fetched.push(
      request.sizes().then((sizes) => {
        const file = fileOf(request.url());
        return {
          url: request.url(),
          kind: kindOf(request.url(), request.resourceType()),
          transferred: sizes.responseHeadersSize + sizes.responseBodySize,
          raw: existsSync(file) ? statSync(file).size : 0,
        };
      }),
    );
  });
  await page.keyboard.press("Control+k");
  await page.locator("pagefind-input input").waitFor();
  await page.keyboard.type(query);
  await page.locator("[data-search-result]").first().waitFor();
  await page.waitForLoadState("networkidle");
  return Promise.all(fetched);
}

const server = await preview({ logLevel: "error", server: { host: "127.0.0.1", port } });
const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
try {
  const queries = loadQueries();

  const bytesPage = await browser.newPage();
  const fetched = await firstQueryBytes(bytesPage, queries[0]!.query);
  await bytesPage.close();
  const byKind = new Map<string, { count: number; transferred: number; raw: number }>();
  for (const item of fetched) {
    const row = byKind.get(item.kind) ?? { count: 0, transferred: 0, raw: 0 };
    byKind.set(item.kind, {
      count: row.count + 1,
      transferred: row.transferred + item.transferred,
      raw: row.raw + item.raw,
    });
  }
  const total = fetched.reduce(
    (sum, item) => ({ transferred: sum.transferred + item.transferred, raw: sum.raw + item.raw }),
    { transferred: 0, raw: 0 },
  );
  console.log(`First query ("${queries[0]!.query}" typed after Ctrl-K on /chapters/scope/)`);
  console.log(`${"".padEnd(14)}${"requests".padStart(9)}${"transferred".padStart(14)}${"on disk".padStart(11)}`);
  for (const [kind, row] of [...byKind].sort()) {
    console.log(
      `${kind.padEnd(14)}${String(row.count).padStart(9)}${kb(row.transferred).padStart(14)}${kb(row.raw).padStart(11)}`,
    );
  }
  console.log(
    `${"total".padEnd(14)}${String(fetched.length).padStart(9)}${kb(total.transferred).padStart(14)}${kb(total.raw).padStart(11)}`,
  );
  const foreign = fetched.filter((item) => !item.url.startsWith(origin));
  console.log(
    `third-party requests: ${foreign.length}${foreign.length ? ` (${foreign.map((f) => f.url).join(", ")})` : ""}`,
  );

  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
  await page.locator("pagefind-input input").waitFor();
  const runs: QueryRun[] = [];
  for (const item of queries) runs.push(await runQuery(page, item.query, settings.base));
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  const median = percentile(times, 50);
  console.log(
    `\nKeystroke to rendered results over ${runs.length} queries (includes the ${INPUT_DEBOUNCE_MS} ms input debounce)`,
  );
  console.log(
    `median ${median.toFixed(0)} ms   p95 ${percentile(times, 95).toFixed(0)} ms   max ${times.at(-1)!.toFixed(0)} ms`,
  );
  console.log(
    `without the debounce: median ${(median - INPUT_DEBOUNCE_MS).toFixed(0)} ms   p95 ${(percentile(times, 95) - INPUT_DEBOUNCE_MS).toFixed(0)} ms`,
  );

  const relevance = relevanceOf(queries, runs);
  console.log(`\nRelevance over ${queries.length} queries (tests/search/queries.json)`);
  console.log(`hit@1 ${(relevance.hitAt1 * 100).toFixed(1)}%   hit@3 ${(relevance.hitAt3 * 100).toFixed(1)}%`);
  for (const tag of ["task", "term", "synonym", "typo", "caption"] as const) {
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
  const corrected = queries.flatMap((item, index) =>
    runs[index]!.correction ? [`${item.query} → ${runs[index]!.correction}`] : [],
  );
  if (corrected.length > 0) console.log(`spelling corrections: ${corrected.join("; ")}`);
  for (const miss of relevance.misses)
    console.log(`  miss: "${miss.query}" expected ${miss.expect}; top 3: ${miss.got.join(", ") || "(none)"}`);
} finally {
  await browser.close();
  await server.stop();
}
