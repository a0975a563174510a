/**
 * The real renderer (headless Chromium + Mermaid) on every diagram type the guide uses, through MDX:
 * each becomes inline SVG that MDX accepts (Mermaid's invalid inline styles are cleaned), with labels as text
 * and every id inside the diagram's own namespace.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import remarkMermaid from "../../src/markdown/remark-mermaid.ts";
import { createDiagramRenderer } from "../../src/markdown/mermaid-renderer.ts";

const DIAGRAMS: Record<string, string> = {
  flowchart: "flowchart LR\n  A[Impressions] --> J[Joiner]\n  C[Clicks] --> J",
  sequence: "sequenceDiagram\n  Client->>Ranker: score 100 ads\n  Ranker-->>Client: pCTR per ad",
  erDiagram: "erDiagram\n  USER ||--o{ IMPRESSION : sees\n  IMPRESSION ||--o| CLICK : gets",
  mindmap: "mindmap\n  root((Features))\n    Query\n    Ad\n    User",
  state: "stateDiagram-v2\n  [*] --> Training\n  Training --> Disconnected: inputs shift",
};

describe("Mermaid diagrams of every type render to inline SVG in MDX", () => {
  const render = createDiagramRenderer();
  it.each(Object.entries(DIAGRAMS))("%s", async (type, diagram) => {
    const source = `\`\`\`mermaid caption="A ${type}."\n${diagram}\n\`\`\`\n`;
    const compiled = String(
      await compile(new VFile({ value: source, path: path.resolve(`content/chapters/${type}.mdx`) }), {
        remarkPlugins: [[remarkMermaid, { render }]],
      }),
    );
    expect(compiled).toContain(`mmd-chapters-${type.toLowerCase()}-1`);
    expect(compiled).toMatch(/_jsx\(_components\.svg|"svg"/);
    expect(compiled).not.toContain("undefined;");
    // Every id is in the diagram's namespace, so two diagrams on one page (the one-page guide) never clash.
    const ids = [...compiled.matchAll(/\bid: "([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith(`mmd-chapters-${type.toLowerCase()}-1`))).toEqual([]);
    const firstLabel = diagram
      .split("\n")[1]!
      .replace(/[^A-Za-z ]/g, " ")
      .trim()
      .split(/\s+/)
      .find((w) => w.length > 3)!;
    expect(compiled).toContain(firstLabel);
  });
});
