/**
 * The PDFs the build prints (src/integrations/pdf.ts), read back with pdf.js as a reader's PDF viewer would:
 * text that can be selected and searched, bookmarks, page numbers and running heads.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { sitemapPaths } from "./site-urls.ts";

/** Whitespace differs between HTML and PDF text runs; compare the characters. */
const squash = (text: string) => text.replace(/\s+/g, "");

async function openPdf(request: APIRequestContext, href: string): Promise<PDFDocumentProxy> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  expect(response.headers()["content-type"]).toContain("pdf");
  return getDocument({ data: new Uint8Array(await response.body()) }).promise;
}

interface TextLine {
  y: number;
  text: string;
}

/** Each page's text as lines, top to bottom. */
async function pageLines(document: PDFDocumentProxy): Promise<TextLine[][]> {
  const pages: TextLine[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    const lines = new Map<number, string>();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const y = Math.round(item.transform[5]! as number);
      lines.set(y, `${lines.get(y) ?? ""}${item.str} `);
    }
    pages.push([...lines.entries()].sort((a, b) => b[0] - a[0]).map(([y, text]) => ({ y, text: text.trim() })));
  }
  return pages;
}

/** The chapters and case studies, in reading order, from the sidebar. */
async function guidePages(page: Page): Promise<{ href: string; title: string }[]> {
  await page.goto("");
  return page.locator(".sidebar a").evaluateAll((links) =>
    (links as HTMLAnchorElement[])
      .filter((link) => /\/(chapters|case-studies)\/[^/]+\/$/.test(link.pathname))
      .map((link) => ({
        href: link.getAttribute("href")!,
        title: link.querySelector("span:last-child")!.textContent!.trim(),
      })),
  );
}

// One test per page, so the PDFs are read in parallel and the cost per page stays flat as the guide grows.
const GUIDE_PAGES = sitemapPaths().filter((path) => /^(chapters|case-studies)\/[^/]+\/$/.test(path));

test("the PDF tests below cover every chapter and case study in the sidebar", async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const inSidebar = (await guidePages(page)).map((p) => new URL(p.href, baseURL).pathname.slice(base.length));
  expect(inSidebar.length).toBeGreaterThanOrEqual(9);
  expect([...inSidebar].sort()).toEqual([...GUIDE_PAGES].sort());
});

for (const href of GUIDE_PAGES) {
  test(`${href}: its PDF has its title, diagram labels and answers as text, page numbers and running heads`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.goto(href);
    const title = (await page.locator('.sidebar a[aria-current="page"] span:last-child').textContent())!.trim();
    // The longest one-line label of the page's diagrams (SVG text with no nested lines), the most telling.
    const label = await page.locator("figure.diagram svg :is(text, tspan)").evaluateAll(
      (texts) =>
        texts
          .filter((text) => text.children.length === 0)
          .map((text) => text.textContent!.trim())
          .filter((text) => /[A-Za-z]{4,}/.test(text))
          .sort((a, b) => b.length - a.length)[0],
    );
    expect(label, `${href} has a diagram with a text label`).toBeTruthy();
    const answers = page.locator("main details > p");
    const answer = (await answers.count()) > 0 ? await answers.first().textContent() : null;
    const pdfHref = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
    const document = await openPdf(request, pdfHref!);
    expect((await document.getMarkInfo())?.Marked, `${pdfHref}: tagged for screen readers`).toBe(true);
    expect((await document.getOutline())?.[0]?.title.replace(/\s+/g, " ").trim(), `${pdfHref}: bookmarks`).toBe(title);
    const lines = await pageLines(document);
    const text = squash(
      lines
        .flat()
        .map((line) => line.text)
        .join(""),
    );
    // Booleans, so a failure names what is missing without dumping the whole PDF.
    expect(text.includes(squash(title)), `${pdfHref}: title "${title}"`).toBe(true);
    expect(text.includes(squash(label!)), `${pdfHref}: diagram label "${label}"`).toBe(true);
    if (answer)
      expect(text.includes(squash(answer).slice(0, 60)), `${pdfHref}: a follow-up answer, closed on screen`).toBe(true);
    lines.forEach((pageText, index) => {
      const all = pageText.map((line) => line.text);
      expect(all, `${pdfHref} page ${index + 1}: page number`).toContain(`Page ${index + 1} of ${lines.length}`);
      // The running head names the chapter on every page after the first.
      if (index > 0)
        expect(squash(pageText[0]!.text), `${pdfHref} page ${index + 1}: running head`).toBe(squash(title));
    });
  });
}

