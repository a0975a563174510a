/**
 * The content collections and their schemas: the single source of truth for frontmatter. A page whose
 * frontmatter does not match fails the build with the file and the field named.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { defineCollection, reference } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import { z } from "astro/zod";
import { parse as parseYaml } from "yaml";
import { STEP_IDS } from "./lib/steps.ts";
import { DIFFICULTIES, DOMAINS } from "./lib/domains.ts";
import { TRACK_IDS } from "./lib/tracks.ts";
import { FAMILY_IDS, familyProblems } from "./lib/families.ts";
import { mergeGlossaries } from "./lib/glossary.ts";
import { PRACTICE_KINDS } from "./lib/practice.ts";
import { buildSettings } from "./lib/settings.ts";

const { contentDir } = buildSettings(process.env);

const stepId = z.enum(STEP_IDS);

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: path.join(contentDir, "chapters") }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(20).max(400),
    step: stepId.optional(),
    /** A chapter of a track (src/lib/tracks.ts) rather than of one framework step. */
    track: z.enum(TRACK_IDS).optional(),
    takeaways: z.array(z.string().min(10)).min(1).max(8),
  }),
});

const caseStudies = defineCollection({
  loader: glob({ pattern: "*.mdx", base: path.join(contentDir, "case-studies") }),
  schema: z
    .object({
      title: z.string().min(3),
      prompt: z.string().min(20),
      summary: z.string().min(40).max(600),
      domains: z.array(z.enum(DOMAINS)).min(1),
      /** The problem family (src/lib/families.ts) the case belongs to, and any it also draws on. */
      family: z.enum(FAMILY_IDS),
      secondaryFamilies: z.array(z.enum(FAMILY_IDS)).default([]),
      difficulty: z.enum(DIFFICULTIES),
      companies: z.array(z.string()).default([]),
      scale: z.object({
        users: z.string(),
        qps: z.string(),
        items: z.string(),
        latency: z.string(),
      }),
      related: z.array(reference("caseStudies")).default([]),
      plan: z.object(
        Object.fromEntries(STEP_IDS.map((id) => [id, z.string().min(20)])) as Record<
          (typeof STEP_IDS)[number],
          z.ZodString
        >,
      ),
    })
    .superRefine((data, context) => {
      for (const message of familyProblems(data))
        context.addIssue({ code: "custom", path: ["secondaryFamilies"], message });
    }),
});

/** Problem-family pages: content/families/<family-id>.mdx, one per family in src/lib/families.ts. */
const families = defineCollection({
  loader: glob({ pattern: "*.mdx", base: path.join(contentDir, "families") }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(20).max(400),
    takeaways: z.array(z.string().min(10)).min(1).max(8),
  }),
});

/** A link from a practice prompt's hint into the guide: root-relative, with a trailing slash, optionally an anchor. */
const guideLink = z.object({
  label: z.string().min(3),
  href: z
    .string()
    .regex(/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/, 'an internal link such as "/families/detection/#step-data"'),
});

/**
 * Practice prompts without written answers: content/practice/<slug>.yaml, each with its problem family, a
 * difficulty, and a hint per step that points at the sections of the guide that help.
 */
const practicePrompts = defineCollection({
  loader: glob({ pattern: "*.yaml", base: path.join(contentDir, "practice") }),
  schema: z
    .object({
      title: z.string().min(3),
      prompt: z.string().min(40),
      /** classic: predictive ML; genai: the output is generated text, images or actions. */
      kind: z.enum(PRACTICE_KINDS),
      difficulty: z.enum(DIFFICULTIES),
      family: z.enum(FAMILY_IDS),
      secondaryFamilies: z.array(z.enum(FAMILY_IDS)).default([]),
      hints: z.object(
        Object.fromEntries(
          STEP_IDS.map((id) => [id, z.object({ hint: z.string().min(40), see: z.array(guideLink).min(1).max(4) })]),
        ) as Record<(typeof STEP_IDS)[number], z.ZodObject<{ hint: z.ZodString; see: z.ZodArray<typeof guideLink> }>>,
      ),
    })
    .superRefine((data, context) => {
      for (const message of familyProblems(data))
        context.addIssue({ code: "custom", path: ["secondaryFamilies"], message });
    }),
});

/** Reads every content/glossary/*.yaml file; each maps term ids to { term, definition, aliases }. */
function glossaryLoader(dir: string): Loader {
  return {
    name: "glossary-files",
    load: async ({ store, parseData, logger }) => {
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
      const files = await Promise.all(
        names.map(async (name) => {
          const file = path.join(dir, name);
          return { file, data: parseYaml(await readFile(file, "utf8")) as unknown };
        }),
      );
      store.clear();
      for (const [id, entry] of mergeGlossaries(files)) {
        const { file, ...data } = entry;
        store.set({ id, data: await parseData({ id, data: { ...data, file } }), filePath: file });
      }
      logger.info(`${store.keys().length} glossary terms from ${names.length} files`);
    },
  };
}

const glossary = defineCollection({
  loader: glossaryLoader(path.join(contentDir, "glossary")),
  schema: z.object({
    term: z.string().min(1),
    definition: z.string().min(20),
    aliases: z.array(z.string()).default([]),
    file: z.string(),
  }),
});

function yamlListLoader(file: string): Loader {
  return {
    name: "yaml-list",
    load: async ({ store, parseData }) => {
      const raw = await readFile(file, "utf8").catch(() => undefined);
      store.clear();
      if (raw === undefined) return;
      const items = parseYaml(raw) as { id: string }[];
      for (const item of items)
        store.set({ id: item.id, data: await parseData({ id: item.id, data: item }), filePath: file });
    },
  };
}

const resources = defineCollection({
  loader: yamlListLoader(path.join(contentDir, "resources.yaml")),
  schema: z.object({
    id: z.string(),
    kind: z.enum(["book", "paper", "blog", "course", "repository"]),
    title: z.string(),
    authors: z.string(),
    year: z.number().int().min(1950).max(2100),
    venue: z.string().optional(),
    url: z.url().optional(),
    why: z.string().min(20),
    steps: z.array(stepId).default([]),
  }),
});

export const collections = { chapters, caseStudies, families, practicePrompts, glossary, resources };
