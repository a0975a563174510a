import { describe, expect, it } from "vitest";
import { findBrokenLinks, findDuplicateIds, type BuiltPage } from "../../src/lib/site-links.ts";
import { pageUrlOf, readBuiltPage } from "../../src/integrations/check-links.ts";

const page = (url: string, ids: string[], links: string[], source?: string): BuiltPage => ({
  url,
  ids: new Set(ids),
  duplicateIds: [],
  links,
  source,
});

describe("broken-link finder", () => {
  const base = "/guide/";
  const pages = [
    page("/guide/", [], ["/guide/chapters/data/#joins", "https://example.com/", "mailto:x@y.z", "#top"], undefined),
    page(
      "/guide/chapters/data/",
      ["joins", "top"],
      ["../scope/", "/guide/chapters/data/#missing", "/guide/nowhere/", "/guide/favicon.svg", "/elsewhere/"],
      "content/chapters/data.mdx",
    ),
    page("/guide/chapters/scope/", [], ["/guide/glossary/#ctr", "/guide/glossary/#ctrr"]),
    page("/guide/glossary/", ["ctr"], []),
  ];
  const files = new Set(["/guide/favicon.svg"]);
  it("reports missing pages, missing anchors and links outside the base, naming the source file", () => {
    const broken = findBrokenLinks(pages, files, base);
    expect(broken).toEqual([
      { page: "/guide/", href: "#top", reason: "points to #top, which does not exist on /guide/" },
      {
        page: "content/chapters/data.mdx",
        href: "/guide/chapters/data/#missing",
        reason: "points to #missing, which does not exist on /guide/chapters/data/",
      },
      {
        page: "content/chapters/data.mdx",
        href: "/guide/nowhere/",
        reason: "points to a page or file that does not exist",
      },
      { page: "content/chapters/data.mdx", href: "/elsewhere/", reason: "is outside the site's base path /guide/" },
      {
        page: "/guide/chapters/scope/",
        href: "/guide/glossary/#ctrr",
        reason: 'names the glossary term "ctrr", which is not defined in content/glossary/',
      },
    ]);
  });
});

describe("reading built pages", () => {
  it("maps files to URLs", () => {
    expect(pageUrlOf("index.html", "/")).toBe("/");
    expect(pageUrlOf("chapters/data/index.html", "/guide/")).toBe("/guide/chapters/data/");
    expect(pageUrlOf("404.html", "/")).toBe("/404.html");
  });
  it("collects ids, duplicate ids, links and the source file", () => {
    const built = readBuiltPage(
      '<main data-source="content/x.mdx"><h2 id="a">A</h2><h3 id="a">A</h3><a href="/b/#c">b</a></main>',
      "/x/",
    );
    expect([...built.ids]).toEqual(["a"]);
    expect(built.duplicateIds).toEqual(["a"]);
    expect(findDuplicateIds([built])).toEqual([{ page: "content/x.mdx", id: "a" }]);
    expect(built.links).toEqual(["/b/#c"]);
    expect(built.source).toBe("content/x.mdx");
  });
});