test("the whole-guide PDF has a bookmark for every chapter and case study, in reading order, each at the start of its part", async ({
  page,
  request,
}) => {
  const pages = await guidePages(page);
  await page.goto("downloads/");
  const href = await page
    .locator("main")
    .getByRole("link", { name: "ML System Design Field Guide", exact: true })
    .getAttribute("href");
  const document = await openPdf(request, href!);
  const outline = (await document.getOutline()) ?? [];
  const bookmarks = outline.map((item) => item.title.replace(/\s+/g, " ").trim());
  const wanted = pages.map((p) => p.title);
  expect(bookmarks.filter((title) => wanted.includes(title))).toEqual(wanted);
  const lines = await pageLines(document);
  let previous = 0;
  for (const title of wanted) {
    const item = outline.find((entry) => entry.title.replace(/\s+/g, " ").trim() === title)!;
    const dest = typeof item.dest === "string" ? await document.getDestination(item.dest) : item.dest;
    const pageIndex = await document.getPageIndex(dest![0]);
    expect(pageIndex, `${title} comes after the previous part`).toBeGreaterThan(previous);
    previous = pageIndex;
    // A part starts on a fresh page: its title is in the top lines of the page the bookmark opens.
    const top = squash(
      lines[pageIndex]!.slice(0, 6)
        .map((line) => line.text)
        .join(""),
    );
    expect(top, `${title} starts its page`).toContain(squash(title));
  }
});

test("no heading is left alone at the bottom of a page of the whole guide", async ({ page, request }) => {
  await page.goto("print/");
  const headings = new Set(
    // Part titles (h1) always open a fresh page (the bookmark test checks it), so only h2–h4 can be stranded;
    // leaving h1 out also keeps a related-case link that repeats a part's title from looking like a heading.
    (await page.locator("main :is(h2, h3, h4)").allTextContents()).map(squash).filter((h) => h.length > 0),
  );
  const href = await page.getByRole("link", { name: "Download the guide as PDF" }).getAttribute("href");
  const lines = await pageLines(await openPdf(request, href!));
  expect(lines.length).toBeGreaterThan(20);
  const stranded: string[] = [];
  lines.forEach((pageText, index) => {
    const body = pageText.filter((line) => !/^Page \d+ of \d+$/.test(line.text)).map((line) => squash(line.text));
    // A heading, wrapped over up to three lines, that is all there is at the foot of the page.
    for (const count of [1, 2, 3]) {
      const last = body.slice(-count).join("");
      if (body.length > count && headings.has(last)) stranded.push(`page ${index + 1}: ${last}`);
    }
  });
  expect(stranded).toEqual([]);
});

test("the downloads page lists every PDF with its size and page count @base", async ({ page, request }) => {
  await page.goto("downloads/");
  const rows = page.locator("main li, main p").filter({ has: page.locator(".pdf-size") });
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    const size = (await row.locator(".pdf-size").textContent())!.trim();
    expect(size).toMatch(/^\(PDF, \d+ pages?, [\d.]+ (KB|MB)\)$/);
    const href = await row.locator("a[href$='.pdf']").first().getAttribute("href");
    const document = await openPdf(request, href!);
    expect(size, href!).toContain(`${document.numPages} page`);
  }
});
