/**
 * The bar every page must clear, as data and pure functions, so the build, the content check and the tests
 * all hold the same line. Each problem is a sentence that names what is missing.
 */
import { TRACKS } from "./tracks.ts";
import { STEPS, stepByNumber, type FrameworkStep } from "./steps.ts";

export interface SectionOutline {
  title: string;
  line: number;
  words: number;
  details: number;
  listItems: number;
  tables: number;
}

export interface PageOutline {
  words: number;
  sections: SectionOutline[];
  diagrams: { line: number; caption: string | undefined }[];
}

export interface PageFloors {
  words: number;
  diagrams: number;
  followUps: number;
  references: number;
}

export const CHAPTER_FLOORS: PageFloors = { words: 3000, diagrams: 2, followUps: 5, references: 6 };
export const CASE_STUDY_FLOORS: PageFloors = { words: 5000, diagrams: 3, followUps: 5, references: 8 };
export const FAMILY_FLOORS: PageFloors = { words: 3000, diagrams: 2, followUps: 5, references: 6 };

/** The section every family page ends its teaching with, after the seven step sections. */
export const FAMILY_RECOGNITION_SECTION = "How to recognise this family in a prompt";

export const CHAPTER_CLOSING_SECTIONS = [
  "What interviewers look for",
  "Common mistakes",
  "Follow-up questions",
  "References",
] as const;

export const CASE_STUDY_CLOSING_SECTIONS = [
  "Hardest trade-offs",
  "Common mistakes",
  "Follow-up questions",
  "Level rubric",
  "References",
] as const;

/** Minimum prose in each case-study step section: a heading with two lines under it is not an answer. */
export const MIN_STEP_SECTION_WORDS = 200;

const STEP_HEADING = /^Step\s+(\d+)\s*[:·.—–-]/;

/** The framework step a case-study heading opens ("Step 3: Data — …" → step 3), if any. */
export function stepOfHeading(title: string): FrameworkStep | undefined {
  const match = STEP_HEADING.exec(title);
  return match?.[1] === undefined ? undefined : stepByNumber(Number(match[1]));
}

export function isStepHeading(title: string): boolean {
  return STEP_HEADING.test(title);
}

function findSection(outline: PageOutline, title: string): SectionOutline | undefined {
  return outline.sections.find((section) => section.title === title);
}

function checkDiagramsAndWords(outline: PageOutline, floors: PageFloors): string[] {
  const problems: string[] = [];
  if (outline.words < floors.words) {
    problems.push(`has ${outline.words} words of prose; at least ${floors.words} are required`);
  }
  if (outline.diagrams.length < floors.diagrams) {
    problems.push(`has ${outline.diagrams.length} Mermaid diagrams; at least ${floors.diagrams} are required`);
  }
  for (const diagram of outline.diagrams) {
    if (!diagram.caption?.trim()) problems.push(`the diagram at line ${diagram.line} has no caption="…"`);
  }
  return problems;
}

/** Closing sections must all exist and appear in the given order. */
function checkClosingSections(outline: PageOutline, required: readonly string[], floors: PageFloors): string[] {
  const problems: string[] = [];
  let previousIndex = -1;
  for (const title of required) {
    const index = outline.sections.findIndex((section) => section.title === title);
    if (index === -1) {
      problems.push(`is missing the section "## ${title}"`);
      continue;
    }
    if (index < previousIndex) problems.push(`has "## ${title}" out of order (expected: ${required.join(" → ")})`);
    previousIndex = Math.max(previousIndex, index);
  }
  const followUps = findSection(outline, "Follow-up questions");
  if (followUps && followUps.details < floors.followUps) {
    problems.push(
      `has ${followUps.details} follow-up questions in <details>; at least ${floors.followUps} are required`,
    );
  }
  const references = findSection(outline, "References");
  if (references && references.listItems < floors.references) {
    problems.push(`lists ${references.listItems} references; at least ${floors.references} are required`);
  }
  return problems;
}

export function checkStepChapter(outline: PageOutline, floors: PageFloors = CHAPTER_FLOORS): string[] {
  const problems = checkDiagramsAndWords(outline, floors);
  problems.push(...checkClosingSections(outline, CHAPTER_CLOSING_SECTIONS, floors));
  const rubric = findSection(outline, "What interviewers look for");
  if (rubric && rubric.tables === 0) {
    problems.push(`"## What interviewers look for" needs a table of mid-level, senior and staff answers`);
  }
  return problems;
}

/**
 * Every step chapter carries each track's section (today "## In LLM systems", anchor #llm-systems) among its
 * teaching sections, before "What interviewers look for", so the track chapter can link into every step.
 */
