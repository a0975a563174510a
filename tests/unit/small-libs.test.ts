import { describe, expect, it } from "vitest";
import { parseCodeMeta } from "../../src/lib/code-meta.ts";
import { countWords, proseWordsOfMarkdown, readingMinutes } from "../../src/lib/text.ts";
import { pageKeyOf, withBase } from "../../src/lib/paths.ts";
import { buildSettings, normaliseBase } from "../../src/lib/settings.ts";
import { GlossaryError, mergeGlossaries } from "../../src/lib/glossary.ts";
import { buildNav, neighbours, orderChapters } from "../../src/lib/nav.ts";
import { lastChangeDate, lastCommitDate } from "../../src/lib/git.ts";
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

describe("code meta", () => {
  it("reads quoted values, with escaped quotes", () => {
    expect(parseCodeMeta('caption="A \\"quoted\\" flow" title="x"')).toEqual({
      caption: 'A "quoted" flow',
      title: "x",
    });
    expect(parseCodeMeta(null)).toEqual({});
  });
});

describe("text", () => {
  it("counts words, not punctuation", () => {
    expect(countWords("Kafka — then Flink | 42 ms")).toBe(5);
  });
  it("leaves code and JSX out of reading words", () => {
    const body = 'Two words\n\n```mermaid\nflowchart LR\n  A-->B\n```\n\n<Callout kind="tip">three more here</Callout>';
    expect(proseWordsOfMarkdown(body)).toBe(5);
  });
  it("rounds reading time up", () => {
    expect(readingMinutes(231)).toBe(2);
    expect(readingMinutes(0)).toBe(1);
  });
});

describe("paths and settings", () => {
  it("makes page keys from content paths", () => {
    expect(pageKeyOf("content/chapters/data.mdx")).toBe("chapters-data");
    expect(pageKeyOf("/abs/tests/fixtures/x/content/case-studies/CTR_v2.mdx")).toBe("case-studies-ctr-v2");
  });
  it("adds the base path once", () => {
    expect(withBase("/", "/chapters/data/")).toBe("/chapters/data/");
    expect(withBase("/guide/", "/chapters/data/#x")).toBe("/guide/chapters/data/#x");
    expect(withBase("/guide/", "/guide/chapters/")).toBe("/guide/chapters/");
    expect(withBase("/guide/", "https://example.com/")).toBe("https://example.com/");
    expect(withBase("/guide/", "#anchor")).toBe("#anchor");
  });
  it("normalises the base path from the environment", () => {
    expect(normaliseBase(undefined)).toBe("/");
    expect(normaliseBase("guide")).toBe("/guide/");
    expect(normaliseBase("/guide//")).toBe("/guide/");
    expect(buildSettings({ BASE_PATH: "/g/", SITE_URL: "https://x.dev" })).toMatchObject({
      base: "/g/",
      site: "https://x.dev",
      outDir: "dist",
    });
  });
});

describe("glossary files", () => {
  it("merge, and refuse a term defined twice, naming both files", () => {
    const merged = mergeGlossaries([
      { file: "a.yaml", data: { ctr: { term: "CTR", definition: "clicks divided by impressions" } } },
      { file: "b.yaml", data: { auc: { term: "AUC", definition: "area under the ROC curve" } } },
    ]);
    expect([...merged.keys()]).toEqual(["ctr", "auc"]);
    expect(() =>
      mergeGlossaries([
        { file: "a.yaml", data: { ctr: { term: "CTR", definition: "x" } } },
        { file: "b.yaml", data: { ctr: { term: "CTR", definition: "y" } } },
      ]),
    ).toThrow(new GlossaryError('b.yaml: term id "ctr" is already defined in a.yaml'));
  });
  it("refuse ids that are not kebab-case", () => {
    expect(() => mergeGlossaries([{ file: "a.yaml", data: { "Bad Id": { term: "x", definition: "y" } } }])).toThrow(
      /lower-case words/,
    );
  });
});

describe("navigation", () => {
  const chapters = [
    { slug: "model", title: "Model", step: "model" as const },
    { slug: "introduction", title: "Introduction", step: undefined },
    { slug: "scope", title: "Scope", step: "scope" as const },
  ];
  it("orders the introduction first, then by framework step", () => {
    expect(orderChapters(chapters).map((c) => c.slug)).toEqual(["introduction", "scope", "model"]);
  });
  it("groups the sidebar and links neighbours in reading order", () => {
    const nav = buildNav(chapters, [{ slug: "ctr", title: "CTR" }]);
    expect(nav.map((g) => g.label)).toEqual(["Start here", "The framework", "Case studies", "Study tools"]);
    expect(nav[1]!.links.map((l) => l.stepNumber)).toEqual([1, 4]);
    const { previous, next } = neighbours(nav, "/chapters/model/");
    expect(previous?.href).toBe("/chapters/scope/");
    expect(next?.href).toBe("/case-studies/ctr/");
    expect(neighbours(nav, "/chapters/introduction/").previous).toBeUndefined();
  });
  it("puts a track's chapter after the framework, in its own group, before the case studies", () => {
    const withTrack = [
      ...chapters,
      { slug: "llm-systems", title: "LLM systems", step: undefined, track: "llm-systems" as const },
    ];
    expect(orderChapters(withTrack).map((c) => c.slug)).toEqual(["introduction", "scope", "model", "llm-systems"]);
    const nav = buildNav(withTrack, [{ slug: "ctr", title: "CTR" }]);
    expect(nav.map((g) => g.label)).toEqual([
      "Start here",
      "The framework",
      "LLM systems",
      "Case studies",
      "Study tools",
    ]);
    expect(nav[0]!.links.map((l) => l.href)).toEqual(["/chapters/introduction/"]);
    expect(neighbours(nav, "/chapters/model/").next?.href).toBe("/chapters/llm-systems/");
    expect(neighbours(nav, "/chapters/llm-systems/").next?.href).toBe("/case-studies/ctr/");
  });
  it("puts the problem families after the tracks, in the families' defined order, before the case studies", () => {
    const families = [
      { slug: "search", title: "Search and retrieval" },
      { slug: "recommendation", title: "Recommendation and feed ranking" },
    ];
    const nav = buildNav(chapters, [{ slug: "ctr", title: "CTR" }], families);
    expect(nav.map((g) => g.label)).toEqual([
      "Start here",
      "The framework",
      "Problem families",
      "Case studies",
      "Study tools",
    ]);
    expect(nav[2]!.links.map((l) => l.href)).toEqual(["/families/recommendation/", "/families/search/"]);
    expect(neighbours(nav, "/chapters/model/").next?.href).toBe("/families/recommendation/");
    expect(neighbours(nav, "/families/search/").next?.href).toBe("/case-studies/ctr/");
  });
});

describe("a page's last change", () => {
  it("is the last commit for a committed file, and the write time for one git does not track", () => {
    const committed = lastChangeDate("package.json");
    expect(committed?.getTime()).toBe(lastCommitDate("package.json")?.getTime());
    const dir = mkdtempSync(path.join(os.tmpdir(), "last-change-"));
    const file = path.join(dir, "page.mdx");
    writeFileSync(file, "new page");
    const written = new Date("2026-03-04T05:06:07Z");
    utimesSync(file, written, written);
    expect(lastCommitDate(file)).toBeUndefined();
    expect(lastChangeDate(file)?.toISOString()).toBe(written.toISOString());
    expect(lastChangeDate(path.join(dir, "missing.mdx"))).toBeUndefined();
  });
});
