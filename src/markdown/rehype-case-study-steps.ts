/**
 * Case studies and problem-family pages walk the seven steps in order, one `##` section each. This plugin
 * gives every step section its stable anchor (`#step-data`) and a step badge, and fails the build — naming the
 * file and the step — when a step is missing, repeated or out of order.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import path from "node:path";
import { checkCaseStudySteps, stepOfHeading } from "../lib/content-rules.ts";
import { stepAnchor, type FrameworkStep } from "../lib/steps.ts";
import { withBase } from "../lib/paths.ts";

export class CaseStudyStructureError extends Error {
  override name = "CaseStudyStructureError";
}

const STEP_PREFIX = /^\s*Step\s+\d+\s*[:·.—–-]\s*/;

/** Replaces the "Step N:" text at the start of the heading with a badge that links to the step's chapter. */
function addBadge(heading: Element, step: FrameworkStep, base: string): void {
  const first = heading.children[0];
  if (first?.type === "text") {
    (first as Text).value = first.value.replace(STEP_PREFIX, "");
  }
  const badge: ElementContent = {
    type: "element",
    tagName: "a",
    properties: {
      className: ["step-badge"],
      dataStep: step.id,
      href: withBase(base, `/chapters/${step.id}/`),
      ariaLabel: `Step ${step.number}: read the chapter “${step.title}”`,
    },
    children: [{ type: "text", value: `Step ${step.number}` }],
  };
  heading.children.unshift(badge, { type: "text", value: " " });
}

/** The kind of page that walks the seven steps, by its folder; undefined for any other page. */
export function stepWalkKind(filePath: string): "case study" | "family page" | undefined {
  const posix = filePath.split(path.sep).join("/");
  if (posix.includes("/case-studies/")) return "case study";
  if (posix.includes("/families/")) return "family page";
  return undefined;
}

export default function rehypeCaseStudySteps({ base }: { base: string } = { base: "/" }) {
  return function transform(tree: Root, file: VFile): void {
    const kind = stepWalkKind(file.path);
    if (!kind) return;
    const headings: Element[] = [];
    visit(tree, "element", (node) => {
      if (node.tagName === "h2") headings.push(node);
    });
    const titles = headings.map((heading) => toString(heading).trim());
    const problems = checkCaseStudySteps(titles);
    if (problems.length > 0) {
      const relative = path.relative(process.cwd(), file.path);
      throw new CaseStudyStructureError(`${relative}: ${problems.map((p) => `${kind} ${p}`).join("\n  ")}`);
    }
    headings.forEach((heading, index) => {
      const step = stepOfHeading(titles[index]!);
      if (!step) return;
      heading.properties["id"] = stepAnchor(step.id);
      heading.properties["dataStep"] = step.id;
      addBadge(heading, step, base);
    });
  };
}
