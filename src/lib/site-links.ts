/**
 * Pure link checking over a built site: given every page's ids and links, list the links that point to a
 * page, file or anchor that does not exist.
 */
export interface BuiltPage {
  /** URL path of the page, including the base: "/guide/chapters/data/". */
  url: string;
  /** The content file the page was built from, when there is one (for error messages). */
  source: string | undefined;
  ids: Set<string>;
  /** Ids that appear more than once on the page: a link to them lands on whichever comes first. */
  duplicateIds: string[];
  links: string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//");
}

/**
 * @param files every file path in the built site, as URL paths ("/guide/favicon.svg"), so links to assets
 *   and PDFs are checked too.
 */
export function findBrokenLinks(pages: BuiltPage[], files: Set<string>, base: string): BrokenLink[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (isExternal(href) || href === "") continue;
      const target = new URL(href, `http://site.invalid${page.url}`);
      const pathname = decodeURIComponent(target.pathname);
      const hash = decodeURIComponent(target.hash.slice(1));
      const where = page.source ?? page.url;
      if (!pathname.startsWith(base)) {
        broken.push({ page: where, href, reason: `is outside the site's base path ${base}` });
        continue;
      }
      const targetPage = byUrl.get(pathname) ?? (pathname.endsWith("/") ? undefined : byUrl.get(`${pathname}/`));
      if (!targetPage) {
        if (!files.has(pathname))
          broken.push({ page: where, href, reason: "points to a page or file that does not exist" });
        else if (hash) broken.push({ page: where, href, reason: "has an #anchor on a file that is not a page" });
        continue;
      }
      if (hash && !targetPage.ids.has(hash)) {
        const reason =
          targetPage.url === `${base}glossary/`
            ? `names the glossary term "${hash}", which is not defined in content/glossary/`
            : `points to #${hash}, which does not exist on ${targetPage.url}`;
        broken.push({ page: where, href, reason });
      }
    }
  }
  return broken;
}

/** Every id used twice on one page, as "file: id" problems. */
export function findDuplicateIds(pages: BuiltPage[]): { page: string; id: string }[] {
  return pages.flatMap((page) => page.duplicateIds.map((id) => ({ page: page.source ?? page.url, id })));
}
