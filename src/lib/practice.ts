/**
 * Practice prompts (content/practice/*.yaml) and what the mock interview needs of every practice item (a case
 * study or a prompt): its kinds, and the outline revealed after each step.
 */
import type { CaseStepSection } from "./case-steps.ts";
import type { PracticeOutline } from "./mock-interview.ts";
import { STEPS, stepAnchor, type StepId } from "./steps.ts";

export const PRACTICE_KINDS = ["classic", "genai"] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const PRACTICE_KIND_LABELS: Record<PracticeKind, string> = {
  classic: "Classic ML",
  genai: "Generative AI",
};

/**
 * What the mock interview reveals after each step, for a case study: the case's 45-minute plan for that step and
 * the subheadings of its section, linked to the section.
 */
export function caseOutline(
  study: { slug: string; title: string; prompt: string; plan: Record<StepId, string> },
  sections: Record<StepId, CaseStepSection>,
): PracticeOutline {
  const href = `/case-studies/${study.slug}/`;
  return {
    id: `case-${study.slug}`,
    title: study.title,
    prompt: study.prompt,
    href,
    steps: Object.fromEntries(
      STEPS.map((step) => [
        step.id,
        { summary: study.plan[step.id], points: sections[step.id].subheadings, href: `${href}#${stepAnchor(step.id)}` },
      ]),
    ) as PracticeOutline["steps"],
  };
}

/** The same for a practice prompt: its hint for the step and where the guide helps. */
export function promptOutline(prompt: {
  slug: string;
  title: string;
  prompt: string;
  hints: Record<StepId, { hint: string; see: { label: string; href: string }[] }>;
}): PracticeOutline {
  const href = `/practice/prompts/${prompt.slug}/`;
  return {
    id: `prompt-${prompt.slug}`,
    title: prompt.title,
    prompt: prompt.prompt,
    href,
    steps: Object.fromEntries(
      STEPS.map((step) => [
        step.id,
        {
          summary: prompt.hints[step.id].hint,
          points: prompt.hints[step.id].see.map((link) => link.label),
          href: `${href}#${stepAnchor(step.id)}`,
        },
      ]),
    ) as PracticeOutline["steps"],
  };
}
