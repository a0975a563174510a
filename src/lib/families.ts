/**
 * The problem families, defined once. A family page lives at content/families/<id>.mdx; a case study names
 * its primary family (and any secondary ones) by these ids; the sidebar, the family pages' case lists, the
 * case pages' family links and the search filter all derive from this list and that frontmatter.
 */
export interface ProblemFamily {
  /** Stable id: the page's file name and URL (/families/<id>/), the frontmatter value, the search filter id. */
  id: FamilyId;
  /** The page title, the sidebar label and the search filter value. */
  title: string;
}

export const FAMILY_IDS = [
  "recommendation",
  "search",
  "detection",
  "forecasting",
  "decisions",
  "perception",
  "generation",
] as const;

export type FamilyId = (typeof FAMILY_IDS)[number];

export const FAMILIES: readonly ProblemFamily[] = [
  { id: "recommendation", title: "Recommendation and feed ranking" },
  { id: "search", title: "Search and retrieval" },
  { id: "detection", title: "Classification and detection under adversaries" },
  { id: "forecasting", title: "Forecasting and estimation" },
  { id: "decisions", title: "Decisions and policies" },
  { id: "perception", title: "Perception at scale" },
  { id: "generation", title: "Generation" },
];

export function isFamilyId(value: string): value is FamilyId {
  return (FAMILY_IDS as readonly string[]).includes(value);
}

export function familyById(id: FamilyId): ProblemFamily {
  return FAMILIES.find((family) => family.id === id)!;
}

export function familyPath(id: FamilyId): string {
  return `/families/${id}/`;
}

export interface FamilyMember {
  slug: string;
  title: string;
  family: FamilyId;
  secondaryFamilies: readonly FamilyId[];
}

/**
 * The cases of one family: those whose primary family it is, then those that draw on it as a secondary
 * family, each group by title.
 */
export function casesOfFamily<T extends FamilyMember>(
  cases: readonly T[],
  id: FamilyId,
): { primary: T[]; secondary: T[] } {
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title);
  return {
    primary: cases.filter((c) => c.family === id).sort(byTitle),
    secondary: cases.filter((c) => c.family !== id && c.secondaryFamilies.includes(id)).sort(byTitle),
  };
}

/**
 * Cases, practice prompts or anything else with a main family, grouped by it in the order of FAMILIES, each
 * group by title; families with no members are left out.
 */
export function groupByMainFamily<T extends { family: FamilyId; title: string }>(
  items: readonly T[],
): { family: ProblemFamily; members: T[] }[] {
  return FAMILIES.map((family) => ({
    family,
    members: items.filter((item) => item.family === family.id).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((group) => group.members.length > 0);
}

/** A case's frontmatter problems with its families, as sentences (the schema checks the ids themselves). */
export function familyProblems(member: Pick<FamilyMember, "family" | "secondaryFamilies">): string[] {
  const problems: string[] = [];
  if (member.secondaryFamilies.includes(member.family))
    problems.push(`secondaryFamilies repeats the primary family "${member.family}"`);
  const seen = new Set<FamilyId>();
  for (const id of member.secondaryFamilies) {
    if (seen.has(id)) problems.push(`secondaryFamilies lists "${id}" twice`);
    seen.add(id);
  }
  return problems;
}
