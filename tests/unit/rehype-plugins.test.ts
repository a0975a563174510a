import path from "node:path";
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import rehypeCaseStudySteps from "../../src/markdown/rehype-case-study-steps.ts";
import rehypeHeadingAnchors from "../../src/markdown/rehype-heading-anchors.ts";
import rehypeLinks from "../../src/markdown/rehype-links.ts";
import rehypeTableScroll from "../../src/markdown/rehype-table-scroll.ts";
import remarkGfm from "remark-gfm";
import { STEPS } from "../../src/lib/steps.ts";

function process(markdown: string, filePath: string, base = "/") {
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeCaseStudySteps, { base })
    .use(rehypeHeadingAnchors)
    .use(rehypeLinks, { base })
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path: path.resolve(filePath) }));
}

const allSteps = STEPS.map((s) => `## Step ${s.number}: ${s.short} in this design\n\nText.\n`).join("\n");

describe("case-study steps", () => {
  it("give each step section its stable anchor and a badge linking to the step's chapter", async () => {
    const html = String(
      await process(`Intro\n\n${allSteps}\n## References\n`, "content/case-studies/ctr.mdx", "/guide/"),
    );
    for (const step of STEPS) expect(html).toContain(`<h2 id="step-${step.id}" data-step="${step.id}">`);
    expect(html).toContain(`<a class="step-badge" data-step="data" href="/guide/chapters/data/"`);
    expect(html).toContain(">Step 3</a> Data in this design");
  });

  it("fail the build naming the file and the missing step", async () => {
    const missing = allSteps.replace(/## Step 4:[^\n]*\n/, "## Modelling\n");
    await expect(process(missing, "content/case-studies/ctr.mdx")).rejects.toThrow(
      /content\/case-studies\/ctr\.mdx: case study is missing the section for step 4 \(Model\)/,
    );
  });

  it("fail the build on steps out of order", async () => {
    const swapped = allSteps.replace("Step 6:", "Step X:").replace("Step 5:", "Step 6:").replace("Step X:", "Step 5:");
    await expect(process(swapped, "content/case-studies/ctr.mdx")).rejects.toThrow(/puts step 5 after step 6/);
  });

  it("leave chapters alone", async () => {
    const html = String(await process("## Step 3: not a case study\n", "content/chapters/data.mdx"));
    expect(html).not.toContain("step-badge");
  });
});

describe("heading anchors", () => {
  it("give headings GitHub-style ids, de-duplicated, with an empty copyable link", async () => {
    const html = String(
      await process(
        "## Point-in-time joins: a worked example\n\n## Common mistakes\n\n### Common mistakes\n",
        "content/chapters/data.mdx",
      ),
    );
    expect(html).toContain('<h2 id="point-in-time-joins-a-worked-example">');
    expect(html).toContain('<h3 id="common-mistakes-1">');
    expect(html).toContain(
      '<a class="heading-anchor" href="#common-mistakes" aria-label="Link to this section: Common mistakes"></a>',
    );
  });
  it("give a track's section in a step chapter its fixed anchor, whatever the slug would be", async () => {
    const html = String(await process("## In LLM systems\n\nText.\n", "content/chapters/serving.mdx"));
    expect(html).toContain('<h2 id="llm-systems">');
    expect(html).toContain('href="#llm-systems"');
  });
});

describe("links", () => {
  it("prefix root-relative links with the base path and mark external links noopener", async () => {
    const html = String(
      await process(
        "[a](/chapters/data/#x) [b](#local) [c](https://example.com/)",
        "content/chapters/scope.mdx",
        "/guide/",
      ),
    );
    expect(html).toContain('href="/guide/chapters/data/#x"');
    expect(html).toContain('href="#local"');
    expect(html).toContain('href="https://example.com/" rel="noopener noreferrer"');
  });
});

describe("wide tables", () => {
  it("sit in a focusable region named after their first header cells, so the keyboard can scroll them", async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeTableScroll)
        .use(rehypeStringify)
        .process("| Metric | Formula | When | Why |\n| --- | --- | --- | --- |\n| NE | a | b | c |\n"),
    );
    expect(html).toMatch(
      /^<section class="table-scroll" tabindex="0" aria-label="Table: Metric, Formula, When"><table>/,
    );
    expect(html.match(/table-scroll/g)).toHaveLength(1);
  });
});
