/**
 * Build-time helpers for the search index, kept free of Pagefind and Astro so they can be unit-tested:
 *   - what an HTML page gives the index (the text inside data-pagefind-body, minus data-pagefind-ignore),
 *     used to check every indexed heading has an id and to collect the vocabulary for spelling correction;
 *   - the glossary terms as Pagefind custom records, one record per term.
 */
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { withBase } from "../paths.ts";
import { SEARCH_KINDS } from "./facets.ts";

export interface IndexedPage {
  /** The text Pagefind indexes, space-separated. */
  text: string;
  /** Text of every h2–h6 inside the indexed region that has no id, so cannot become a sub-result. */
  headingsWithoutId: string[];
  /** Glossary term ids this page links to (/glossary/#id). */
  glossaryLinks: string[];
}

const SKIPPED = new Set(["script", "style", "template", "svg", "noscript"]);
const SUB_HEADINGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

function hasProperty(node: Element, name: string): boolean {
  return node.properties[name] !== undefined && node.properties[name] !== null && node.properties[name] !== false;
}

function textOf(node: RootContent | Root, parts: string[]): void {
  if (node.type === "text") parts.push(node.value);
  if (node.type !== "element" && node.type !== "root") return;
  if (node.type === "element" && (SKIPPED.has(node.tagName) || hasProperty(node, "dataPagefindIgnore"))) return;
  for (const child of node.children) textOf(child, parts);
}

function collect(node: RootContent | Root, visit: (element: Element) => boolean): void {
  if (node.type !== "element" && node.type !== "root") return;
  if (node.type === "element" && !visit(node)) return;
  for (const child of node.children) collect(child, visit);
}

/**
 * What Pagefind will index from this page, or undefined when the page opts out (no data-pagefind-body:
 * once any page has one, Pagefind indexes only pages that do).
 */
export function readIndexedPage(html: string, base = "/"): IndexedPage | undefined {
  const tree = fromHtml(html);
  const regions: Element[] = [];
  collect(tree, (element) => {
    if (hasProperty(element, "dataPagefindBody")) {
      regions.push(element);
      return false;
    }
    return true;
  });
  if (regions.length === 0) return undefined;

  const parts: string[] = [];
  const headingsWithoutId: string[] = [];
  const glossaryLinks = new Set<string>();
  const glossaryPrefix = `${withBase(base, "/glossary/")}#`;
  for (const region of regions) {
    textOf(region, parts);
    collect(region, (element) => {
      if (SKIPPED.has(element.tagName) || hasProperty(element, "dataPagefindIgnore")) return false;
      if (SUB_HEADINGS.has(element.tagName) && typeof element.properties["id"] !== "string") {
        const words: string[] = [];
        textOf(element, words);
        headingsWithoutId.push(words.join("").trim());
      }
      const href = element.properties["href"];
      if (element.tagName === "a" && typeof href === "string" && href.startsWith(glossaryPrefix)) {
        glossaryLinks.add(href.slice(glossaryPrefix.length));
      }
      return true;
    });
  }
  return { text: parts.join(" ").replace(/\s+/g, " ").trim(), headingsWithoutId, glossaryLinks: [...glossaryLinks] };
}

const BLOCK_END =
  /<\/(address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|h[1-6]|li|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>|<br\s*\/?>/gi;

/**
 * The HTML to give Pagefind: the page with a space after every block and table cell. Pagefind joins the text
 * of adjacent elements as written, so `<th>Freshness</th><th>Label accuracy</th>` would index the word
 * "freshnesslabel" and neither word would be found. The served page is unchanged.
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, "$& ");
}

export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  aliases: readonly string[];
}

/** Structurally Pagefind's CustomRecord (pagefind/types), so this module needs no Pagefind import. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One record per glossary term, landing on the term's entry on the glossary page. The term is the title
 * (Pagefind boosts title matches) and the aliases are their own metadata field (searchable, weighted in
 * config.ts), so "NE" or "pCTR" finds the term. `steps` are the framework steps whose chapters use
 * the term, so the step filter narrows glossary results too.
 */
export function glossaryRecord(entry: GlossaryTerm, steps: readonly string[] = []): SearchRecord {
  const aliases = entry.aliases.join(", ");
  return {
    // Root-relative without the base path: Pagefind prefixes its baseUrl, as it does for indexed pages.
    url: `/glossary/#${entry.id}`,
    content: [`${entry.term}.`, entry.definition, aliases ? `Also: ${aliases}.` : ""].filter(Boolean).join(" "),
    language: "en",
    meta: { title: entry.term, kind: SEARCH_KINDS.glossary, ...(aliases ? { aliases } : {}) },
    filters: { kind: [SEARCH_KINDS.glossary], ...(steps.length > 0 ? { step: [...steps] } : {}) },
  };
}
