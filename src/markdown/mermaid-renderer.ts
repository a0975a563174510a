/**
 * The production diagram renderer: mermaid-isomorphic in the system Chromium, with the guide's theme.
 * Kept apart from the plugin so tests can hand the plugin a fake renderer.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createMermaidRenderer } from "mermaid-isomorphic";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, requireBrowser } from "../lib/browser.ts";
import type { MermaidConfig } from "mermaid";
import type { DiagramRenderer } from "./remark-mermaid.ts";

const require = createRequire(import.meta.url);

/** Diagram font: self-hosted Inter, loaded in the render page too so text is measured with the same font. */
export const DIAGRAM_FONT = '"Inter Variable", ui-sans-serif, system-ui, sans-serif';

/** Light-theme colours; dark mode is derived in CSS. Labels are SVG text so they print and copy as text. */
export const MERMAID_CONFIG: MermaidConfig = {
  theme: "base",
  fontFamily: DIAGRAM_FONT,
  htmlLabels: false,
  flowchart: { htmlLabels: false, curve: "basis", padding: 12 },
  sequence: { useMaxWidth: true },
  themeVariables: {
    fontFamily: DIAGRAM_FONT,
    fontSize: "15px",
    background: "#ffffff",
    primaryColor: "#eef2ff",
    primaryBorderColor: "#4f46e5",
    primaryTextColor: "#1e1b4b",
    secondaryColor: "#ecfdf5",
    secondaryBorderColor: "#047857",
    secondaryTextColor: "#052e16",
    tertiaryColor: "#fff7ed",
    tertiaryBorderColor: "#c2410c",
    tertiaryTextColor: "#431407",
    lineColor: "#475569",
    textColor: "#0f172a",
    noteBkgColor: "#fef9c3",
    noteTextColor: "#1c1917",
    noteBorderColor: "#a16207",
    clusterBkg: "#f8fafc",
    clusterBorder: "#94a3b8",
    edgeLabelBackground: "#ffffff",
  },
};

export const MERMAID_VERSION: string = (require("mermaid/package.json") as { version: string }).version;

/** Changes whenever the rendered output could change: Mermaid's version or our configuration. */
export const MERMAID_CACHE_KEY = `${MERMAID_VERSION}:${JSON.stringify(MERMAID_CONFIG)}`;

export function createDiagramRenderer(): DiagramRenderer {
  let renderer: ReturnType<typeof createMermaidRenderer> | undefined;
  const fontCss = pathToFileURL(require.resolve("@fontsource-variable/inter/index.css")).href;
  return async (diagrams, idPrefix) => {
    // The browser is resolved on first use, so a site without diagrams builds without Chromium.
    renderer ??= createMermaidRenderer({
      browserType: chromium,
      launchOptions: { executablePath: requireBrowser(), args: CHROMIUM_ARGS },
    });
    return renderer(diagrams, {
      prefix: idPrefix,
      css: fontCss,
      mermaidConfig: MERMAID_CONFIG,
    });
  };
}
