/**
 * The matrix (/matrix/): the seven steps down the side, every case study across the top, and in each cell the
 * gist of that case's step, linked to its section. The gist is the part of the case's step heading after the
 * dash ("Step 3: Data — logs, the joiner and features" → "logs, the joiner and features"), so the matrix is
 * read from the content: a new case appears with no edit, and a case whose step headings lack a gist fails the
 * build naming its file.
 */
import { FAMILIES, type FamilyId } from "./families.ts";
import { STEPS, stepAnchor, type StepId } from "./steps.ts";
import { stepOfHeading } from "./content-rules.ts";

export class MatrixError extends Error {
  override name = "MatrixError";
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

/**
 * The gist of every step of one case, from its MDX source. Throws, naming `file`, when a step has no
 * `## Step N:` heading or its heading has no gist after the dash.
 */
export function stepGists(source: string, file: string): Record<StepId, string> {
  const gists = new Map<StepId, string>();
  for (const match of source.matchAll(/^##\s+(Step\s+\d+.*)$/gm)) {
    const heading = match[1]!.trim();
    const step = stepOfHeading(heading);
    if (!step) continue;
    const [, ...rest] = heading.split(GIST_SEPARATOR);
    const gist = plainText(rest.join(" — "));
    if (!gist)
      throw new MatrixError(`${file}: "${heading}" has no gist after a dash, so the matrix has nothing to show`);
    gists.set(step.id, gist);
  }
  const missing = STEPS.filter((step) => !gists.has(step.id)).map((step) => `Step ${step.number}`);
  if (missing.length > 0) throw new MatrixError(`${file}: no heading for ${missing.join(", ")}`);
  return Object.fromEntries(gists) as Record<StepId, string>;
}

export interface MatrixCase {
  slug: string;
  title: string;
  family: FamilyId;
  gists: Record<StepId, string>;
}

export interface MatrixColumnGroup<T extends MatrixCase> {
  family: (typeof FAMILIES)[number];
  cases: T[];
}

/** Columns grouped by main family, in the order of FAMILIES, each group by title; empty families left out. */
export function matrixColumns<T extends MatrixCase>(cases: readonly T[]): MatrixColumnGroup<T>[] {
  return FAMILIES.map((family) => ({
    family,
    cases: cases.filter((c) => c.family === family.id).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((group) => group.cases.length > 0);
}

export interface MatrixCell {
  href: string;
  gist: string;
}

/** One row per step, in framework order, each with a cell per case in column order. */
export function matrixRows<T extends MatrixCase>(
  groups: readonly MatrixColumnGroup<T>[],
): { step: (typeof STEPS)[number]; cells: MatrixCell[] }[] {
  const columns = groups.flatMap((group) => group.cases);
  return STEPS.map((step) => ({
    step,
    cells: columns.map((c) => ({ href: `/case-studies/${c.slug}/#${stepAnchor(step.id)}`, gist: c.gists[step.id] })),
  }));
}
