/**
 * Renders ```mermaid fences to inline SVG at build time, wrapped in a <figure> with a visible caption.
 *
 * - One browser render per file for every diagram not already in the content-hash cache.
 * - Ids are unique across the site (`mmd-<page>-<n>`), so several pages can share one document (print page).
 * - One SVG serves both themes: dark mode is applied by CSS, not by a second copy.
 * - A syntax error fails the build with the file, the line in the file and Mermaid's message.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Code, Root } from "mdast";
import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { parseCodeMeta } from "../lib/code-meta.ts";
import { pageKeyOf } from "../lib/paths.ts";

export interface RenderedDiagram {
  svg: string;
}

/** Renders diagrams in order; a rejected entry carries Mermaid's error message. */
export type DiagramRenderer = (
  diagrams: string[],
  idPrefix: string,
) => Promise<PromiseSettledResult<RenderedDiagram>[]>;

export interface RemarkMermaidOptions {
  render: DiagramRenderer;
  /** Folder for the content-hash cache; no cache when undefined. */
  cacheDir?: string;
  /** Part of the cache key: change it when the renderer or its configuration changes. */
  cacheKey?: string;
  /** Counts renders and cache hits, for the benchmark. */
  stats?: { rendered: number; cached: number };
}

/** The id placeholder used while rendering and in the cache; replaced by the page's unique id. */
const PLACEHOLDER = "mmdslot";

export class MermaidError extends Error {
  override name = "MermaidError";
}

function hashOf(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/** Mermaid writes style="undefined;;;" on some paths (erDiagram, mindmap); keep only real declarations. */
export function cleanStyle(style: string): string {
  return style
    .split(";")
    .map((declaration) => declaration.trim())
    .filter((declaration) => /^[-\w]+\s*:\s*\S/.test(declaration))
    .join(";");
}

function cleanStyles(node: Element | ElementContent): void {
  if (node.type !== "element") return;
  const style = node.properties["style"];
  if (typeof style === "string") {
    const cleaned = cleanStyle(style);
    if (cleaned) node.properties["style"] = cleaned;
    else delete node.properties["style"];
  }
  node.children.forEach(cleanStyles);
}

/** The smallest a diagram may be scaled to fit its column before it scrolls instead. */
export const MIN_SCALE = 0.65;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Mermaid derives most ids from the diagram's id, but not all: sequence diagrams name their actors
 * `actor0`, `root-0`…, the same in every diagram. Two such diagrams on one page (the one-page guide) would
 * share ids, so every id outside the diagram's own namespace is moved into it, with its `#` references.
 */
export function scopeIds(svg: string, id: string): string {
  const own = (candidate: string) =>
    candidate === id || candidate.startsWith(`${id}-`) || candidate.startsWith(`${id}_`);
  const foreign = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!).filter((x) => !own(x)));
  let scoped = svg;
  for (const name of foreign) {
    const escaped = escapeRegExp(name);
    scoped = scoped
      .replace(new RegExp(`(\\sid=")${escaped}"`, "g"), `$1${id}-${name}"`)
      .replace(new RegExp(`#${escaped}(?![\\w-])`, "g"), `#${id}-${name}`);
  }
  return scoped;
}

/** Turns the cached, placeholder-id SVG into hast with this diagram's unique id. */
export function svgToHast(svg: string, id: string, labelledBy?: string): Element {
  const withId = scopeIds(svg.replace(new RegExp(`${PLACEHOLDER}-0(?!\\d)`, "g"), id), id);
  const tree = fromHtml(withId, { fragment: true, space: "svg" });
  const root = tree.children.find((child): child is Element => child.type === "element");
  if (!root) throw new MermaidError(`Mermaid produced no SVG for ${id}`);
  cleanStyles(root);
  // Mermaid caps the width at the diagram's natural size. Also keep a floor at 65% of it (labels stay at
  // about 10px or more), so a wide diagram scrolls inside its box instead of shrinking below legibility.
  const style = typeof root.properties["style"] === "string" ? root.properties["style"] : "";
  const natural = Number(/max-width:\s*([\d.]+)px/.exec(style)?.[1] ?? 0);
  if (natural > 0) root.properties["style"] = `${style};min-width:${Math.round(natural * MIN_SCALE)}px`;
  root.properties["role"] = "img";
  // The visible caption is the image's text alternative; Mermaid's own aria references are dropped.
  if (labelledBy) root.properties["ariaLabelledBy"] = [labelledBy];
  delete root.properties["ariaDescribedBy"];
  return root;
}

