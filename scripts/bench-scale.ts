/**
 * `npm run bench:scale`: does the build and the test suite scale with the number of pages? Builds the real
 * content, then the real content plus synthetic copies of the case studies (3× the page count), each cold
 * (empty diagram, PDF and Astro caches) into its own folder, runs the page-level tests against each build
 * (the end-to-end suite and the HTML validation), and prints time per page and the marginal cost of a page.
 *
 *   npm run bench:scale              # 1× and 3×
 *   SCALE=5 npm run bench:scale      # 1× and 5×
 *
 * The search-relevance test is left out of the synthetic run: copies of real pages compete with the pages the
 * query set expects, so its result there says nothing about relevance (its time is measured in the 1× run).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { syntheticCaseStudy, syntheticPlan } from "./lib/synthetic-content.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(ROOT, ".cache", "bench-scale");
const factor = Number(process.env["SCALE"] ?? 3);
if (!Number.isInteger(factor) || factor < 2) throw new Error(`SCALE must be a whole number ≥ 2, not ${factor}`);

function contentPages(dir: string): number {
  return ["chapters", "case-studies"]
    .map((kind) => readdirSync(path.join(dir, kind)).filter((name) => name.endsWith(".mdx")).length)
    .reduce((a, b) => a + b, 0);
}

/** A content folder with the real pages plus enough synthetic case studies to reach `factor` × the page count. */
function makeContent(label: string, factor: number): { dir: string; pages: number } {
  const dir = path.join(WORK, label, "content");
  rmSync(path.dirname(dir), { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(ROOT, "content"), dir, { recursive: true });
  const real = contentPages(dir);
  const cases = readdirSync(path.join(dir, "case-studies"))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => name.slice(0, -".mdx".length))
    .sort();
  for (const { source, slug, n } of syntheticPlan(cases, real * (factor - 1))) {
    const mdx = readFileSync(path.join(dir, "case-studies", `${source}.mdx`), "utf8");
    writeFileSync(path.join(dir, "case-studies", `${slug}.mdx`), syntheticCaseStudy(mdx, n));
  }
  return { dir, pages: contentPages(dir) };
}

function timed(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
    console.error(`✗ ${label} failed after ${seconds.toFixed(0)} s (exit ${result.status ?? result.signal})`);
    process.exitCode = 1;
  }
  return seconds;
}

interface Run {
  label: string;
  pages: number;
  build: number;
  e2e: number;
  html: number;
}

function run(label: string, contentDir: string, pages: number, e2eArgs: string[]): Run {
  const dir = path.join(WORK, label);
  const env = {
    CONTENT_DIR: path.relative(ROOT, contentDir),
    OUT_DIR: path.relative(ROOT, path.join(dir, "dist")),
    DIAGRAM_CACHE_DIR: path.join(dir, "mermaid-cache"),
    PDF_CACHE_DIR: path.join(dir, "pdf-cache"),
    E2E_PORT: label === "1x" ? "4361" : "4362",
    CI: "1",
  };
  console.log(`\n${label}: ${pages} content pages — building cold…`);
  const build = timed(`${label} build`, "npm", ["run", "-s", "build"], env);
  console.log(`${label}: end-to-end tests…`);
  const e2e = timed(`${label} e2e`, "npm", ["exec", "--", "playwright", "test", "--reporter=dot", ...e2eArgs], env);
  console.log(`${label}: HTML validation…`);
  const html = timed(`${label} html-validate`, "npm", ["exec", "--", "vitest", "run", "tests/site"], env);
  return { label, pages, build, e2e, html };
}

rmSync(WORK, { recursive: true, force: true });
const one = makeContent("1x", 1);
const many = makeContent(`${factor}x`, factor);
const runs = [
  run("1x", one.dir, one.pages, []),
  run(`${factor}x`, many.dir, many.pages, ["--grep-invert", "learner queries"]),
];

const per = (seconds: number, pages: number) => `${(seconds / pages).toFixed(2)} s/page`;
console.log("\n                  pages   build            end-to-end        html-validate");
for (const r of runs)
  console.log(
    `${r.label.padEnd(16)} ${String(r.pages).padStart(6)}   ${r.build.toFixed(0).padStart(4)} s ${per(r.build, r.pages).padStart(12)}` +
      `   ${r.e2e.toFixed(0).padStart(4)} s ${per(r.e2e, r.pages).padStart(12)}   ${r.html.toFixed(0).padStart(4)} s`,
  );
const [a, b] = runs as [Run, Run];
const added = b.pages - a.pages;
const marginal = (x: number, y: number) => (y - x) / added;
console.log(
  `\nEach added page costs ${marginal(a.build, b.build).toFixed(2)} s of build, ` +
    `${marginal(a.e2e, b.e2e).toFixed(2)} s of end-to-end tests and ${marginal(a.html, b.html).toFixed(2)} s of HTML validation.`,
);
const at40 = (x: number, y: number) => x + marginal(x, y) * (40 - a.pages);
console.log(
  `Projected at 40 content pages: build ${at40(a.build, b.build).toFixed(0)} s, end-to-end ${at40(a.e2e, b.e2e).toFixed(0)} s ` +
    `(npm test builds twice and runs the @base subset a second time).`,
);
rmSync(WORK, { recursive: true, force: true });
