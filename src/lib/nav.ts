/**
 * The reading order of the guide and the sidebar built from it: introduction, the seven steps in framework
 * order, each track (the LLM-systems chapter), the problem families (in the order of src/lib/families.ts), the
 * case studies, then the study tools. Previous/next links
 * follow the same order.
 */
import { STEPS, type StepId } from "./steps.ts";
import { TRACKS, type TrackId } from "./tracks.ts";
import { FAMILIES } from "./families.ts";

export interface ChapterSummary {
  slug: string;
  title: string;
  step: StepId | undefined;
  track?: TrackId | undefined;
}

export interface CaseStudySummary {
  slug: string;
  title: string;
}

export interface FamilySummary {
  /** The family id, which is also the page's slug. */
  slug: string;
  title: string;
}

export interface NavLink {
  href: string;
  label: string;
  step?: StepId;
  stepNumber?: number;
}

export interface NavGroup {
  label: string;
  links: NavLink[];
}

export const STUDY_TOOLS: NavLink[] = [
  { href: "/practice/", label: "Mock interview" },
  { href: "/practice/prompts/", label: "Practice prompts" },
  { href: "/matrix/", label: "Matrix: cases by step" },
  { href: "/glossary/", label: "Glossary" },
  { href: "/resources/", label: "Resources" },
  { href: "/downloads/", label: "PDF downloads" },
];

/** Chapters in reading order: the introduction (no step, no track) first, then by step number, then tracks. */
export function orderChapters<T extends ChapterSummary>(chapters: T[]): T[] {
  const rank = (chapter: T) =>
    chapter.step
      ? STEPS.findIndex((s) => s.id === chapter.step) + 1
      : chapter.track
        ? STEPS.length + 1 + TRACKS.findIndex((t) => t.id === chapter.track)
        : 0;
  return [...chapters].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

export function buildNav(
  chapters: ChapterSummary[],
  caseStudies: CaseStudySummary[],
  families: FamilySummary[] = [],
): NavGroup[] {
  const ordered = orderChapters(chapters);
  const intro = ordered.filter((chapter) => !chapter.step && !chapter.track);
  const steps = ordered.filter((chapter) => chapter.step);
  const tracks = TRACKS.map((track) => ({
    label: track.label,
    links: ordered
      .filter((chapter) => chapter.track === track.id)
      .map((c) => ({ href: `/chapters/${c.slug}/`, label: c.title })),
  }));
  return [
    { label: "Start here", links: intro.map((c) => ({ href: `/chapters/${c.slug}/`, label: c.title })) },
    {
      label: "The framework",
      links: steps.map((c) => {
        const step = STEPS.find((s) => s.id === c.step)!;
        return { href: `/chapters/${c.slug}/`, label: c.title, step: step.id, stepNumber: step.number };
      }),
    },
    ...tracks,
    {
      label: "Problem families",
      links: FAMILIES.flatMap((family) => families.filter((page) => page.slug === family.id)).map((page) => ({
        href: `/families/${page.slug}/`,
        label: page.title,
      })),
    },
    {
      label: "Case studies",
      links: [...caseStudies]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((c) => ({ href: `/case-studies/${c.slug}/`, label: c.title })),
    },
    { label: "Study tools", links: STUDY_TOOLS },
  ].filter((group) => group.links.length > 0);
}

/** The page before and after `href` in reading order (study tools excluded). */
export function neighbours(groups: NavGroup[], href: string): { previous?: NavLink; next?: NavLink } {
  const reading = groups.filter((group) => group.label !== "Study tools").flatMap((group) => group.links);
  const index = reading.findIndex((link) => link.href === href);
  if (index === -1) return {};
  const result: { previous?: NavLink; next?: NavLink } = {};
  if (index > 0) result.previous = reading[index - 1]!;
  if (index < reading.length - 1) result.next = reading[index + 1]!;
  return result;
}
