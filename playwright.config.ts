import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, requireBrowser } from "./src/lib/browser.ts";

const PORT = Number(process.env["E2E_PORT"] ?? 4329);
const base = process.env["BASE_PATH"] ? `/${process.env["BASE_PATH"].replace(/^\/+|\/+$/g, "")}/` : "/";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  // Limits catch hangs, not slowness: a busy 2-core machine runs axe on a long page several times slower than an
  // idle one, and no test should fail for that.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env["CI"] ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${base}`,
    launchOptions: { executablePath: requireBrowser(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // The built site as any static host would serve it. --ignore-lock: each engineer's build folder gets its own
    // server (E2E_PORT), and Astro otherwise refuses a second preview server in the same project.
    command: `npm run -s preview -- --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: `http://127.0.0.1:${PORT}${base}`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
