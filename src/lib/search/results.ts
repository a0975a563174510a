/**
 * Turns one Pagefind result into what the reader sees: the page, its kind and framework step, and the few
 * sections (sub-results) that best match, most relevant first.
 *
 * Pagefind ranks pages; within a page it lists every matching section in page order, so on a long chapter
 * the section that answers the query can come tenth. Sections are ordered here from Pagefind's own match data
 * (which words matched where, and each match's score, which already carries heading weight): a section
 * scores, for each query term, the best score of that term's matches in it, weighted by how few of the page's
 * sections match the term. A term found everywhere ("a", "model") counts for little; a heading that holds the
 * query's rarer terms ("Rollback") counts most. Which pages appear, and in what order, stays
 * Pagefind's.
 */
import { stepLabel, stepOfAnchor } from "./facets.ts";
import { stepById } from "../steps.ts";

/** The parts of Pagefind's result data this module reads (Pagefind's JavaScript API, pagefind.js). */
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
  /** The page's indexed text; `locations` index into it split on whitespace. */
  content?: string;
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

/** A matched word as written on the page, lower-cased and without punctuation ("Rollback." → "rollback"). */
function wordAt(words: readonly string[], location: number): string {
  return (words[location] ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The words of a query as Pagefind splits them: "A/B sample-size" → ["a", "b", "sample", "size"]. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * The query term a matched page word stands for. Pagefind matches a term against words it begins
 * ("roll" → "rollback", "a" → "about") and against other forms of its stem ("choose" → "choosing"), so a
 * word belongs to the term it shares the longest start with. Words no term explains keep their own key.
 */
export function termOf(word: string, terms: readonly string[]): string {
  let best = word;
  let bestLength = 0;
  for (const term of terms) {
    const shared = commonPrefix(word, term);
    const matches = shared === term.length || shared >= Math.min(term.length, Math.max(3, term.length - 3));
    if (matches && shared > bestLength) {
      best = term;
      bestLength = shared;
    }
  }
  return best;
}

/**
 * Pagefind weighs h2 words 6, h3 5, h4 4 (and scores grow with the square of the weight), which ranks pages
 * well. Between sections of one page, though, a match in a case study's broad "Step 7: Monitor — calibration
 * drift…" h2 should not beat the h3 that is about exactly that, so every heading counts as an h3 here.
 */
const HEADING_WEIGHT = 5;

/** Each section's best match score per query term. */
function termScores(sub: PagefindSubResult, words: readonly string[], terms: readonly string[]): Map<string, number> {
  const best = new Map<string, number>();
  const locations =
    sub.weighted_locations ?? (sub.locations ?? []).map((location) => ({ location, weight: 1, balanced_score: 1 }));
  for (const { location, weight, balanced_score } of locations) {
    const term = termOf(wordAt(words, location) || `@${location}`, terms);
    const score = weight > HEADING_WEIGHT ? balanced_score * (HEADING_WEIGHT / weight) ** 2 : balanced_score;
    best.set(term, Math.max(best.get(term) ?? 0, score));
  }
  return best;
}

/** Relevance of each sub-result within its page (see the module comment), in sub-result order. */
export function sectionScores(data: PagefindResultData, query: string): number[] {
  const subs = data.sub_results ?? [];
  const words = (data.content ?? "").split(/\s+/);
  const terms = queryTerms(query);
  const perSection = subs.map((sub) => termScores(sub, words, terms));
  const sectionsWith = new Map<string, number>();
  for (const matched of perSection)
    for (const term of matched.keys()) sectionsWith.set(term, (sectionsWith.get(term) ?? 0) + 1);
  return perSection.map((matched) => {
    let score = 0;
    // ln((N + 1) / df): near 0 for a term in every section, largest for a term only this section has.
    for (const [term, best] of matched) score += best * Math.log((subs.length + 1) / sectionsWith.get(term)!);
    return score;
  });
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

/**
 * Orders a page's sub-results by relevance and keeps the best few. The sub-result without an anchor is the
 * page's own top (text before the first heading), which the page link already covers.
 */
export function rankSections(data: PagefindResultData, query: string, max = MAX_SECTIONS): DisplaySection[] {
  const anchors = data.anchors ?? [];
  const scores = sectionScores(data, query);
  return (data.sub_results ?? [])
    .map((sub, index) => ({ sub, index, score: scores[index]!, id: sub.anchor?.id }))
    .filter((entry) => entry.id !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .map(({ sub, id }) => {
      const step = data.meta["step"] ? undefined : stepOfSection(anchors, id!);
      return { url: sub.url, title: sub.title, excerpt: sub.excerpt, ...(step ? { step } : {}) };
    });
}

/** `query` is the query Pagefind ran (after spelling correction). */
export function toDisplayResult(data: PagefindResultData, query: string, max = MAX_SECTIONS): DisplayResult {
  const { kind, step } = data.meta;
  return {
    url: data.url,
    title: data.meta["title"] ?? data.url,
    ...(kind ? { kind } : {}),
    ...(step ? { step } : {}),
    excerpt: data.excerpt,
    sections: rankSections(data, query, max),
  };
}
