import { describe, expect, it } from "vitest";
import {
  claimIds,
  cssString,
  DuplicateIdError,
  guideHref,
  pageNameOf,
  rewriteForGuide,
  type GuidePart,
} from "../../src/lib/print/one-page-guide.ts";
import {
  assetUrlsOf,
  countPdfPages,
  describePdf,
  downloadNameOf,
  fileForUrlPath,
  formatBytes,
  pdfCacheKey,
  pdfJobsIn,
  pdfPathOf,
  runPool,
} from "../../src/lib/print/pdf.ts";

const data: GuidePart = { prefix: "chapters-data", url: "/guide/chapters/data/" };
const ctr: GuidePart = { prefix: "case-studies-ctr", url: "/guide/case-studies/ctr/" };
const parts = [data, ctr];

describe("the one-page guide: ids and links", () => {
  it("prefixes the page's ids and the references to them", () => {
    const html =
      '<div role="group" aria-labelledby="key-takeaways"><h2 id="key-takeaways">Key takeaways</h2></div>' +
      '<label for="q">Q</label><input id="q"><a href="#key-takeaways">back</a>';
    const { html: out, ids } = rewriteForGuide(html, data, parts);
    expect(ids).toEqual(["chapters-data--key-takeaways", "chapters-data--q"]);
    expect(out).toContain('<div role="group" aria-labelledby="chapters-data--key-takeaways">');
    expect(out).toContain('<h2 id="chapters-data--key-takeaways">');
    expect(out).toContain('for="chapters-data--q"');
    expect(out).toContain('href="#chapters-data--key-takeaways"');
  });

  it("keeps sections from becoming landmarks that repeat in every chapter", () => {
    const html =
      '<section class="takeaways" aria-labelledby="key-takeaways"><h2 id="key-takeaways">Key takeaways</h2></section>';
    expect(rewriteForGuide(html, data, parts).html).toBe(
      '<section class="takeaways"><h2 id="chapters-data--key-takeaways">Key takeaways</h2></section>',
    );
  });

  it("leaves ids inside diagrams alone but follows a diagram's label outside it", () => {
    const html =
      '<figure id="mmd-chapters-data-1-figure"><svg id="mmd-chapters-data-1" aria-labelledby="mmd-chapters-data-1-caption">' +
      '<marker id="mmd-chapters-data-1_arrow"></marker><path marker-end="url(#mmd-chapters-data-1_arrow)"></path></svg>' +
      '<figcaption id="mmd-chapters-data-1-caption">Flow</figcaption></figure>';
    const { html: out, ids } = rewriteForGuide(html, data, parts);
    expect(out).toContain('<svg id="mmd-chapters-data-1" aria-labelledby="chapters-data--mmd-chapters-data-1-caption"');
    expect(out).toContain('<marker id="mmd-chapters-data-1_arrow">');
    expect(out).toContain('marker-end="url(#mmd-chapters-data-1_arrow)"');
    expect(out).toContain('<figcaption id="chapters-data--mmd-chapters-data-1-caption">');
    expect(ids).not.toContain("mmd-chapters-data-1");
  });

  it("points links to pages in the guide at their parts, and leaves other links as they are", () => {
    expect(guideHref("/guide/case-studies/ctr/#step-data", data, parts, new Set())).toBe(
      "#case-studies-ctr--step-data",
    );
    expect(guideHref("/guide/case-studies/ctr/", data, parts, new Set())).toBe("#case-studies-ctr");
    expect(guideHref("../../case-studies/ctr/", data, parts, new Set())).toBe("#case-studies-ctr");
    expect(guideHref("/guide/chapters/data/#joins", data, parts, new Set())).toBe("#chapters-data--joins");
    expect(guideHref("/guide/glossary/#embedding", data, parts, new Set())).toBeUndefined();
    expect(guideHref("https://example.com/chapters/data/", data, parts, new Set())).toBeUndefined();
    // An in-page anchor that the page does not define is left for the link check to report.
    expect(guideHref("#nowhere", data, parts, new Set(["joins"]))).toBeUndefined();
    expect(guideHref("#caf%C3%A9", data, parts, new Set(["café"]))).toBe("#chapters-data--café");
  });

  it("keeps the markup of everything else intact", () => {
    const html = '<p>A <a href="https://example.com/" rel="noopener">link</a> &amp; <code>x &lt; y</code></p>';
    const out = rewriteForGuide(html, data, parts).html;
    expect(out).toContain('<p>A <a href="https://example.com/" rel="noopener">link</a> ');
    expect(out).toMatch(/<code>x &(lt|#x3C); y<\/code><\/p>$/);
  });

  it("fails on an id that two parts use, naming it", () => {
    const registry = new Set(["main"]);
    claimIds(registry, ["chapters-data", "chapters-data--a"], "data");
    expect(() => claimIds(registry, ["chapters-data--a"], "ctr")).toThrow(DuplicateIdError);
    expect(() => claimIds(registry, ["main"], "ctr")).toThrow(/ctr: .*main/);
    // Repeated within one page: the link check reports it against the content file.
    expect(() => claimIds(registry, ["x", "x"], "ctr")).not.toThrow();
  });

  it("writes titles as safe CSS strings and page names", () => {
    expect(cssString('Say "hi" \\ bye')).toBe('"Say \\"hi\\" \\\\ bye"');
    expect(cssString("</style><script>")).not.toContain("<");
    expect(pageNameOf("case-studies-ctr")).toBe("part-case-studies-ctr");
  });
});

describe("PDF export helpers", () => {
  it("names each page's PDF", () => {
    expect(pdfPathOf("/chapters/data/")).toBe("/pdf/chapters/data.pdf");
    expect(pdfPathOf("/case-studies/ctr-prediction/")).toBe("/pdf/case-studies/ctr-prediction.pdf");
    expect(pdfPathOf("/print/")).toBe("/pdf/ml-system-design-field-guide.pdf");
    expect(() => pdfPathOf("/")).toThrow();
    expect(downloadNameOf("/chapters/data/")).toBe("ml-field-guide-data.pdf");
    expect(downloadNameOf("/print/")).toBe("ml-system-design-field-guide.pdf");
  });

  it("plans one job per Download PDF link, resolved against the page", () => {
    const html =
      '<a class="pdf-download" href="/guide/pdf/chapters/data.pdf" download="x.pdf" data-pdf-download>PDF</a>' +
      '<a href="/guide/pdf/chapters/model.pdf">not a download button</a>';
    expect(pdfJobsIn(html, "/guide/chapters/data/")).toEqual([
      { page: "/guide/chapters/data/", pdf: "/guide/pdf/chapters/data.pdf" },
    ]);
  });

  it("maps URL paths to files under the output folder, never outside it", () => {
    expect(fileForUrlPath("/guide/", "/guide/")).toBe("index.html");
    expect(fileForUrlPath("/guide/chapters/data/", "/guide/")).toBe("chapters/data/index.html");
    expect(fileForUrlPath("/guide/_astro/a.css", "/guide/")).toBe("_astro/a.css");
    expect(fileForUrlPath("/other/x.css", "/guide/")).toBeUndefined();
    expect(fileForUrlPath("/guide/../secret", "/guide/")).toBeUndefined();
  });

  it("keys the cache on the page, its assets and the printer", () => {
    const key = pdfCacheKey({ html: "<p>a</p>", assets: ["css"], printer: "Chromium 1" });
    expect(pdfCacheKey({ html: "<p>a</p>", assets: ["css"], printer: "Chromium 1" })).toBe(key);
    expect(pdfCacheKey({ html: "<p>b</p>", assets: ["css"], printer: "Chromium 1" })).not.toBe(key);
    expect(pdfCacheKey({ html: "<p>a</p>", assets: ["css2"], printer: "Chromium 1" })).not.toBe(key);
    expect(pdfCacheKey({ html: "<p>a</p>", assets: ["css"], printer: "Chromium 2" })).not.toBe(key);
    expect(
      assetUrlsOf(
        '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><link rel="icon" href="/f.svg">',
      ),
    ).toEqual(["/_astro/a.css", "/_astro/b.js"]);
  });

  it("runs jobs a few at a time and keeps their order", async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool([3, 1, 2, 5, 4], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([30, 10, 20, 50, 40]);
    expect(peak).toBe(2);
  });

  it("counts pages and describes sizes for the downloads page", () => {
    const pdf = "<< /Type /Pages /Count 2 >> << /Type /Page /Parent 1 0 R >> << /Type/Page >>";
    expect(countPdfPages(pdf)).toBe(2);
    expect(formatBytes(900)).toBe("900 B");
    expect(formatBytes(450_000)).toBe("439 KB");
    expect(formatBytes(3_493_346)).toBe("3.3 MB");
    expect(describePdf(450_000, 1)).toBe("PDF, 1 page, 439 KB");
  });
});
