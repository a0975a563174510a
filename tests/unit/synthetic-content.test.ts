import { describe, expect, it } from "vitest";
import { syntheticCaseStudy, syntheticPlan } from "../../scripts/lib/synthetic-content.ts";

const CASE = `---
title: CTR prediction: "ads"
prompt: Design it.
related: [video-recommendation, news-feed-ranking]
plan:
  scope: x
---

## Step 1: Scope — body
`;

describe("synthetic pages for the scaling benchmark", () => {
  it("get their own title, drop related cases and keep the body", () => {
    const copy = syntheticCaseStudy(CASE, 3);
    expect(copy).toContain(`title: "Synthetic 3: CTR prediction: 'ads'"`);
    expect(copy).toContain("related: []");
    expect(copy).not.toContain("video-recommendation");
    expect(copy.endsWith("## Step 1: Scope — body\n")).toBe(true);
  });
  it("keep titles short enough for the page title check", () => {
    const long = CASE.replace(
      'title: CTR prediction: "ads"',
      "title: Privacy blurring of faces and licence plates in street-level imagery",
    );
    const title = /^title: "(.*)"$/m.exec(syntheticCaseStudy(long, 12))![1]!;
    expect(title).toBe("Synthetic 12: Privacy blurring of faces…");
    expect(title.length).toBeLessThanOrEqual(41);
  });
  it("drop a related list written as YAML items", () => {
    const copy = syntheticCaseStudy(
      CASE.replace("related: [video-recommendation, news-feed-ranking]", "related:\n  - a\n  - b"),
      1,
    );
    expect(copy).toContain("related: []\nplan:");
  });
  it("refuse a file without frontmatter", () => {
    expect(() => syntheticCaseStudy("## no frontmatter", 1)).toThrow(/frontmatter/);
  });
  it("cycle through the sources with unique slugs", () => {
    const plan = syntheticPlan(["a", "b"], 5);
    expect(plan.map((p) => p.slug)).toEqual([
      "synthetic-1-a",
      "synthetic-2-b",
      "synthetic-3-a",
      "synthetic-4-b",
      "synthetic-5-a",
    ]);
  });
});
