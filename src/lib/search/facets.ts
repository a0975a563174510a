/**
 * The search facets, defined once: which kinds of page there are, how a framework step, a problem family and a
 * case-study domain read as a filter value, and how each value is spelled in a shareable /search/ URL.
 *
 * Filter values are what the reader sees in the filter menus and result badges ("Step 3 · Data"), so they
 * are words; URL values are short stable ids ("data"), so a link survives a relabelling.
 */
import { STEPS, isStepId, stepById, type FrameworkStep, type StepId } from "../steps.ts";
import { FAMILIES, familyById, isFamilyId } from "../families.ts";

/** The Pagefind filter and metadata keys the templates write (data-pagefind-filter="kind:Chapter"). */
export const FILTER_KEYS = ["kind", "step", "family", "domain"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SEARCH_KINDS = {
  chapter: "Chapter",
  "case-study": "Case study",
  family: "Problem family",
  practice: "Practice prompt",
  glossary: "Glossary",
  "study-tool": "Study tool",
} as const;
export type SearchKindId = keyof typeof SEARCH_KINDS;
export type SearchKind = (typeof SEARCH_KINDS)[SearchKindId];

/** "Step 3 · Data": the step's filter value and badge text. */
export function stepLabel(step: FrameworkStep): string {
  return `Step ${step.number} · ${step.short}`;
}

/** The step a filter value names, if any. */
export function stepOfLabel(label: string): FrameworkStep | undefined {
  return STEPS.find((step) => stepLabel(step) === label);
}

const DOMAIN_WORDS: Record<string, string> = { ai: "AI", nlp: "NLP" };

/** "trust-and-safety" → "Trust and safety", "generative-ai" → "Generative AI". */
export function domainLabel(id: string): string {
  const words = id.split("-").map((word) => DOMAIN_WORDS[word] ?? word);
  const [first = "", ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}

/** The inverse of domainLabel: "Generative AI" → "generative-ai". */
export function domainIdOf(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, "-");
}

/** A filter value (what Pagefind stores) as the id written in a /search/ URL; undefined when unknown. */
export function urlValueOf(key: FilterKey, value: string): string | undefined {
  switch (key) {
    case "kind":
      return (Object.keys(SEARCH_KINDS) as SearchKindId[]).find((id) => SEARCH_KINDS[id] === value);
    case "step":
      return stepOfLabel(value)?.id;
    case "family":
      return FAMILIES.find((family) => family.title === value)?.id;
    case "domain":
      return domainIdOf(value) || undefined;
  }
}

/** A /search/ URL id as the filter value Pagefind stores; undefined when the id means nothing. */
export function filterValueOf(key: FilterKey, urlValue: string): string | undefined {
  switch (key) {
    case "kind":
      return urlValue in SEARCH_KINDS ? SEARCH_KINDS[urlValue as SearchKindId] : undefined;
    case "step":
      return isStepId(urlValue) ? stepLabel(stepById(urlValue)) : undefined;
    case "family":
      return isFamilyId(urlValue) ? familyById(urlValue).title : undefined;
    case "domain":
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(urlValue) ? domainLabel(urlValue) : undefined;
  }
}

/** The step whose case-study section an anchor id is ("step-data" → data). */
export function stepOfAnchor(id: string): StepId | undefined {
  const match = /^step-([a-z]+)$/.exec(id);
  return match?.[1] !== undefined && isStepId(match[1]) ? match[1] : undefined;
}
