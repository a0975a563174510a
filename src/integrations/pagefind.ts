/**
 * Writes the Pagefind search index into the built site through Pagefind's Node API, after every page is built.
 *
 * - Pages opt in: only content inside data-pagefind-body is indexed (chapters, case studies), so page chrome,
 *   navigation, the TOC and the footer never are. Every heading there must have an id (it becomes a
 *   sub-result, a link to the section); the build fails naming the page otherwise.
 * - Glossary terms are custom records, one per term, each landing on its entry (/glossary/#id). Pagefind
 *   cannot split one HTML page into several results, and one page per term would add dozens of thin pages
 *   to the site, its navigation and its link checks for nothing a reader needs.
 * - Pagefind gets each page with a space after every block and table cell, or adjacent cells' words merge.
 * - Index chunks are smaller than Pagefind's default (INDEX_CHUNK_SIZE), so a query fetches less of the index.
 * - The vocabulary of everything indexed is written for the browser's spelling correction, a file per first letter.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { parse as parseYaml } from "yaml";
import { mergeGlossaries } from "../lib/glossary.ts";
import {
  glossaryRecord,
  readIndexedPage,
  separateBlocks,
  type GlossaryTerm,
  type SearchRecord,
} from "../lib/search/indexing.ts";
import { stepLabel } from "../lib/search/facets.ts";
import { INDEX_CHUNK_SIZE, VOCABULARY_DIR } from "../lib/search/config.ts";
import { buildSettings } from "../lib/settings.ts";
import { isStepId, stepById } from "../lib/steps.ts";
import { vocabularyChunks, wordsOf } from "../lib/search/spelling.ts";

export class SearchIndexError extends Error {
  override name = "SearchIndexError";
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((file) => file.endsWith(".html") && !file.startsWith("pagefind")).sort();
}

async function glossaryTerms(contentDir: string): Promise<GlossaryTerm[]> {
  const dir = path.join(contentDir, "glossary");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
  const files = await Promise.all(
    names.map(async (name) => ({
      file: path.join(dir, name),
      data: parseYaml(await readFile(path.join(dir, name), "utf8")) as unknown,
    })),
  );
  return [...mergeGlossaries(files)].map(([id, entry]) => ({
    id,
    term: entry.term,
    definition: entry.definition,
    aliases: entry.aliases ?? [],
  }));
}

/** The URL Pagefind should give a built file, without the base path (Pagefind adds it in the browser). */
function urlOf(file: string): string {
  const posix = file.split(path.sep).join("/");
  return `/${posix.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The step a chapter page belongs to, from its URL (/chapters/data/ → "Step 3 · Data"). */
function chapterStep(file: string): string | undefined {
  const match = /^chapters\/([a-z]+)\/index\.html$/.exec(file.split(path.sep).join("/"));
  return match?.[1] !== undefined && isStepId(match[1]) ? stepLabel(stepById(match[1])) : undefined;
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: "field-guide:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const settings = buildSettings(process.env);
        const root = fileURLToPath(dir);
        const counts = new Map<string, number>();
        const count = (text: string) => wordsOf(text).forEach((word) => counts.set(word, (counts.get(word) ?? 0) + 1));

        // Read what each page gives the index before Pagefind does, to hold the rules above. Pagefind's "only
        // pages with data-pagefind-body" rule applies to its CLI, not to the Node API, so pages are added here.
        const problems: string[] = [];
        const termSteps = new Map<string, Set<string>>();
        const pages: { url: string; content: string }[] = [];
        for (const file of await htmlFiles(root)) {
          const content = await readFile(path.join(root, file), "utf8");
          const page = readIndexedPage(content, settings.base);
          if (!page) continue;
          pages.push({ url: urlOf(file), content: separateBlocks(content) });
          count(page.text);
          for (const heading of page.headingsWithoutId)
            problems.push(`${file}: heading "${heading}" has no id, so search cannot link to it`);
          const step = chapterStep(file);
          if (step) for (const id of page.glossaryLinks) termSteps.set(id, (termSteps.get(id) ?? new Set()).add(step));
        }
        if (problems.length > 0) throw new SearchIndexError(problems.join("\n"));

        const records: SearchRecord[] = (await glossaryTerms(settings.contentDir)).map((term) =>
          glossaryRecord(term, [...(termSteps.get(term.id) ?? [])].sort()),
        );
        for (const record of records) count(`${record.meta["title"]} ${record.content}`);

        // Read by the Pagefind service when it starts (at createIndex); see INDEX_CHUNK_SIZE.
        process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
        if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
        try {
          for (const page of pages) {
            const added = await index.addHTMLFile(page);
            if (added.errors.length > 0)
              throw new SearchIndexError(`Pagefind could not index ${page.url}: ${added.errors.join("; ")}`);
          }
          for (const record of records) {
            const result = await index.addCustomRecord(record);
            if (result.errors.length > 0)
              throw new SearchIndexError(`Pagefind could not index ${record.url}: ${result.errors.join("; ")}`);
          }
          const outputPath = path.join(root, "pagefind");
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0)
            throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          const vocabularyDir = path.join(outputPath, VOCABULARY_DIR);
          await mkdir(vocabularyDir, { recursive: true });
          for (const [chunk, text] of vocabularyChunks(counts))
            await writeFile(path.join(vocabularyDir, `${chunk}.txt`), text);
        } finally {
          await pagefind.close();
        }
        logger.info(
          `indexed ${pages.length} pages and ${records.length} glossary terms for search (${counts.size} words)`,
        );
      },
    },
  };
}
