/**
 * Bad input fails the build with a message that names the file and the problem. Each fixture under
 * tests/fixtures/<name>/content is a tiny site with one kind of mistake, built for real with Astro.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function buildFixture(name: string): { status: number | null; output: string } {
  const outDir = mkdtempSync(path.join(os.tmpdir(), `fixture-${name}-`));
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
    env: {
      ...process.env,
      CONTENT_DIR: `tests/fixtures/${name}/content`,
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    encoding: "utf8",
  });
  // Strip colour codes so assertions read the message as a person does.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
  return { status: result.status, output };
}

describe("the build fails with a clear message on bad input", () => {
  it("invalid frontmatter: names the file and the fields", () => {
    const { status, output } = buildFixture("bad-frontmatter");
    expect(status).not.toBe(0);
    expect(output).toContain("tests/fixtures/bad-frontmatter/content/chapters/scope.mdx");
    expect(output).toMatch(/step[^\n]*Invalid option/i);
    expect(output).toMatch(/description[^\n]*(Required|expected string)/i);
  });

  it("a Mermaid syntax error: names the file, the line of the error and Mermaid's message", () => {
    const { status, output } = buildFixture("bad-mermaid");
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /tests\/fixtures\/bad-mermaid\/content\/chapters\/data\.mdx:2\d: Mermaid diagram 2 \(fence at line 18\) has an error/,
    );
    expect(output).toMatch(/Parse error on line \d/);
  });

  it("a dead link or anchor: names the file and each broken link", () => {
    const { status, output } = buildFixture("dead-link");
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/dead-link/content/chapters/data.mdx: link "/chapters/data/#point-in-time-joins" points to #point-in-time-joins, which does not exist on /chapters/data/',
    );
    expect(output).toContain(
      'tests/fixtures/dead-link/content/chapters/data.mdx: link "/chapters/labels/" points to a page or file that does not exist',
    );
    expect(output).not.toContain('link "#feature-stores"');
  });

  it("a case study missing a framework step: names the file and the step", () => {
    const { status, output } = buildFixture("missing-step");
    expect(status).not.toBe(0);
    expect(output).toContain(
      "tests/fixtures/missing-step/content/case-studies/skips-evaluation.mdx: case study is missing the section for step 5 (Evaluate offline and online)",
    );
  });
});

describe("the build fails on ambiguous or undefined anchors", () => {
  it("an unknown glossary term: names the file and the term", () => {
    const { status, output } = buildFixture("unknown-term");
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/unknown-term/content/chapters/framing.mdx: link "/glossary/#normalised-entropy" names the glossary term "normalised-entropy", which is not defined in content/glossary/',
    );
  });

  it("a duplicate heading id: names the file and the id", () => {
    const { status, output } = buildFixture("duplicate-id");
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/duplicate-id/content/chapters/data.mdx: the id "key-takeaways" is used more than once on the page',
    );
  });
});

describe("the build enforces the structure every step chapter shares", () => {
  it("a step chapter without its LLM-systems section: names the file and the missing heading", () => {
    const { status, output } = buildFixture("missing-llm-section");
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/missing-llm-section/content/chapters/data.mdx needs a section "## In LLM systems" (anchor #llm-systems) before "## What interviewers look for"',
    );
  });
});
