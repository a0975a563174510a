/**
 * A step chapter without its track sections ("## In LLM systems") fails the build, naming the file and the
 * missing heading — the same rule `npm run check:content` applies (src/lib/content-rules.ts), enforced where a
 * writer cannot skip it.
 */
import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import path from "node:path";
import { checkTrackSections } from "../lib/content-rules.ts";
import { isStepId } from "../lib/steps.ts";

export class ChapterStructureError extends Error {
  override name = "ChapterStructureError";
}

/** Step chapters are content/chapters/<step-id>.mdx (content/AUTHORING.md). */
export function isStepChapterFile(filePath: string): boolean {
  const posix = filePath.split(path.sep).join("/");
  return /\/chapters\/[^/]+\.mdx$/.test(posix) && isStepId(path.basename(posix, ".mdx"));
}

export default function rehypeTrackSections() {
  return function transform(tree: Root, file: VFile): void {
    if (!isStepChapterFile(file.path)) return;
    const titles: string[] = [];
    visit(tree, "element", (node) => {
      if (node.tagName === "h2") titles.push(toString(node).trim());
    });
    const problems = checkTrackSections(titles);
    if (problems.length > 0)
      throw new ChapterStructureError(`${path.relative(process.cwd(), file.path)} ${problems.join("; ")}`);
  };
}
