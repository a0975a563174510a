/**
 * The PDF part of `npm run bench`: reads the timings the PDF integration writes into the output folder
 * (src/integrations/pdf.ts → .pdf-stats.json) and prints them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PDF_STATS_FILE, WHOLE_GUIDE_PATH, pdfPathOf, type PdfStats } from "../src/lib/print/pdf.ts";

export function readPdfStats(outDir: string): PdfStats | undefined {
  const file = path.join(outDir, PDF_STATS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PdfStats) : undefined;
}

/** One line for the build summary: how many PDFs were printed and how long the PDF step took. */
export function pdfSummary(stats: PdfStats | undefined): string {
  if (!stats) return "PDFs: none (no .pdf-stats.json)";
  const printed = stats.pdfs.filter((pdf) => !pdf.cached);
  return `PDFs ${(stats.totalMs / 1000).toFixed(1)} s: printed ${printed.length}, from cache ${stats.pdfs.length - printed.length}`;
}

/** Per PDF: pages, size, and the time it took to print in the cold build; then totals. */
export function printPdfReport(cold: PdfStats | undefined, warm: PdfStats | undefined): void {
  if (!cold) return;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  console.log(`\nPDFs (A4, outline, tagged; ${cold.concurrency} pages at a time)`);
  console.log(`${"pdf".padEnd(48)} ${"pages".padStart(5)} ${"size".padStart(9)} ${"cold".padStart(8)}`);
  for (const pdf of cold.pdfs) {
    console.log(
      `${pdf.pdf.padEnd(48)} ${String(pdf.pages).padStart(5)} ${kb(pdf.bytes)} ${pdf.cached ? "  cached" : seconds(pdf.ms)}`,
    );
  }
  const isWhole = (pdf: PdfStats["pdfs"][number]) => pdf.pdf.endsWith(pdfPathOf(WHOLE_GUIDE_PATH));
  const singles = cold.pdfs.filter((pdf) => !isWhole(pdf) && !pdf.cached);
  const whole = cold.pdfs.find(isWhole);
  const total = (list: typeof cold.pdfs, key: "bytes" | "ms") => list.reduce((sum, pdf) => sum + pdf[key], 0);
  if (singles.length > 0) {
    console.log(
      `chapter/case-study PDF: mean ${seconds(total(singles, "ms") / singles.length).trim()} to print, mean ${kb(total(singles, "bytes") / singles.length).trim()}`,
    );
  }
  if (whole)
    console.log(
      `whole guide: ${whole.pages} pages, ${kb(whole.bytes).trim()}, ${whole.cached ? "cached" : `${seconds(whole.ms).trim()} to print`}`,
    );
  console.log(
    `all PDFs: ${kb(total(cold.pdfs, "bytes")).trim()}; PDF step ${seconds(cold.totalMs).trim()} cold, ${warm ? seconds(warm.totalMs).trim() : "?"} cached`,
  );
}
