/**
 * A case study's step sections read from its MDX source: for each framework step, the gist of its heading (the
 * words after the dash: "Step 3: Data — logs, the joiner and features" → "logs, the joiner and features") and the
 * subheadings inside it. The matrix shows the gists; the mock interview's reference outline lists the
 * subheadings. A case whose step headings lack a gist fails the build naming its file.
 */
import { STEPS, type StepId } from "./steps.ts";
import { stepOfHeading } from "./content-rules.ts";

export class CaseStepsError extends Error {
  override name = "CaseStepsError";
}

/** The dash between a step heading's title and its gist: an em or en dash with spaces around it. */
const GIST_SEPARATOR = /\s+[—–]\s+/;

/** Inline Markdown a heading may hold, reduced to its text: `code`, *emphasis*, [text](url). */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]/g, "")
    .trim();
}

export interface CaseStepSection {
  gist: string;
  /** The section's ### headings, as text. */
  subheadings: string[];
}

/**
 * Every step section of one case, from its MDX source. Throws, naming `file`, when a step has no `## Step N:`
 * heading or its heading has no gist after the dash.
 */
export function caseStepSections(source: string, file: string): Record<StepId, CaseStepSection> {
  const sections = new Map<StepId, CaseStepSection>();
  let current: CaseStepSection | undefined;
  let inFence = false;
  for (const line of source.split("\n")) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const h2 = /^##\s+(.*)$/.exec(line);
    if (h2) {
      const heading = h2[1]!.trim();
      const step = stepOfHeading(heading);
      current = undefined;
      if (!step) continue;
      const [, ...rest] = heading.split(GIST_SEPARATOR);
      const gist = plainText(rest.join(" — "));
      if (!gist)
        throw new CaseStepsError(`${file}: "${heading}" has no gist after a dash, so the matrix has nothing to show`);
      current = { gist, subheadings: [] };
      sections.set(step.id, current);
      continue;
    }
    const h3 = /^###\s+(.*)$/.exec(line);
    if (h3 && current) current.subheadings.push(plainText(h3[1]!));
  }
  const missing = STEPS.filter((step) => !sections.has(step.id)).map((step) => `Step ${step.number}`);
  if (missing.length > 0) throw new CaseStepsError(`${file}: no heading for ${missing.join(", ")}`);
  return Object.fromEntries(sections) as Record<StepId, CaseStepSection>;
}

/** The gist of every step of one case (see caseStepSections). */
export function stepGists(source: string, file: string): Record<StepId, string> {
  const sections = caseStepSections(source, file);
  return Object.fromEntries(STEPS.map((step) => [step.id, sections[step.id].gist])) as Record<StepId, string>;
}
