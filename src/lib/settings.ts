/**
 * Build settings from environment variables, with defaults that make `npm start` work as is.
 *   SITE_URL     absolute origin the site is served from (canonical URLs, sitemap)   default http://localhost:4321
 *   BASE_PATH    sub-path the site lives under, e.g. /guide/                           default /
 *   CONTENT_DIR  folder holding chapters/, case-studies/, glossary/ (fixtures use it) default content
 *   OUT_DIR      where the built site goes                                             default dist
 *   DIAGRAM_CACHE_DIR  content-hash cache of rendered diagrams                        default .cache/mermaid
 *   PDF_CACHE_DIR      content-hash cache of printed PDFs                             default .cache/pdf
 *   SKIP_PDF     1 skips printing PDFs, for a quick local build (the downloads page says so)   default unset
 */
export interface BuildSettings {
  site: string;
  base: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  diagramCacheDir: string;
  pdfCacheDir: string;
  /** Quick local builds leave the PDFs out; CI and `npm start` always print them. */
  skipPdf: boolean;
}

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? "/").trim();
  if (trimmed === "" || trimmed === "/") return "/";
  return `/${trimmed.replace(/^\/+|\/+$/g, "")}/`;
}

export function buildSettings(env: Record<string, string | undefined>): BuildSettings {
  const contentDir = env["CONTENT_DIR"] ?? "content";
  const outDir = env["OUT_DIR"] ?? "dist";
  const isDefault = contentDir === "content" && outDir === "dist";
  return {
    site: env["SITE_URL"] ?? "http://localhost:4321",
    base: normaliseBase(env["BASE_PATH"]),
    contentDir,
    outDir,
    // Fixture builds and builds into another folder get their own Astro cache, so two builds running at once
    // never share a content store.
    cacheDir: isDefault
      ? "./node_modules/.astro"
      : `./node_modules/.astro-variants/${`${contentDir}-${outDir}`.replace(/[^\w]+/g, "-")}`,
    diagramCacheDir: env["DIAGRAM_CACHE_DIR"] ?? ".cache/mermaid",
    pdfCacheDir: env["PDF_CACHE_DIR"] ?? ".cache/pdf",
    skipPdf: ["1", "true", "yes"].includes((env["SKIP_PDF"] ?? "").trim().toLowerCase()),
  };
}
