/**
 * `npm run browser`: find Chromium, or install it (as root on Debian), and print its path. The build runs
 * it first so that a missing browser is reported before anything else. The logic is in src/lib/browser.ts.
 */
import { ensureBrowser } from "../src/lib/browser.ts";

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${ensureBrowser()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
