import { describe, expect, it } from "vitest";
import {
  checkCaseStudySteps,
  checkFamilyPage,
  checkStepChapter,
  checkTrackSections,
  stepOfHeading,
  type PageOutline,
  type SectionOutline,
} from "../../src/lib/content-rules.ts";
import { STEPS } from "../../src/lib/steps.ts";

const section = (title: string, extra: Partial<SectionOutline> = {}): SectionOutline => ({
  title,
  line: 1,
  words: 300,
  details: 0,
  listItems: 0,
  tables: 0,
  ...extra,
});

const goodChapter = (): PageOutline => ({
  words: 3200,
  diagrams: [
    { line: 10, caption: "One" },
    { line: 20, caption: "Two" },
  ],
  sections: [
    section("Teaching"),
    section("What interviewers look for", { tables: 1 }),
    section("Common mistakes"),
    section("Follow-up questions", { details: 5 }),
    section("References", { listItems: 6 }),
  ],
});

describe("step chapters", () => {
  it("pass when every floor and section is there", () => {
    expect(checkStepChapter(goodChapter())).toEqual([]);
  });
  it("name each missing piece", () => {
    const outline = goodChapter();
    outline.words = 2000;
    outline.diagrams = [{ line: 3, caption: undefined }];
    outline.sections = outline.sections.filter((s) => s.title !== "Common mistakes");
    outline.sections.find((s) => s.title === "References")!.listItems = 2;
    const problems = checkStepChapter(outline);
    expect(problems).toContain("has 2000 words of prose; at least 3000 are required");
    expect(problems).toContain("has 1 Mermaid diagrams; at least 2 are required");
    expect(problems).toContain('the diagram at line 3 has no caption="…"');
    expect(problems).toContain('is missing the section "## Common mistakes"');
    expect(problems).toContain("lists 2 references; at least 6 are required");
  });
  it("require the closing sections in order", () => {
    const outline = goodChapter();
    outline.sections.reverse();
    expect(checkStepChapter(outline).some((p) => p.includes("out of order"))).toBe(true);
  });
});

describe("case-study step sections", () => {
  const all = [
    "Step 1: Scope",
    "Step 2: Framing",
    "Step 3: Data",
    "Step 4: Model",
    "Step 5: Evaluation",
    "Step 6: Serving",
    "Step 7: Monitoring",
  ];
  it("recognise 'Step N:' headings", () => {
    expect(stepOfHeading("Step 3: Data — logs and joiner")?.id).toBe("data");
    expect(stepOfHeading("Stepping back")).toBeUndefined();
  });
  it("accept all seven in order", () => {
    expect(checkCaseStudySteps(["Intro", ...all, "References"])).toEqual([]);
  });
  it("name a missing step", () => {
    const problems = checkCaseStudySteps(all.filter((t) => !t.startsWith("Step 5")));
    expect(problems).toEqual(['is missing the section for step 5 (Evaluate offline and online): "## Step 5: …"']);
  });
  it("name steps out of order and repeated", () => {
    const swapped = [...all];
    [swapped[2], swapped[3]] = [swapped[3]!, swapped[2]!];
    expect(checkCaseStudySteps(swapped)).toContain("puts step 3 after step 4; steps must appear in order 1–7");
    expect(checkCaseStudySteps([...all, "Step 2: again"])).toContain(
      "has 2 sections for step 2 (Frame it as an ML task); one is required",
    );
  });
});

describe("track sections in step chapters", () => {
  it("are required, before the rubric, under their exact heading", () => {
    expect(checkTrackSections(["Sources", "In LLM systems", "What interviewers look for"])).toEqual([]);
    expect(checkTrackSections(["Sources", "What interviewers look for"])).toEqual([
      'needs a section "## In LLM systems" (anchor #llm-systems) before "## What interviewers look for"',
    ]);
    expect(checkTrackSections(["What interviewers look for", "In LLM systems"])).toEqual([
      '"## In LLM systems" must come before "## What interviewers look for"',
    ]);
    expect(checkTrackSections(["Sources", "LLM systems", "What interviewers look for"])).toHaveLength(1);
  });
});

describe("family pages", () => {
  const goodPage = (): PageOutline => ({
    words: 3400,
    diagrams: [
      { line: 10, caption: "One" },
      { line: 20, caption: "Two" },
    ],
    sections: [
      section("What unites the family"),
      ...STEPS.map((step) => section(`Step ${step.number}: ${step.short} — for the family`)),
      section("How to recognise this family in a prompt"),
      section("What interviewers look for", { tables: 1 }),
      section("Common mistakes"),
      section("Follow-up questions", { details: 5 }),
      section("References", { listItems: 6 }),
    ],
  });

  it("pass with the seven steps, the recognition section and a chapter's closing sections", () => {
    expect(checkFamilyPage(goodPage())).toEqual([]);
  });

  it("name a missing step, a missing recognition section and a thin page", () => {
    const outline = goodPage();
    outline.words = 1800;
    outline.sections = outline.sections.filter(
      (s) => !s.title.startsWith("Step 4") && s.title !== "How to recognise this family in a prompt",
    );
    const problems = checkFamilyPage(outline);
    expect(problems).toContain('is missing the section for step 4 (Model): "## Step 4: …"');
    expect(problems).toContain('is missing the section "## How to recognise this family in a prompt"');
    expect(problems).toContain("has 1800 words of prose; at least 3000 are required");
  });

  it("want the recognition section after the seven steps", () => {
    const outline = goodPage();
    const recognition = outline.sections.splice(8, 1)[0]!;
    outline.sections.splice(1, 0, recognition);
    expect(checkFamilyPage(outline)).toEqual([
      '"## How to recognise this family in a prompt" must come after step 7 and before "## What interviewers look for"',
    ]);
  });
});
