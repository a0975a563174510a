/** The sidebar groups for the current collections (Astro-side glue around the pure nav builder). */
import { getCollection } from "astro:content";
import { buildNav, type NavGroup } from "../lib/nav.ts";
import { familyPages } from "./family-pages.ts";

export async function siteNav(): Promise<NavGroup[]> {
  const chapters = await getCollection("chapters");
  const caseStudies = await getCollection("caseStudies");
  const families = await familyPages();
  return buildNav(
    chapters.map((c) => ({ slug: c.id, title: c.data.title, step: c.data.step, track: c.data.track })),
    caseStudies.map((c) => ({ slug: c.id, title: c.data.title })),
    families.map((f) => ({ slug: f.id, title: f.data.title })),
  );
}
