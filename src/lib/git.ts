import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

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

/**
 * The last commit date of every file in the repository, read with one `git log` the first time a date is
 * asked for: a build asks once per page, and one git process per page cost a second of every build.
 */
interface CommitDates {
  /** The repository's root; empty when git could not be read. */
  top: string;
  /** Repository-relative path → date of the last commit that touched it. */
  dates: Map<string, Date>;
}
let commitDates: CommitDates | undefined;

function allCommitDates(): CommitDates {
  if (commitDates) return commitDates;
  try {
    const run = (args: string[]) =>
      execFileSync("git", args, {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 256 * 1024 * 1024,
      });
    const top = run(["rev-parse", "--show-toplevel"]).trim();
    const dates = new Map<string, Date>();
    let current: Date | undefined;
    // Newest commit first; a file's first appearance is its last change.
    for (const line of run(["log", "--format=@%cI", "--name-only", "--no-renames"]).split("\n")) {
      if (line.startsWith("@")) current = new Date(line.slice(1));
      else if (line && current && !Number.isNaN(current.getTime()) && !dates.has(line)) dates.set(line, current);
    }
    commitDates = { top, dates };
  } catch {
    commitDates = { top: "", dates: new Map() };
  }
  return commitDates;
}

/** The date of the last commit that touched `file`, or undefined (no git, or the file is not committed). */
export function lastCommitDate(file: string): Date | undefined {
  const known = allCommitDates();
  if (!known.top) return undefined;
  const relative = path.relative(known.top, path.resolve(file)).split(path.sep).join("/");
  return known.dates.get(relative);
}
