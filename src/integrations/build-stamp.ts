/**
 * Records a finished build: its settings in dist/.build-stamp.json (so `npm test` knows when to rebuild) and
 * how many diagrams were rendered vs taken from the cache in dist/.build-stats.json (for the benchmark).
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { STAMP_FILE, stampFor } from "../../scripts/build-stamp.ts";

export default function buildStamp(diagramStats: { rendered: number; cached: number }): AstroIntegration {
  return {
    name: "field-guide:build-stamp",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeFile(path.join(root, STAMP_FILE), JSON.stringify(stampFor(process.env)));
        await writeFile(path.join(root, ".build-stats.json"), JSON.stringify({ diagrams: diagramStats }));
      },
    },
  };
}
