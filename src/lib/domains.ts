/**
 * The domains a case study can belong to, defined once: the content schema accepts only these, the
 * case-study index groups and filters by them, and search offers them as a filter.
 */
export const DOMAINS = [
  "ads",
  "ranking",
  "recommendation",
  "search",
  "feed",
  "trust-and-safety",
  "social-graph",
  "vision",
  "maps",
  "fraud",
  "marketplace",
  "generative-ai",
  "nlp",
] as const;
export type Domain = (typeof DOMAINS)[number];

export const DIFFICULTIES = ["medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

export function isDifficulty(value: string): value is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(value);
}
