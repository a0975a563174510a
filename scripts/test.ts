/**
 * `npm test`: everything, in the order a failure is cheapest to read.
 *   1. make sure Chromium is there (installs it as root on Debian; otherwise says what to install)
 *   2. build the site if dist/ is missing or older than its inputs
 *   3. type check (astro check: TypeScript strict over .ts and .astro) and format check (Prettier)
 *   4. unit, content and build-error tests (Vitest)
 *   5. end-to-end tests against the built site (Playwright)
 *   6. against a build under a sub-path (BASE_PATH=/guide/), as a host like GitHub Pages serves it, the
 *      end-to-end tests tagged @base: every page, file, link, search index and PDF follows the base. The rest
 *      of the suite checks what does not depend on where the site lives, so it runs once.
 */
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "../src/lib/browser.ts";
import { buildIsStale } from "./build-stamp.ts";

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

try {
  console.log(`Chromium: ${ensureBrowser()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const stale = buildIsStale(process.env);
if (stale) run(`build (${stale})`, "npm", ["run", "-s", "build"]);
else console.log("dist/ is up to date with its inputs; not rebuilding.");

run("type check", "npm", ["exec", "--", "astro", "check"]);
run("format check (Prettier; prose in content/ is left to its authors)", "npm", [
  "exec",
  "--",
  "prettier",
  "--check",
  ".",
]);
run("unit, content and build-error tests", "npm", ["exec", "--", "vitest", "run"]);
run("end-to-end tests", "npm", ["exec", "--", "playwright", "test"]);

// The guide must work under a sub-path on any host: build once more with a base path and prove every path
// follows it (the link check of that build covers every internal link; the @base tests cover what the browser
// loads).
const underSubPath = { ...process.env, BASE_PATH: "/guide/", OUT_DIR: "dist-base", E2E_PORT: "4330" };
const staleSubPath = buildIsStale(underSubPath);
if (staleSubPath) run(`build under /guide/ (${staleSubPath})`, "npm", ["run", "-s", "build"], underSubPath);
run(
  "end-to-end tests under /guide/ (@base)",
  "npm",
  ["exec", "--", "playwright", "test", "--grep", "@base"],
  underSubPath,
);
