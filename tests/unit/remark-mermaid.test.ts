import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "@mdx-js/mdx";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import remarkMermaid, {
  cleanStyle,
  errorLineOf,
  scopeIds,
  type DiagramRenderer,
} from "../../src/markdown/remark-mermaid.ts";

/** Stands in for the browser: returns an SVG that carries Mermaid's id scheme and the diagram's first line. */
function fakeRenderer(calls: string[][]): DiagramRenderer {
  return async (diagrams, prefix) => {
    calls.push(diagrams);
    return diagrams.map((source, index) => {
      if (source.includes("BROKEN")) {
        return {
          status: "rejected",
          reason: new Error("Parse error on line 2:\n...BROKEN\n---^"),
        } as PromiseRejectedResult;
      }
      const id = `${prefix}-${index}`;
      const svg = `<svg id="${id}" style="max-width: 900px;" viewBox="0 0 900 100"><style>#${id} .node>rect{fill:#eef}</style><g><path style="undefined;;;" marker-end="url(#${id}_arrow)"></path><text>${source.split("\n")[1]?.trim()}</text></g></svg>`;
      return { status: "fulfilled", value: { svg } };
    });
  };
}

const source = [
  "# Title",
  "",
  '```mermaid caption="The first flow."',
  "flowchart LR",
  "  A-->B",
  "```",
  "",
  '```mermaid caption="The second flow."',
  "flowchart TB",
  "  C-->D",
  "```",
  "",
].join("\n");

async function toHtml(
  markdown: string,
  options: Parameters<typeof remarkMermaid>[0],
  filePath = "content/chapters/data.mdx",
) {
  const file = new VFile({ value: markdown, path: path.resolve(filePath) });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMermaid, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe("remark-mermaid", () => {
  it("turns each mermaid fence into a captioned figure holding inline SVG, not a code block", async () => {
    const html = await toHtml(source, { render: fakeRenderer([]) });
    expect(html).not.toContain("<pre");
    expect(html.match(/<figure class="diagram"/g)).toHaveLength(2);
    expect(html).toContain('<figcaption id="mmd-chapters-data-1-caption">The first flow.</figcaption>');
    // The caption is the SVG's text alternative, for screen readers as for search.
    expect(html).toMatch(
      /<svg id="mmd-chapters-data-1"[^>]*role="img"[^>]*aria-labelledby="mmd-chapters-data-1-caption"/,
    );
    // A 900px-wide diagram may shrink to 65% (585px) to fit; narrower than that, it scrolls in its box.
    expect(html).toContain('style="max-width: 900px;min-width:585px"');
    expect(html).toContain("<text>A-->B</text>");
  });

  it("gives every diagram an id unique to its page and position, and rewrites its internal references", async () => {
    const html = await toHtml(source, { render: fakeRenderer([]) });
    expect(html).toContain('id="mmd-chapters-data-1"');
    expect(html).toContain('id="mmd-chapters-data-2"');
    expect(html).toContain("url(#mmd-chapters-data-2_arrow)");
    expect(html).toContain("#mmd-chapters-data-2 .node>rect");
    const other = await toHtml(source, { render: fakeRenderer([]) }, "content/chapters/model.mdx");
    expect(other).toContain('id="mmd-chapters-model-1"');
  });

  it("drops the invalid style Mermaid writes, which MDX would reject", async () => {
    expect(cleanStyle("undefined;;;")).toBe("");
    expect(cleanStyle("fill:red;;undefined;stroke: blue")).toBe("fill:red;stroke: blue");
    const html = await toHtml(source, { render: fakeRenderer([]) });
    expect(html).not.toContain("undefined");
  });

  it("compiles as MDX", async () => {
    const output = await compile(new VFile({ value: source, path: path.resolve("content/chapters/data.mdx") }), {
      remarkPlugins: [[remarkMermaid, { render: fakeRenderer([]) }]],
    });
    expect(String(output)).toContain("mmd-chapters-data-1");
  });

  it("renders a diagram once and takes it from the content-hash cache afterwards", async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), "mmd-cache-"));
    const calls: string[][] = [];
    const stats = { rendered: 0, cached: 0 };
    await toHtml(source, { render: fakeRenderer(calls), cacheDir, cacheKey: "v1", stats });
    expect(stats).toEqual({ rendered: 2, cached: 0 });
    expect(await readdir(cacheDir)).toHaveLength(2);
    const again = await toHtml(source, { render: fakeRenderer(calls), cacheDir, cacheKey: "v1", stats });
    expect(stats).toEqual({ rendered: 2, cached: 2 });
    expect(calls).toHaveLength(1);
    // Cached SVGs are position-independent: the second diagram keeps its own id on a cache hit.
    expect(again).toContain('id="mmd-chapters-data-2"');
    // A new renderer or configuration invalidates the cache.
    await toHtml(source, { render: fakeRenderer(calls), cacheDir, cacheKey: "v2", stats });
    expect(calls).toHaveLength(2);
  });

  it("fails with the file, the line in the file and Mermaid's message on a syntax error", async () => {
    const broken = ["Intro", "", '```mermaid caption="Broken."', "flowchart LR", "  A-- BROKEN", "```"].join("\n");
    await expect(toHtml(broken, { render: fakeRenderer([]) })).rejects.toThrow(
      /content\/chapters\/data\.mdx:5: Mermaid diagram 1 \(fence at line 3\) has an error:\n\s+Parse error on line 2/,
    );
  });

  it("fails when a diagram has no caption", async () => {
    const uncaptioned = ["```mermaid", "flowchart LR", "  A-->B", "```"].join("\n");
    await expect(toHtml(uncaptioned, { render: fakeRenderer([]) })).rejects.toThrow(
      /data\.mdx:1: Mermaid diagram 1 needs a caption/,
    );
  });

  it("reads the line Mermaid blames", () => {
    expect(errorLineOf("Parse error on line 12:\n...")).toBe(12);
    expect(errorLineOf("Lexical error")).toBeUndefined();
  });
});

describe("ids inside a diagram", () => {
  it("move into the diagram's namespace with their references, so two diagrams on a page never clash", () => {
    const svg =
      '<svg id="mmd-a-1"><g id="actor0"><use href="#actor0"/></g><g id="mmd-a-1-arrow" fill="url(#root-0)"/><g id="root-0"/></svg>';
    const first = scopeIds(svg, "mmd-a-1");
    expect(first).toBe(
      '<svg id="mmd-a-1"><g id="mmd-a-1-actor0"><use href="#mmd-a-1-actor0"/></g><g id="mmd-a-1-arrow" fill="url(#mmd-a-1-root-0)"/><g id="mmd-a-1-root-0"/></svg>',
    );
    const second = scopeIds(svg.replaceAll("mmd-a-1", "mmd-b-1"), "mmd-b-1");
    const idsOf = (text: string) => [...text.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(idsOf(first).filter((id) => idsOf(second).includes(id))).toEqual([]);
  });
});
