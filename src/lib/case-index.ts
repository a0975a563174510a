/**
 * The case-study index (/case-studies/): cases grouped by their main domain so the page reads well as plain
 * HTML, and the filter by domain and difficulty that the page's script applies, kept in the URL
 * (?domain=search&difficulty=hard) so a filtered list can be shared.
 */
import { DOMAINS, isDifficulty, isDomain, type Difficulty, type Domain } from "./domains.ts";

export interface CaseSummary {
  slug: string;
  title: string;
  /** The first domain is the case's main one: it decides the group. */
  domains: readonly Domain[];
  difficulty: Difficulty;
  related: readonly string[];
}

type Groupable = Pick<CaseSummary, "title" | "domains">;

export interface CaseGroup<T extends Groupable> {
  domain: Domain;
  cases: T[];
}

/** Groups in the order of DOMAINS, each case once (under its first domain), cases by title. */
export function groupByMainDomain<T extends Groupable>(cases: readonly T[]): CaseGroup<T>[] {
  return DOMAINS.map((domain) => ({
    domain,
    cases: cases.filter((c) => c.domains[0] === domain).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((group) => group.cases.length > 0);
}

export interface CaseFilter {
  domain?: Domain;
  difficulty?: Difficulty;
}

/** The filter a URL's query string asks for; values the guide does not know are ignored, not errors. */
export function parseCaseFilter(search: string): CaseFilter {
  const params = new URLSearchParams(search);
  const domain = params.get("domain") ?? "";
  const difficulty = params.get("difficulty") ?? "";
  return {
    ...(isDomain(domain) ? { domain } : {}),
    ...(isDifficulty(difficulty) ? { difficulty } : {}),
  };
}

/** "?domain=search&difficulty=hard", or "" for no filter. */
export function caseFilterQuery(filter: CaseFilter): string {
  const params = new URLSearchParams();
  if (filter.domain) params.set("domain", filter.domain);
  if (filter.difficulty) params.set("difficulty", filter.difficulty);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A case matches when it has the domain (main or not) and the difficulty asked for. */
export function matchesCaseFilter(c: Pick<CaseSummary, "domains" | "difficulty">, filter: CaseFilter): boolean {
  return (
    (!filter.domain || c.domains.includes(filter.domain)) && (!filter.difficulty || c.difficulty === filter.difficulty)
  );
}

/**
 * Related cases both ways: if one case lists another, each page links the other, so a writer adds the link
 * once. Order: the case's own list first, then the cases that list it, by slug. A case never links itself.
 */
export function relatedBothWays(cases: readonly Pick<CaseSummary, "slug" | "related">[]): Map<string, string[]> {
  const result = new Map<string, string[]>(cases.map((c) => [c.slug, c.related.filter((slug) => slug !== c.slug)]));
  for (const c of [...cases].sort((a, b) => a.slug.localeCompare(b.slug)))
    for (const other of c.related) {
      const list = result.get(other);
      if (list && !list.includes(c.slug) && other !== c.slug) list.push(c.slug);
    }
  return result;
}
