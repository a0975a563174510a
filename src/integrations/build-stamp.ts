/** Records the settings of a finished build in dist/.build-stamp.json, so `npm test` knows when to rebuild. */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { STAMP_FILE, stampFor } from "../../scripts/build-stamp.ts";

export default function buildStamp(): AstroIntegration {
  return {
    name: "field-guide:build-stamp",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        await writeFile(path.join(fileURLToPath(dir), STAMP_FILE), JSON.stringify(stampFor(process.env)));
      },
    },
  };
}
