/**
 * The problem-family pages written so far (content/families/), read once per build. Layouts and articles on
 * every page ask for them, and until the first page exists Astro warns on each read of the empty collection —
 * a hundred lines per build that would hide a real warning. The dev server reads afresh, so a page an author
 * adds shows up without a restart.
 */
import { getCollection, type CollectionEntry } from "astro:content";

let cached: Promise<CollectionEntry<"families">[]> | undefined;

export function familyPages(): Promise<CollectionEntry<"families">[]> {
  if (!import.meta.env.PROD) return getCollection("families");
  return (cached ??= getCollection("families"));
}