export function checkTrackSections(titles: readonly string[]): string[] {
  const rubric = titles.indexOf("What interviewers look for");
  return TRACKS.flatMap((track) => {
    const index = titles.indexOf(track.sectionTitle);
    if (index === -1)
      return [
        `needs a section "## ${track.sectionTitle}" (anchor #${track.sectionAnchor}) before "## What interviewers look for"`,
      ];
    if (rubric !== -1 && index > rubric)
      return [`"## ${track.sectionTitle}" must come before "## What interviewers look for"`];
    return [];
  });
}

export function checkIntroduction(outline: PageOutline): string[] {
  return outline.diagrams.length === 0 ? ["needs at least one diagram of the framework"] : [];
}

/**
 * The step sections of a case study: exactly one per framework step, in order. Used by the build (which
 * fails on any problem) and by the content check.
 */
export function checkCaseStudySteps(titles: readonly string[]): string[] {
  const found = titles.filter(isStepHeading);
  const problems: string[] = [];
  for (const title of found) {
    if (!stepOfHeading(title)) problems.push(`has a heading "${title}" whose step number is not 1–${STEPS.length}`);
  }
  const numbers = found.map((title) => stepOfHeading(title)?.number).filter((n): n is number => n !== undefined);
  for (const step of STEPS) {
    const count = numbers.filter((n) => n === step.number).length;
    if (count === 0)
      problems.push(`is missing the section for step ${step.number} (${step.title}): "## Step ${step.number}: …"`);
    if (count > 1) problems.push(`has ${count} sections for step ${step.number} (${step.title}); one is required`);
  }
  numbers.forEach((number, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && number < previous) {
      problems.push(`puts step ${number} after step ${previous}; steps must appear in order 1–${STEPS.length}`);
    }
  });
  return problems;
}

/** The seven step sections (one each, in order, none a stub). */
function checkStepSections(outline: PageOutline): string[] {
  const problems = checkCaseStudySteps(outline.sections.map((section) => section.title));
  for (const section of outline.sections) {
    const step = stepOfHeading(section.title);
    if (step && section.words < MIN_STEP_SECTION_WORDS) {
      problems.push(
        `step ${step.number} section has ${section.words} words; at least ${MIN_STEP_SECTION_WORDS} are required`,
      );
    }
  }
  return problems;
}

/**
 * A problem-family page walks the seven steps for the family as a whole, then says how to recognise the
 * family in a prompt, then closes like a chapter (rubric, mistakes, follow-ups, references).
 */
export function checkFamilyPage(outline: PageOutline, floors: PageFloors = FAMILY_FLOORS): string[] {
  const problems = checkStepSections(outline);
  problems.push(...checkDiagramsAndWords(outline, floors));
  const titles = outline.sections.map((section) => section.title);
  const recognition = titles.indexOf(FAMILY_RECOGNITION_SECTION);
  const lastStep = titles.findLastIndex(isStepHeading);
  const rubricIndex = titles.indexOf("What interviewers look for");
  if (recognition === -1) problems.push(`is missing the section "## ${FAMILY_RECOGNITION_SECTION}"`);
  else if (recognition < lastStep || (rubricIndex !== -1 && recognition > rubricIndex))
    problems.push(
      `"## ${FAMILY_RECOGNITION_SECTION}" must come after step ${STEPS.length} and before "## What interviewers look for"`,
    );
  problems.push(...checkClosingSections(outline, CHAPTER_CLOSING_SECTIONS, floors));
  const rubric = findSection(outline, "What interviewers look for");
  if (rubric && rubric.tables === 0) {
    problems.push(`"## What interviewers look for" needs a table of mid-level, senior and staff answers`);
  }
  return problems;
}

export function checkCaseStudy(outline: PageOutline, floors: PageFloors = CASE_STUDY_FLOORS): string[] {
  const problems = checkStepSections(outline);
  problems.push(...checkDiagramsAndWords(outline, floors));
  problems.push(...checkClosingSections(outline, CASE_STUDY_CLOSING_SECTIONS, floors));
  const rubric = findSection(outline, "Level rubric");
  if (rubric && rubric.tables === 0)
    problems.push(`"## Level rubric" needs a table of mid-level, senior and staff answers`);
  const lastStep = outline.sections.findLastIndex((section) => isStepHeading(section.title));
  const firstClosing = outline.sections.findIndex((section) =>
    (CASE_STUDY_CLOSING_SECTIONS as readonly string[]).includes(section.title),
  );
  if (lastStep !== -1 && firstClosing !== -1 && firstClosing < lastStep) {
    problems.push(
      `the closing sections (${CASE_STUDY_CLOSING_SECTIONS.join(", ")}) must come after step ${STEPS.length}`,
    );
  }
  return problems;
}
