/**
 * A wide table scrolls sideways inside its own box rather than widening the page. A box that scrolls must be
 * reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), so each table is wrapped in a
 * focusable, labelled region: a keyboard user tabs to it and scrolls it with the arrow keys, and a
 * screen-reader user hears which table the region holds.
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit, SKIP } from "unist-util-visit";

/** "Table: Metric, Formula, When": the region's name, from the first header cells. */
export function tableLabel(table: Element): string {
  const headers: string[] = [];
  visit(table, "element", (node) => {
    if (node.tagName === "th" && headers.length < 3) {
      const text = toString(node).replace(/\s+/g, " ").trim();
      if (text) headers.push(text);
    }
  });
  return headers.length > 0 ? `Table: ${headers.join(", ")}` : "Table";
}

export default function rehypeTableScroll() {
  return function transform(tree: Root): void {
    // Landmark names must be unique on a page: a second table with the same headers is numbered.
    const seen = new Map<string, number>();
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      const base = tableLabel(node);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const wrapper: Element = {
        type: "element",
        // A named <section> is a region landmark without a role attribute.
        tagName: "section",
        properties: { className: ["table-scroll"], tabIndex: 0, ariaLabel: count === 1 ? base : `${base} (${count})` },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
