import { execFileSync } from "node:child_process";

/**
 * The date of the last commit that touched `file`, or undefined when git cannot say (no git, file not
 * committed yet). In a shallow clone this is at worst the date of the oldest commit present — still a date
 * the page really was at, never an error.
 */
export function lastCommitDate(file: string): Date | undefined {
  try {
    const output = execFileSync("git", ["log", "-1", "--format=%cI", "--", file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (!output) return undefined;
    const date = new Date(output);
    return Number.isNaN(date.getTime()) ? undefined : date;
  } catch {
    return undefined;
  }
}
