/**
 * The whole guide on one page (/print/, after mdBook's print.html) puts every chapter and case study into a
 * single document. Heading ids repeat across pages ("key-takeaways", "follow-up-questions", footnotes…), so
 * each page's part gets a prefix: ids become `<prefix>--<id>`, references to them follow, and links to any
 * page that is part of the guide become links to its part ("/chapters/data/#joins" → "#chapters-data--joins").
 *
 * Ids inside <svg> are left alone: the diagram renderer already makes them unique per diagram
 * (mmd-<page>-<n>…), and its <style> and url(#…) references depend on them.
 */
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";

export interface GuidePart {
  /** Id of the part's <section> and prefix of every id in it, e.g. "chapters-data". */
  prefix: string;
  /** URL path of the page the part comes from, with the base: "/guide/chapters/data/". */
  url: string;
}

/** Attributes that hold one or more ids (hast property names). */
const ID_REFERENCES = [
  "ariaLabelledBy",
  "ariaDescribedBy",
  "ariaControls",
  "ariaOwns",
  "ariaDetails",
  "ariaFlowTo",
  "ariaActiveDescendant",
  "htmlFor",
  "headers",
] as const;

export function prefixedId(prefix: string, id: string): string {
  return `${prefix}--${id}`;
}

/** Where a link inside part `from` should point on the one-page guide, or undefined to leave it as it is. */
export function guideHref(
  href: string,
  from: GuidePart,
  parts: readonly GuidePart[],
  ownIds: ReadonlySet<string>,
): string | undefined {
  if (href.startsWith("#")) {
    const id = safeDecode(href.slice(1));
    return ownIds.has(id) ? `#${prefixedId(from.prefix, id)}` : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return undefined;
  const target = new URL(href, `http://site.invalid${from.url}`);
  const part = parts.find((p) => p.url === target.pathname);
  if (!part || target.search) return undefined;
  const id = safeDecode(target.hash.slice(1));
  return id ? `#${prefixedId(part.prefix, id)}` : `#${part.prefix}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface Visited {
  element: Element;
  inSvg: boolean;
}

/** Every element in document order, and whether it is (inside) an <svg>. */
function elementsOf(root: Root): Visited[] {
  const found: Visited[] = [];
  const walk = (node: Root | Element, inSvg: boolean) => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== "element") continue;
      const svg = inSvg || child.tagName === "svg";
      found.push({ element: child, inSvg: svg });
      walk(child, svg);
    }
  };
  walk(root, false);
  return found;
}

export interface RewrittenPart {
  html: string;
  /** The ids the part now defines outside diagrams (already prefixed). */
  ids: string[];
}

/** Prefixes the ids of one page's HTML and points its in-guide links at the parts of the one-page guide. */
export function rewriteForGuide(html: string, part: GuidePart, parts: readonly GuidePart[]): RewrittenPart {
  const tree = fromHtml(html, { fragment: true });
  const elements = elementsOf(tree);
  const ownIds = new Set<string>();
  for (const { element, inSvg } of elements) {
    const id = element.properties["id"];
    if (!inSvg && typeof id === "string" && id !== "") ownIds.add(id);
  }
  const ids: string[] = [];
  const mapId = (id: string) => (ownIds.has(id) ? prefixedId(part.prefix, id) : id);
  for (const { element, inSvg } of elements) {
    const { properties } = element;
    // References are followed everywhere: a diagram's <svg> is labelled by its <figcaption>, outside it.
    for (const name of ID_REFERENCES as readonly string[]) {
      const value = properties[name];
      if (typeof value === "string") properties[name] = value.split(/\s+/).map(mapId).join(" ");
      else if (Array.isArray(value)) properties[name] = value.map((token) => mapId(String(token)));
    }
    if (inSvg) continue;
    // A page of its own has one "Key takeaways" region; the one-page guide would have one per chapter, and
    // landmarks must be told apart. The part itself is the region (PrintPart); its sections are plain sections.
    if (element.tagName === "section") {
      delete properties["ariaLabelledBy"];
      delete properties["ariaLabel"];
    }
    const id = properties["id"];
    if (typeof id === "string" && id !== "") {
      properties["id"] = mapId(id);
      ids.push(properties["id"]);
    }
    const href = properties["href"];
    if (element.tagName === "a" && typeof href === "string") {
      const rewritten = guideHref(href, part, parts, ownIds);
      if (rewritten !== undefined) properties["href"] = rewritten;
    }
  }
  return {
    html: unified()
      .use(rehypeStringify)
      .stringify(tree as Root),
    ids,
  };
}

export class DuplicateIdError extends Error {
  override name = "DuplicateIdError";
}

/**
 * Records a part's ids in the page-wide registry; fails the build if another part already uses one. An id
 * repeated within one part is left to the link check, which names the content file it comes from.
 */
export function claimIds(registry: Set<string>, ids: readonly string[], where: string): void {
  const own = new Set(ids);
  const clashes = [...own].filter((id) => registry.has(id));
  if (clashes.length > 0) {
    throw new DuplicateIdError(
      `${where}: id(s) already used by another part of the one-page guide: ${clashes.join(", ")}`,
    );
  }
  for (const id of own) registry.add(id);
}

/** A CSS string literal for `content:` (running heads): quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "\\3c ")}"`;
}

/** The CSS page name of a part (the `page` property), so each part gets its own running head. */
export function pageNameOf(prefix: string): string {
  return `part-${prefix.replace(/[^a-zA-Z0-9-]/g, "-")}`;
}
