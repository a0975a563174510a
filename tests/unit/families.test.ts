import { describe, expect, it } from "vitest";
import { FAMILIES, FAMILY_IDS, casesOfFamily, familyProblems } from "../../src/lib/families.ts";
import { filterValueOf, urlValueOf } from "../../src/lib/search/facets.ts";

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
