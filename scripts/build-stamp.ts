/**
 * Whether dist/ needs rebuilding: missing, built with other settings, or older than any of its inputs.
 * The build writes dist/.build-stamp.json (see astro.config.mjs) with the settings it used.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildSettings } from "../src/lib/settings.ts";

const INPUTS = ["content", "src", "public", "astro.config.mjs", "package-lock.json", "tsconfig.json"];
export const STAMP_FILE = ".build-stamp.json";

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function stampFor(env: Record<string, string | undefined>): { site: string; base: string; contentDir: string } {
  const { site, base, contentDir } = buildSettings(env);
  return { site, base, contentDir };
}

/** A reason to rebuild, or undefined when dist/ is current. */
export function buildIsStale(env: Record<string, string | undefined>): string | undefined {
  const { outDir } = buildSettings(env);
  const stampPath = path.join(outDir, STAMP_FILE);
  if (!existsSync(stampPath)) return `${outDir}/ has not been built`;
  const stamp = JSON.parse(readFileSync(stampPath, "utf8")) as ReturnType<typeof stampFor>;
  if (JSON.stringify(stamp) !== JSON.stringify(stampFor(env))) return "the last build used other settings";
  const builtAt = statSync(stampPath).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(input) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}
