/**
 * `npm test`: everything, in the order a failure is cheapest to read.
 *   1. make sure Chromium is there (installs it as root on Debian; otherwise says what to install)
 *   2. build the site if dist/ is missing or older than its inputs
 *   3. type check (astro check: TypeScript strict over .ts and .astro)
 *   4. unit, content and build-error tests (Vitest)
 *   5. end-to-end tests against the built site (Playwright)
 */
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "./browser.ts";
import { buildIsStale } from "./build-stamp.ts";

function run(label: string, command: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
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
run("unit, content and build-error tests", "npm", ["exec", "--", "vitest", "run"]);
run("end-to-end tests", "npm", ["exec", "--", "playwright", "test"]);
