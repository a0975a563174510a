/**
 * The matrix (/matrix/): the seven steps down the side, every case study across the top, and in each cell the
 * gist of that case's step, linked to its section. The gist is the part of the case's step heading after the
 * dash ("Step 3: Data — logs, the joiner and features" → "logs, the joiner and features"), so the matrix is
 * read from the content (src/lib/case-steps.ts): a new case appears with no edit.
 */
import { groupByMainFamily, type FamilyId, type ProblemFamily } from "./families.ts";
import { STEPS, stepAnchor, type StepId } from "./steps.ts";

export interface MatrixCase {
  slug: string;
  title: string;
  family: FamilyId;
  gists: Record<StepId, string>;
}

export interface MatrixColumnGroup<T extends MatrixCase> {
  family: ProblemFamily;
  members: T[];
}

/** Columns grouped by main family, in the order of FAMILIES, each group by title; empty families left out. */
export const matrixColumns = <T extends MatrixCase>(cases: readonly T[]): MatrixColumnGroup<T>[] =>
  groupByMainFamily(cases);

export interface MatrixCell {
  href: string;
  gist: string;
}

/** One row per step, in framework order, each with a cell per case in column order. */
export function matrixRows<T extends MatrixCase>(
  groups: readonly MatrixColumnGroup<T>[],
): { step: (typeof STEPS)[number]; cells: MatrixCell[] }[] {
  const columns = groups.flatMap((group) => group.members);
  return STEPS.map((step) => ({
    step,
    cells: columns.map((c) => ({ href: `/case-studies/${c.slug}/#${stepAnchor(step.id)}`, gist: c.gists[step.id] })),
  }));
}
