/**
 * The content bar, enforced for every page in content/: the structure each chapter, family page and case study must have
 * (sections, words, diagrams, follow-ups, references). Failures name the page and what is missing.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPage } from "../../src/markdown/content-check.ts";
import { STEP_IDS } from "../../src/lib/steps.ts";
import { TRACK_IDS } from "../../src/lib/tracks.ts";
import { FAMILY_IDS } from "../../src/lib/families.ts";

const pages = ["content/chapters", "content/families", "content/case-studies"].flatMap((dir) =>
  (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => path.join(dir, name)),
);

describe("content bar", () => {
  it("has the introduction, one chapter per framework step and one per track, and nothing else", () => {
    const chapters = pages.filter((p) => p.startsWith("content/chapters/")).map((p) => path.basename(p, ".mdx"));
    expect(chapters.sort()).toEqual(["introduction", ...STEP_IDS, ...TRACK_IDS].sort());
  });

  it("has family pages only for the problem families src/lib/families.ts defines", () => {
    const families = pages.filter((p) => p.startsWith("content/families/")).map((p) => path.basename(p, ".mdx"));
    for (const family of families) expect(FAMILY_IDS as readonly string[], `content/families/${family}.mdx`).toContain(family);
  });

  it.each(pages)("%s meets the bar", async (file) => {
    const report = await checkPage(file);
    expect(report.problems, `${file}:\n  ${report.problems.join("\n  ")}`).toEqual([]);
  });
});
