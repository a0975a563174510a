/**
 * Pure pieces of the PDF export (src/integrations/pdf.ts): where each page's PDF goes, which file a URL
 * serves, the cache key, a small worker pool, and human-readable sizes.
 */
import { createHash } from "node:crypto";

/** Root-relative path (no base) of the one-page guide. */
export const WHOLE_GUIDE_PATH = "/print/";

/** Where the PDF of a page lives, root-relative without the base: "/chapters/data/" → "/pdf/chapters/data.pdf". */
export function pdfPathOf(pagePath: string): string {
  if (pagePath === WHOLE_GUIDE_PATH) return "/pdf/ml-system-design-field-guide.pdf";
  const trimmed = pagePath.replace(/^\/+|\/+$/g, "");
  if (trimmed === "") throw new Error("The home page has no PDF of its own.");
  return `/pdf/${trimmed}.pdf`;
}

/** The file name a reader's browser saves: "ml-field-guide-data.pdf". */
export function downloadNameOf(pagePath: string): string {
  const file = pdfPathOf(pagePath).split("/").pop()!;
  return file.startsWith("ml-system-design") ? file : `ml-field-guide-${file}`;
}

export interface PdfJob {
  /** URL path of the page to print, with the base: "/guide/chapters/data/". */
  page: string;
  /** URL path of the PDF to write, with the base: "/guide/pdf/chapters/data.pdf". */
  pdf: string;
}

/**
 * The jobs a built page asks for: every `<a data-pdf-download href="….pdf">` is a promise that the build
 * writes that PDF of this page, so the links and the files cannot drift apart.
 */
export function pdfJobsIn(html: string, pageUrl: string): PdfJob[] {
  const jobs: PdfJob[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bdata-pdf-download\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
    if (href) jobs.push({ page: pageUrl, pdf: new URL(href, `http://site.invalid${pageUrl}`).pathname });
  }
  return jobs;
}

/** The file under the output folder that serves a URL path, or undefined when the path is outside the base. */
export function fileForUrlPath(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  if (relative.split("/").includes("..")) return undefined;
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  avif: "image/avif",
  woff2: "font/woff2",
  woff: "font/woff",
  ico: "image/x-icon",
  txt: "text/plain; charset=utf-8",
  xml: "application/xml",
  pdf: "application/pdf",
};

export function contentTypeOf(file: string): string {
  return TYPES[file.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** Stylesheets and scripts a page loads: what, besides its HTML, decides how it prints. */
export function assetUrlsOf(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]),
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
  ];
  return urls.filter((url): url is string => Boolean(url));
}

/** Content hash of everything that decides a PDF: the page's HTML, its assets and the printer. */
export function pdfCacheKey(parts: { html: string; assets: readonly (string | Buffer)[]; printer: string }): string {
  const hash = createHash("sha256");
  hash.update(parts.printer).update("\0").update(parts.html);
  for (const asset of parts.assets) hash.update("\0").update(asset);
  return hash.digest("hex").slice(0, 32);
}

/** Runs `work` over `items` with at most `size` at a time; results keep the order of the items. */
export async function runPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  return results;
}

/** Pages in a PDF as Chromium writes it (one `/Type /Page` dictionary per page, no object streams). */
export function countPdfPages(pdf: Buffer | string): number {
  const text = typeof pdf === "string" ? pdf : pdf.toString("latin1");
  return [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the downloads page shows next to each PDF. */
export function describePdf(bytes: number, pages: number): string {
  return `PDF, ${pages} ${pages === 1 ? "page" : "pages"}, ${formatBytes(bytes)}`;
}

export interface PdfStat {
  page: string;
  pdf: string;
  bytes: number;
  pages: number;
  /** Milliseconds spent printing it; 0 when it came from the cache. */
  ms: number;
  cached: boolean;
}

export interface PdfStats {
  /** Wall-clock milliseconds for the whole PDF step, browser start included. */
  totalMs: number;
  concurrency: number;
  pdfs: PdfStat[];
}

export const PDF_STATS_FILE = ".pdf-stats.json";
