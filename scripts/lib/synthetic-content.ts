/**
 * Synthetic pages for `npm run bench:scale`: copies of the real case studies under new slugs and titles, so a
 * build and a test run can be timed at several times today's page count with content of today's shape
 * (diagrams, tables, follow-ups, links into the chapters).
 */

function unquoted(value: string): string {
  return /^".*"$/.test(value) ? value.slice(1, -1) : value;
}

/** Page titles stay within what the HTML check allows (70 characters with the site name): cut at a word. */
export const MAX_SYNTHETIC_TITLE = 40;

function shortTitle(title: string): string {
  const clean = title.replace(/"/g, "'");
  if (clean.length <= MAX_SYNTHETIC_TITLE) return clean;
  return `${clean.slice(0, MAX_SYNTHETIC_TITLE + 1).replace(/\s+\S*$/, "")}…`;
}

/** A copy of a case study's MDX as synthetic page `n`: its own title, no related cases (they are real pages). */
export function syntheticCaseStudy(source: string, n: number): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error("a case study must start with YAML frontmatter between --- lines");
  const frontmatter = match[1]!
    .replace(/^title: (.*)$/m, (_line, title: string) => `title: "${shortTitle(`Synthetic ${n}: ${unquoted(title)}`)}"`)
    .replace(/^related:.*(\n(  - .*))*$/m, "related: []");
  if (!/^title: "Synthetic /m.test(frontmatter)) throw new Error("the case study has no title line in its frontmatter");
  return `---\n${frontmatter}\n---\n${source.slice(match[0].length)}`;
}

/** Slugs for `count` synthetic pages made from `sources` in turn: synthetic-1-<slug>, synthetic-2-<slug>, … */
export function syntheticPlan(sources: string[], count: number): { source: string; slug: string; n: number }[] {
  if (sources.length === 0) throw new Error("no case studies to copy");
  return Array.from({ length: count }, (_, index) => {
    const source = sources[index % sources.length]!;
    return { source, slug: `synthetic-${index + 1}-${source}`, n: index + 1 };
  });
}
