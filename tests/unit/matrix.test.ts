import { describe, expect, it } from "vitest";
import { matrixColumns, matrixRows, type MatrixCase } from "../../src/lib/matrix.ts";
import { CaseStepsError, caseStepSections, stepGists } from "../../src/lib/case-steps.ts";
import { STEPS } from "../../src/lib/steps.ts";

/** A case's MDX with a heading for every step, the gist of step N being "gist N". */
function caseSource(heading: (n: number) => string = (n) => `## Step ${n}: Title — gist ${n}`): string {
  return ["---", "title: x", "---", ...STEPS.flatMap((step) => [heading(step.number), "", "Prose.", ""])].join("\n");
}

describe("the matrix", () => {
  it("reads each step's gist from the case's step heading, after the dash", () => {
    const gists = stepGists(caseSource(), "content/case-studies/x.mdx");
    expect(gists.scope).toBe("gist 1");
    expect(gists.monitoring).toBe("gist 7");
  });

  it("shows a heading's inline Markdown as text, and keeps later dashes in the gist", () => {
    const source = caseSource((n) =>
      n === 4 ? "## Step 4: Model — from `FTRL` to [DCN-v2](/x/) — and *why*" : `## Step ${n}: T — g`,
    );
    expect(stepGists(source, "x.mdx").model).toBe("from FTRL to DCN-v2 — and why");
  });

  it("lists each step's subheadings, leaving out code blocks and sections that are not steps", () => {
    const source = caseSource(
      (n) => `## Step ${n}: T — g${n}\n\n### First ${n}\n\n\`\`\`text\n### not a heading\n\`\`\`\n### Second ${n}`,
    );
    const sections = caseStepSections(`${source}\n## Hardest trade-offs\n\n### Not a step's`, "x.mdx");
    expect(sections.data.subheadings).toEqual(["First 3", "Second 3"]);
    expect(sections.monitoring.subheadings).toEqual(["First 7", "Second 7"]);
  });

  it("ignores step headings below level 2 and headings that are not steps", () => {
    const source = `${caseSource()}\n### Step 3: Data — not this one\n## Hardest trade-offs — no\n`;
    expect(stepGists(source, "x.mdx").data).toBe("gist 3");
  });

  it("fails naming the file when a step heading has no gist", () => {
    const source = caseSource((n) => (n === 2 ? "## Step 2: Frame it" : `## Step ${n}: T — g`));
    expect(() => stepGists(source, "content/case-studies/bad.mdx")).toThrow(CaseStepsError);
    expect(() => stepGists(source, "content/case-studies/bad.mdx")).toThrow(
      'content/case-studies/bad.mdx: "Step 2: Frame it" has no gist',
    );
  });

  it("fails naming the file and the steps when steps are missing", () => {
    const source = caseSource().replace(/^## Step [56].*$/gm, "");
    expect(() => stepGists(source, "content/case-studies/short.mdx")).toThrow(
      "content/case-studies/short.mdx: no heading for Step 5, Step 6",
    );
  });

  it("groups columns by main family in the families' order, each group by title, and links every cell", () => {
    const gists = stepGists(caseSource(), "x.mdx");
    const cases: MatrixCase[] = [
      { slug: "fraud", title: "Payment fraud", family: "detection", gists },
      { slug: "video", title: "Video", family: "recommendation", gists },
      { slug: "ctr", title: "CTR", family: "recommendation", gists },
    ];
    const groups = matrixColumns(cases);
    expect(groups.map((g) => [g.family.id, g.members.map((c) => c.slug)])).toEqual([
      ["recommendation", ["ctr", "video"]],
      ["detection", ["fraud"]],
    ]);
    const rows = matrixRows(groups);
    expect(rows.map((r) => r.step.id)).toEqual(STEPS.map((s) => s.id));
    expect(rows[2]!.cells).toEqual([
      { href: "/case-studies/ctr/#step-data", gist: "gist 3" },
      { href: "/case-studies/video/#step-data", gist: "gist 3" },
      { href: "/case-studies/fraud/#step-data", gist: "gist 3" },
    ]);
  });
});