/** The line Mermaid blames, if its message names one ("Parse error on line 3"). */
export function errorLineOf(message: string): number | undefined {
  const match = /on line (\d+)/i.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function figureData(svg: Element, caption: string, id: string): Code["data"] {
  return {
    hName: "figure",
    hProperties: { className: ["diagram"], id: `${id}-figure`, "data-diagram": "" },
    hChildren: [
      {
        type: "element",
        tagName: "div",
        // A wide diagram scrolls inside its own box; the box is focusable so keyboard users can scroll it.
        properties: { className: ["diagram__canvas"], tabIndex: 0, role: "group", ariaLabelledBy: [`${id}-caption`] },
        children: [svg],
      },
      {
        type: "element",
        tagName: "figcaption",
        properties: { id: `${id}-caption` },
        children: [{ type: "text", value: caption }],
      },
    ],
  };
}

export default function remarkMermaid(options: RemarkMermaidOptions) {
  return async function transform(tree: Root, file: VFile): Promise<void> {
    const nodes: Code[] = [];
    visit(tree, "code", (node) => {
      if (node.lang === "mermaid") nodes.push(node);
    });
    if (nodes.length === 0) return;

    const relativeFile = path.relative(process.cwd(), file.path);
    const pageKey = pageKeyOf(relativeFile);
    const keys = nodes.map((node) => hashOf(options.cacheKey ?? "", node.value));
    const svgs: (string | undefined)[] = await Promise.all(
      keys.map((key) =>
        options.cacheDir
          ? readFile(path.join(options.cacheDir, `${key}.svg`), "utf8").catch(() => undefined)
          : undefined,
      ),
    );

    const missing = nodes.map((_, index) => index).filter((index) => svgs[index] === undefined);
    if (missing.length > 0) {
      // One browser page renders every missing diagram; each SVG is then normalised to the slot-0 id so the
      // cache entry does not depend on the diagram's position in this file.
      const results = await options.render(
        missing.map((index) => nodes[index]!.value),
        PLACEHOLDER,
      );
      const failures: string[] = [];
      results.forEach((result, position) => {
        const index = missing[position]!;
        const node = nodes[index]!;
        if (result.status === "fulfilled") {
          svgs[index] = result.value.svg.replace(
            new RegExp(`${PLACEHOLDER}-${position}(?!\\d)`, "g"),
            `${PLACEHOLDER}-0`,
          );
          return;
        }
        const reason = result.reason as { message?: string } | undefined;
        const message = (reason?.message ?? String(reason)).split("\n").slice(0, 4).join("\n    ");
        const fenceLine = node.position?.start.line ?? 0;
        const diagramLine = errorLineOf(message);
        const where = diagramLine === undefined ? fenceLine : fenceLine + diagramLine;
        failures.push(
          `${relativeFile}:${where}: Mermaid diagram ${index + 1} (fence at line ${fenceLine}) has an error:\n    ${message}`,
        );
      });
      if (failures.length > 0) throw new MermaidError(failures.join("\n"));
      if (options.cacheDir) {
        await mkdir(options.cacheDir, { recursive: true });
        await Promise.all(
          missing.map((index) => writeFile(path.join(options.cacheDir!, `${keys[index]}.svg`), svgs[index]!)),
        );
      }
    }
    if (options.stats) {
      options.stats.rendered += missing.length;
      options.stats.cached += nodes.length - missing.length;
    }

    nodes.forEach((node, index) => {
      const id = `mmd-${pageKey}-${index + 1}`;
      const caption = parseCodeMeta(node.meta).caption?.trim();
      if (!caption) {
        throw new MermaidError(
          `${relativeFile}:${node.position?.start.line ?? 0}: Mermaid diagram ${index + 1} needs a caption: \`\`\`mermaid caption="What the diagram shows."`,
        );
      }
      // A node type of our own (not `code`), so remark-rehype builds the <figure> from `data` alone instead of
      // wrapping it in <pre>.
      const figure = node as unknown as { type: string; data: Code["data"] };
      figure.type = "mermaidFigure";
      figure.data = figureData(svgToHast(svgs[index]!, id, `${id}-caption`), caption, id);
    });
  };
}
