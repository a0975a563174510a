/**
 * After the build, reads every HTML page and fails the build when an internal link or #anchor does not
 * resolve, or when an id appears twice on a page, naming the content file (or page) and the problem.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from "ultrahtml";
import { findBrokenLinks, findDuplicateIds, type BuiltPage } from "../lib/site-links.ts";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export function pageUrlOf(relativeFile: string, base: string): string {
  const posix = relativeFile.split(path.sep).join("/");
  const url =
    posix === "index.html" ? "" : posix.endsWith("/index.html") ? posix.slice(0, -"index.html".length) : posix;
  return `${base}${url}`;
}

/** The entities a built attribute value can hold (Astro escapes &, quotes and angle brackets). */
const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", "#39": "'", "#x27": "'" };
const decode = (value: string) => value.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);

/**
 * The ids and links of a built page. The site's own output is read with ultrahtml, a small tolerant parser:
 * the check reads every page, the one-page guide holds all of them at once, and a spec-complete parser
 * (parse5) took seconds of every build for the same answer.
 */
export function readBuiltPage(html: string, url: string): BuiltPage {
  const ids = new Set<string>();
  const duplicateIds = new Set<string>();
  const links: string[] = [];
  let source: string | undefined;
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const { attributes, name } = node as ElementNode;
    if (typeof attributes["id"] === "string") {
      const id = decode(attributes["id"]);
      if (ids.has(id)) duplicateIds.add(id);
      ids.add(id);
    }
    if (name === "a" && typeof attributes["href"] === "string") links.push(decode(attributes["href"]));
    if (typeof attributes["data-source"] === "string") source ??= decode(attributes["data-source"]);
  });
  return { url, source, ids, duplicateIds: [...duplicateIds], links };
}

export class BrokenLinksError extends Error {
  override name = "BrokenLinksError";
}

export interface CheckLinksOptions {
  /** A quick build without PDFs (SKIP_PDF=1): links into pdf/ are not checked, and the log says so. */
  pdfsSkipped?: boolean;
}

export default function checkLinks(options: CheckLinksOptions = {}): AstroIntegration {
  let base = "/";
  return {
    name: "field-guide:check-links",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const pages: BuiltPage[] = [];
        const urls = new Set<string>();
        for (const file of files) {
          const relative = path.relative(root, file);
          urls.add(`${base}${relative.split(path.sep).join("/")}`);
          if (!file.endsWith(".html")) continue;
          pages.push(readBuiltPage(await readFile(file, "utf8"), pageUrlOf(relative, base)));
        }
        const pdfFolder = `${base}pdf/`;
        const broken = findBrokenLinks(pages, urls, base).filter(
          (link) => !(options.pdfsSkipped && link.href.startsWith(pdfFolder)),
        );
        if (options.pdfsSkipped)
          logger.warn(`SKIP_PDF is set: no PDFs were printed, so links into ${pdfFolder} are dead`);
        const problems = [
          ...broken.map((link) => `  ${link.page}: link "${link.href}" ${link.reason}`),
          ...findDuplicateIds(pages).map(
            ({ page, id }) => `  ${page}: the id "${id}" is used more than once on the page (rename a heading)`,
          ),
        ];
        if (problems.length > 0) {
          throw new BrokenLinksError(`${problems.length} broken link(s) or duplicate id(s):\n${problems.join("\n")}`);
        }
        logger.info(
          `checked ${pages.reduce((n, p) => n + p.links.length, 0)} links on ${pages.length} pages: all resolve`,
        );
      },
    },
  };
}
