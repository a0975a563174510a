/**
 * Every built page is valid HTML (html-validate's recommended rules; inline styles are allowed because
 * syntax highlighting and the inline SVG diagrams need them). Runs on dist/, which `npm test` builds first.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { buildSettings } from "../../src/lib/settings.ts";

const { outDir } = buildSettings(process.env);
const pages = readdirSync(outDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".html") && !file.startsWith("pagefind"));
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe("built HTML", () => {
  it("has pages to validate", () => {
    expect(pages.length).toBeGreaterThan(10);
  });
  it.each(pages)("%s is valid", async (page) => {
    const report = await validator.validateFile(path.join(outDir, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ""})`),
    );
    expect(messages, messages.join("\n")).toEqual([]);
  });
});
