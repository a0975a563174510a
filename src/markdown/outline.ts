/**
 * Reads the teaching structure of an MDX page (sections, diagrams, follow-ups, references, word count)
 * from its Markdown syntax tree. The content rules in src/lib/content-rules.ts judge the result.
 */
import type { Root, RootContent, Heading } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseCodeMeta } from "../lib/code-meta.ts";
import { countWords } from "../lib/text.ts";
import type { PageOutline, SectionOutline } from "../lib/content-rules.ts";

/** Nodes whose text is not prose: code, diagrams, imports and expressions. */
const NON_PROSE = new Set(["code", "yaml", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "html"]);

function proseWords(node: RootContent | Root): number {
  if (NON_PROSE.has(node.type)) return 0;
  if (node.type === "text" || node.type === "inlineCode") return countWords(node.value);
  if ("children" in node) {
    let total = 0;
    for (const child of node.children as RootContent[]) total += proseWords(child);
    return total;
  }
  return 0;
}

function countDetails(node: RootContent | Root): number {
  let total = 0;
  if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "details") total += 1;
  if ("children" in node) for (const child of node.children as RootContent[]) total += countDetails(child);
  return total;
}

export function outlineOf(tree: Root): PageOutline {
  const sections: SectionOutline[] = [];
  const diagrams: PageOutline["diagrams"] = [];
  let words = 0;
  let current: SectionOutline | undefined;

  const visitDiagrams = (node: RootContent | Root) => {
    if (node.type === "code" && node.lang === "mermaid") {
      diagrams.push({ line: node.position?.start.line ?? 0, caption: parseCodeMeta(node.meta).caption });
    }
    if ("children" in node) for (const child of node.children as RootContent[]) visitDiagrams(child);
  };
  visitDiagrams(tree);

  for (const node of tree.children) {
    const nodeWords = proseWords(node);
    words += nodeWords;
    if (node.type === "heading" && node.depth === 2) {
      current = {
        title: toString(node as Heading).trim(),
        line: node.position?.start.line ?? 0,
        words: 0,
        details: 0,
        listItems: 0,
        tables: 0,
      };
      sections.push(current);
      continue;
    }
    if (!current) continue;
    current.words += nodeWords;
    current.details += countDetails(node);
    if (node.type === "list") current.listItems += node.children.length;
    if (node.type === "table") current.tables += 1;
  }
  return { words, sections, diagrams };
}
