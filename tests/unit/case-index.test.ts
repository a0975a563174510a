import { describe, expect, it } from "vitest";
import {
  caseFilterQuery,
  groupByMainDomain,
  matchesCaseFilter,
  parseCaseFilter,
  relatedBothWays,
  type CaseSummary,
} from "../../src/lib/case-index.ts";

const cases: CaseSummary[] = [
  { slug: "video", title: "Video", domains: ["recommendation", "feed"], difficulty: "hard", related: ["feed"] },
  { slug: "ctr", title: "CTR", domains: ["ads", "ranking"], difficulty: "hard", related: [] },
  { slug: "events", title: "Events", domains: ["recommendation"], difficulty: "medium", related: ["video"] },
  { slug: "feed", title: "Feed", domains: ["feed", "ranking"], difficulty: "medium", related: [] },
];

describe("the case-study index", () => {
  it("groups each case once under its main domain, groups in domain order and cases by title", () => {
    const groups = groupByMainDomain(cases);
    expect(groups.map((g) => [g.domain, g.cases.map((c) => c.slug)])).toEqual([
      ["ads", ["ctr"]],
      ["recommendation", ["events", "video"]],
      ["feed", ["feed"]],
    ]);
  });

  it("filters by any of a case's domains and by difficulty", () => {
    const shown = (filter: Parameters<typeof matchesCaseFilter>[1]) =>
      cases.filter((c) => matchesCaseFilter(c, filter)).map((c) => c.slug);
    expect(shown({})).toEqual(["video", "ctr", "events", "feed"]);
    expect(shown({ domain: "feed" })).toEqual(["video", "feed"]);
    expect(shown({ domain: "ranking", difficulty: "medium" })).toEqual(["feed"]);
  });

  it("reads the filter from the URL and writes it back, ignoring values it does not know", () => {
    expect(parseCaseFilter("?domain=search&difficulty=hard")).toEqual({ domain: "search", difficulty: "hard" });
    expect(parseCaseFilter("?domain=astrology&difficulty=impossible")).toEqual({});
    expect(caseFilterQuery({ domain: "search", difficulty: "hard" })).toBe("?domain=search&difficulty=hard");
    expect(caseFilterQuery({})).toBe("");
    expect(parseCaseFilter(caseFilterQuery({ difficulty: "medium" }))).toEqual({ difficulty: "medium" });
  });

  it("links related cases both ways, without duplicates or self-links", () => {
    const related = relatedBothWays([...cases, { slug: "self", related: ["self"] }]);
    expect(related.get("video")).toEqual(["feed", "events"]);
    expect(related.get("feed")).toEqual(["video"]);
    expect(related.get("events")).toEqual(["video"]);
    expect(related.get("ctr")).toEqual([]);
    expect(related.get("self")).toEqual([]);
  });
});
