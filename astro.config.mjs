// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import remarkMermaid from "./src/markdown/remark-mermaid.ts";
import { createDiagramRenderer, MERMAID_CACHE_KEY } from "./src/markdown/mermaid-renderer.ts";
import rehypeCaseStudySteps from "./src/markdown/rehype-case-study-steps.ts";
import rehypeHeadingAnchors from "./src/markdown/rehype-heading-anchors.ts";
import rehypeTrackSections from "./src/markdown/rehype-track-sections.ts";
import rehypeLinks from "./src/markdown/rehype-links.ts";
import rehypeTableScroll from "./src/markdown/rehype-table-scroll.ts";
import checkLinks from "./src/integrations/check-links.ts";
import pagefindIndex from "./src/integrations/pagefind.ts";
import buildStamp from "./src/integrations/build-stamp.ts";
import pdfExport from "./src/integrations/pdf.ts";
import { buildSettings } from "./src/lib/settings.ts";
import { THEME_INIT_SCRIPT, scriptHash } from "./src/lib/theme-init.ts";

// Everything that varies between builds (site URL, base path, content folder for fixtures) comes from the
// environment; see README "Configuration".
const settings = buildSettings(process.env);

/** Counted by the Mermaid plugin, written out by buildStamp for the benchmark. */
const diagramStats = { rendered: 0, cached: 0 };

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: "always",
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  build: { format: "directory" },
  // No page may load anything from another origin. Scripts: only our own files and the hashes Astro computes
  // for the few inline ones (no 'unsafe-inline'); Pagefind needs to compile its WebAssembly. Styles keep
  // 'unsafe-inline' because Shiki and the inline SVG diagrams carry style attributes.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The theme script is inline and not bundled, so Astro does not hash it: give its hash here.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [scriptHash(THEME_INIT_SCRIPT)],
      },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  markdown: {
    syntaxHighlight: { type: "shiki", excludeLangs: ["mermaid"] },
    shikiConfig: {
      themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
      defaultColor: "light",
      wrap: false,
    },
    processor: unified({
      remarkPlugins: [
        [
          remarkMermaid,
          {
            render: createDiagramRenderer(),
            cacheDir: settings.diagramCacheDir,
            cacheKey: MERMAID_CACHE_KEY,
            stats: diagramStats,
          },
        ],
      ],
      rehypePlugins: [
        [rehypeCaseStudySteps, { base: settings.base }],
        rehypeTrackSections,
        rehypeHeadingAnchors,
        [rehypeLinks, { base: settings.base }],
        rehypeTableScroll,
      ],
    }),
  },
  // Order matters: a broken link fails the build before anything is indexed or stamped as built.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith("/404/") && !page.endsWith("/print/") }),
    checkLinks({ pdfsSkipped: settings.skipPdf }),
    pagefindIndex(),
    ...(settings.skipPdf ? [] : [pdfExport({ cacheDir: settings.pdfCacheDir })]),
    buildStamp(diagramStats),
  ],
  vite: {
    server: { fs: { allow: ["."] } },
  },
});
