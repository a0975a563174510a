/**
 * One JSON file per practice item (/practice/outlines/case-<slug>.json, /practice/outlines/prompt-<slug>.json):
 * the prompt and the reference outline per step, fetched by the mock interview only for the item picked, so the
 * page itself stays light.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { caseStepSections } from "../../../lib/case-steps.ts";
import { caseOutline, promptOutline } from "../../../lib/practice.ts";
import type { PracticeOutline } from "../../../lib/mock-interview.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const cases = (await getCollection("caseStudies")).map((study) =>
    caseOutline(
      { slug: study.id, title: study.data.title, prompt: study.data.prompt, plan: study.data.plan },
      caseStepSections(study.body ?? "", study.filePath ?? study.id),
    ),
  );
  const prompts = (await getCollection("practicePrompts")).map((prompt) =>
    promptOutline({ slug: prompt.id, ...prompt.data }),
  );
  return [...cases, ...prompts].map((outline) => ({ params: { id: outline.id }, props: { outline } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { outline: PracticeOutline }).outline), {
    headers: { "Content-Type": "application/json" },
  });
