import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildSettings } from "../../src/lib/settings.ts";

/**
 * Every page the built site's sitemap lists, as paths relative to the base URL, plus the 404 page. Read from
 * dist/ at collection time so each page becomes its own test (and runs in parallel).
 */
export function sitemapPaths(): string[] {
  const { outDir, base } = buildSettings(process.env);
  const files = readdirSync(outDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((file) =>
    [...readFileSync(path.join(outDir, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      new URL(m[1]!).pathname.slice(base.length),
    ),
  );
  if (paths.length === 0) throw new Error(`The sitemap in ${outDir}/ lists no pages: build the site first`);
  return [...paths, "404.html"];
}
