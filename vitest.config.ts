import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "tests/unit/**/*.test.ts",
      "tests/content/**/*.test.ts",
      "tests/build/**/*.test.ts",
      "tests/site/**/*.test.ts",
    ],
    // Build-error tests run real Astro builds of small fixture sites.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
