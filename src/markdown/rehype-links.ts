/**
 * Authors write internal links root-relative (`/chapters/data/#joins`); this plugin adds the site's base path
 * so the guide works under a sub-path, and marks external links `rel="noopener"`. Whether each internal
 * link and anchor exists is checked on the built site (src/integrations/check-links.ts), where every page's
 * ids are known.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { withBase } from "../lib/paths.ts";

export interface RehypeLinksOptions {
  base: string;
}

export default function rehypeLinks({ base }: RehypeLinksOptions) {
  return function transform(tree: Root): void {
    visit(tree, "element", (node) => {
      if (node.tagName !== "a") return;
      const href = node.properties["href"];
      if (typeof href !== "string") return;
      if (href.startsWith("/") && !href.startsWith("//")) node.properties["href"] = withBase(base, href);
      else if (/^https?:\/\//.test(href)) node.properties["rel"] = ["noopener", "noreferrer"];
    });
  };
}
