import { expect, test } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

async function pdfText(data: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(data) }).promise;
  let text = "";
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += `${content.items.map((item) => ("str" in item ? item.str : "")).join(" ")}\n`;
  }
  return text;
}

test("a chapter prints to a PDF that contains its title and its diagram labels as text", async ({ page }) => {
  await page.goto("chapters/data/");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const text = await pdfText(pdf);
  expect(text).toContain("Data and features");
  expect(text).toContain("Kafka");
});
