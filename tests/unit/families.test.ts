import { describe, expect, it } from "vitest";
import { FAMILIES, FAMILY_IDS, casesOfFamily, familyProblems } from "../../src/lib/families.ts";
import { filterValueOf, urlValueOf } from "../../src/lib/search/facets.ts";
import { checkFamilyPage, type PageOutline, type SectionOutline } from "../../src/lib/content-rules.ts";
import { STEPS } from "../../src/lib/steps.ts";

describe("problem families", () => {
  it("are defined once, with one title per id", () => {
    expect(FAMILIES.map((f) => f.id)).toEqual([...FAMILY_IDS]);
    expect(new Set(FAMILIES.map((f) => f.title)).size).toBe(FAMILIES.length);
  });

  it("list their main cases first, then the cases that draw on them, each by title", () => {
    const cases = [
      { slug: "feed", title: "News feed", family: "recommendation" as const, secondaryFamilies: [] },
      { slug: "ads", title: "Ads CTR", family: "recommendation" as const, secondaryFamilies: ["decisions" as const] },
      { slug: "fraud", title: "Fraud", family: "detection" as const, secondaryFamilies: ["decisions" as const] },
    ];
    const recommendation = casesOfFamily(cases, "recommendation");
    expect(recommendation.primary.map((c) => c.slug)).toEqual(["ads", "feed"]);
    expect(recommendation.secondary).toEqual([]);
    const decisions = casesOfFamily(cases, "decisions");
    expect(decisions.primary).toEqual([]);
    expect(decisions.secondary.map((c) => c.slug)).toEqual(["ads", "fraud"]);
  });

  it("refuse a secondary family that repeats the primary or itself", () => {
    expect(familyProblems({ family: "search", secondaryFamilies: ["perception"] })).toEqual([]);
    expect(familyProblems({ family: "search", secondaryFamilies: ["search"] })).toEqual([
      'secondaryFamilies repeats the primary family "search"',
    ]);
    expect(familyProblems({ family: "search", secondaryFamilies: ["perception", "perception"] })).toEqual([
      'secondaryFamilies lists "perception" twice',
    ]);
  });

  it("are a search filter whose URL value is the id and whose shown value is the title", () => {
    expect(filterValueOf("family", "detection")).toBe("Classification and detection under adversaries");
    expect(urlValueOf("family", "Classification and detection under adversaries")).toBe("detection");
    expect(filterValueOf("family", "cooking")).toBeUndefined();
  });
});

describe("family pages", () => {
  const section = (title: string, extra: Partial<SectionOutline> = {}): SectionOutline => ({
    title,
    line: 1,
    words: 300,
    details: 0,
    listItems: 0,
    tables: 0,
    ...extra,
  });
  const goodPage = (): PageOutline => ({
    words: 3400,
    diagrams: [
      { line: 10, caption: "One" },
      { line: 20, caption: "Two" },
    ],
    sections: [
      section("What unites the family"),
      ...STEPS.map((step) => section(`Step ${step.number}: ${step.short} — for the family`)),
      section("How to recognise this family in a prompt"),
      section("What interviewers look for", { tables: 1 }),
      section("Common mistakes"),
      section("Follow-up questions", { details: 5 }),
      section("References", { listItems: 6 }),
    ],
  });

  it("pass with the seven steps, the recognition section and a chapter's closing sections", () => {
    expect(checkFamilyPage(goodPage())).toEqual([]);
  });

  it("name a missing step, a missing recognition section and a thin page", () => {
    const outline = goodPage();
    outline.words = 1800;
    outline.sections = outline.sections.filter(
      (s) => !s.title.startsWith("Step 4") && s.title !== "How to recognise this family in a prompt",
    );
    const problems = checkFamilyPage(outline);
    expect(problems).toContain('is missing the section for step 4 (Model): "## Step 4: …"');
    expect(problems).toContain('is missing the section "## How to recognise this family in a prompt"');
    expect(problems).toContain("has 1800 words of prose; at least 3000 are required");
  });

  it("want the recognition section after the seven steps", () => {
    const outline = goodPage();
    const recognition = outline.sections.splice(8, 1)[0]!;
    outline.sections.splice(1, 0, recognition);
    expect(checkFamilyPage(outline)).toEqual([
      '"## How to recognise this family in a prompt" must come after step 7 and before "## What interviewers look for"',
    ]);
  });
});
