/**
 * Gives every h2–h4 an id (GitHub-style slug, the same Astro would choose) and a copyable "#" link after its
 * text. The link has no text of its own (the "#" comes from CSS), so the table of contents and search
 * results show the heading's words only. A track's section in a step chapter ("In LLM systems") gets the fixed
 * anchor the track defines (#llm-systems), so links into it do not depend on the heading's wording.
 */
import type { Element, Root } from "hast";
import GithubSlugger from "github-slugger";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { FIXED_HEADING_ANCHORS } from "../lib/tracks.ts";

const HEADINGS = new Set(["h2", "h3", "h4"]);

export default function rehypeHeadingAnchors() {
  return function transform(tree: Root): void {
    const slugger = new GithubSlugger();
    visit(tree, "element", (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      const text = toString(node).trim();
      const existing = node.properties["id"];
      const id = typeof existing === "string" ? existing : (FIXED_HEADING_ANCHORS.get(text) ?? slugger.slug(text));
      node.properties["id"] = id;
      node.children.push({
        type: "element",
        tagName: "a",
        properties: { className: ["heading-anchor"], href: `#${id}`, ariaLabel: `Link to this section: ${text}` },
        children: [],
      });
    });
  };
}
