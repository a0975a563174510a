/**
 * Parses an MDX page the way the site does (MDX + GFM) and judges it against the content rules.
 * Shared by `npm run check:content` and the content test, so both hold the same bar.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";
import { outlineOf } from "./outline.ts";
import {
  checkCaseStudy,
  checkFamilyPage,
  checkIntroduction,
  checkStepChapter,
  checkTrackSections,
  type PageOutline,
} from "../lib/content-rules.ts";
import { isStepChapterFile } from "./rehype-track-sections.ts";

export type PageKind = "introduction" | "chapter" | "case-study" | "family" | "other";

export interface PageReport {
  file: string;
  kind: PageKind;
  outline: PageOutline;
  problems: string[];
}

export function kindOfPath(file: string): PageKind {
  const parts = file.split(path.sep).join("/");
  if (/(^|\/)chapters\/introduction\.mdx$/.test(parts)) return "introduction";
  if (/(^|\/)chapters\/[^/]+\.mdx$/.test(parts)) return "chapter";
  if (/(^|\/)case-studies\/[^/]+\.mdx$/.test(parts)) return "case-study";
  if (/(^|\/)families\/[^/]+\.mdx$/.test(parts)) return "family";
  return "other";
}

/** Replaces the YAML frontmatter with blank lines so that line numbers still match the file. */
export function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return match ? match[0].replace(/[^\n]/g, "") + source.slice(match[0].length) : source;
}

export function parseMdx(source: string): Root {
  const processor = createProcessor({ remarkPlugins: [remarkGfm] });
  return processor.parse(blankFrontmatter(source)) as Root;
}

export async function checkPage(file: string): Promise<PageReport> {
  const kind = kindOfPath(file);
  const source = await readFile(file, "utf8");
  let outline: PageOutline;
  try {
    outline = outlineOf(parseMdx(source));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, kind, outline: { words: 0, sections: [], diagrams: [] }, problems: [`is not valid MDX: ${reason}`] };
  }
  const problems =
    kind === "introduction"
      ? checkIntroduction(outline)
      : kind === "chapter"
        ? [
            ...checkStepChapter(outline),
            ...(isStepChapterFile(path.resolve(file))
              ? checkTrackSections(outline.sections.map((section) => section.title))
              : []),
          ]
        : kind === "case-study"
          ? checkCaseStudy(outline)
          : kind === "family"
            ? checkFamilyPage(outline)
            : [];
  return { file, kind, outline, problems };
}
