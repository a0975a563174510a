/**
 * Turns one Pagefind result into what the reader sees: the page, its kind and framework step, and the few
 * sections (sub-results) that best match, most relevant first.
 *
 * Pagefind ranks pages; within a page it lists matching sections in page order. A learner wants the section
 * that answers the query first, so sections are ordered here by the summed Pagefind scores of the matches
 * they contain (Pagefind's own `balanced_score`, which already carries heading weights). Nothing is
 * re-scored from text: ranking stays Pagefind's.
 */
import { stepLabel, stepOfAnchor } from "./search-facets.ts";
import { stepById } from "./steps.ts";

/** The parts of Pagefind's result data this module reads (see @pagefind/component-ui types). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location?: number;
}
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: PagefindWeightedLocation[];
  anchor?: PagefindAnchor;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
  anchors?: PagefindAnchor[];
}

export interface DisplaySection {
  url: string;
  title: string;
  excerpt: string;
  /** The framework step of this section when it differs from the page's (a case study's step sections). */
  step?: string;
}

export interface DisplayResult {
  url: string;
  title: string;
  kind?: string;
  /** The page's framework step ("Step 3 · Data"), for chapters. */
  step?: string;
  excerpt: string;
  sections: DisplaySection[];
}

export const MAX_SECTIONS = 3;

function scoreOf(sub: PagefindSubResult): number {
  if (sub.weighted_locations && sub.weighted_locations.length > 0) {
    return sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  }
  return sub.locations?.length ?? 0;
}

function anchorIdOf(sub: PagefindSubResult): string | undefined {
  if (sub.anchor) return sub.anchor.id;
  const hash = sub.url.indexOf("#");
  return hash === -1 ? undefined : decodeURIComponent(sub.url.slice(hash + 1));
}

/**
 * The case-study step a section belongs to: the nearest `h2#step-…` at or before the section's anchor.
 * Case studies have one `##` per step (rehype-case-study-steps), so every h3 sits inside one.
 */
export function stepOfSection(anchors: readonly PagefindAnchor[], sectionId: string): string | undefined {
  const section = anchors.find((anchor) => anchor.id === sectionId);
  if (section?.location === undefined) return undefined;
  let heading: PagefindAnchor | undefined;
  for (const anchor of anchors) {
    if (anchor.element !== "h2" || anchor.location === undefined || anchor.location > section.location) continue;
    if (heading === undefined || (heading.location ?? -1) <= anchor.location) heading = anchor;
  }
  const id = heading === undefined ? undefined : stepOfAnchor(heading.id);
  return id === undefined ? undefined : stepLabel(stepById(id));
}

/** Orders a page's sub-results by relevance and keeps the best few, leaving out the page's own top. */
export function rankSections(data: PagefindResultData, max = MAX_SECTIONS): DisplaySection[] {
  const anchors = data.anchors ?? [];
  return (data.sub_results ?? [])
    .map((sub, index) => ({ sub, index, score: scoreOf(sub), id: anchorIdOf(sub) }))
    .filter((entry) => entry.id !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .map(({ sub, id }) => {
      const step = data.meta["step"] ? undefined : stepOfSection(anchors, id!);
      return { url: sub.url, title: sub.title, excerpt: sub.excerpt, ...(step ? { step } : {}) };
    });
}

export function toDisplayResult(data: PagefindResultData, max = MAX_SECTIONS): DisplayResult {
  const { kind, step } = data.meta;
  return {
    url: data.url,
    title: data.meta["title"] ?? data.url,
    ...(kind ? { kind } : {}),
    ...(step ? { step } : {}),
    excerpt: data.excerpt,
    sections: rankSections(data, max),
  };
}
