/**
 * `npm run check:content [files…]`: the content bar without building the site. Prints, per page, the words,
 * diagrams, follow-up questions and references, then every rule the page breaks; exits 1 if any.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { checkPage } from "../src/markdown/content-check.ts";

async function allPages(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of ["content/chapters", "content/families", "content/case-studies"]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) if (name.endsWith(".mdx")) files.push(path.join(dir, name));
  }
  return files;
}

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : await allPages();
let failed = 0;
for (const file of files) {
  const report = await checkPage(file);
  const followUps = report.outline.sections.find((s) => s.title === "Follow-up questions")?.details ?? 0;
  const references = report.outline.sections.find((s) => s.title === "References")?.listItems ?? 0;
  console.log(
    `${file} [${report.kind}]: ${report.outline.words} words, ${report.outline.diagrams.length} diagrams, ` +
      `${followUps} follow-ups, ${references} references`,
  );
  for (const problem of report.problems) console.log(`  ✗ ${file} ${problem}`);
  if (report.problems.length > 0) failed += 1;
}
console.log(
  failed === 0 ? `All ${files.length} pages meet the content bar.` : `${failed} of ${files.length} pages fall short.`,
);
process.exitCode = failed === 0 ? 0 : 1;
