import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";

/**
 * When the page was last changed: the date of the last commit that touched `file`, or, for a file git does
 * not track (a page not committed yet, a copy made by a benchmark), the time it was last written. Undefined
 * only when neither can be read. In a shallow clone this is at worst the date of the oldest commit present —
 * still a date the page really was at, never an error.
 */
export function lastChangeDate(file: string): Date | undefined {
  return lastCommitDate(file) ?? modifiedDate(file);
}

function modifiedDate(file: string): Date | undefined {
  try {
    return statSync(file).mtime;
  } catch {
    return undefined;
  }
}

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
