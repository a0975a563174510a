/** A short, URL- and id-safe key for a content file: content/chapters/data.mdx → "chapters-data". */
export function pageKeyOf(file: string): string {
  const normalised = file
    .split("\\")
    .join("/")
    .replace(/\.mdx?$/, "");
  const afterContent = normalised.includes("content/")
    ? normalised.slice(normalised.lastIndexOf("content/") + 8)
    : normalised;
  return afterContent
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Joins the site's base path and a root-relative path: ("/guide/", "/chapters/data/") → "/guide/chapters/data/". */
export function withBase(base: string, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  if (trimmedBase && (href === trimmedBase || href.startsWith(`${trimmedBase}/`))) return href;
  return `${trimmedBase}${href}`;
}
