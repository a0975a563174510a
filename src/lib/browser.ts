/**
 * The one place that finds the Chromium used to render diagrams (src/markdown), print PDFs (src/integrations),
 * run the end-to-end tests and the benchmarks (scripts/). `npm run browser` is its command line.
 *
 * Order: $CHROMIUM_PATH, then Playwright's own download (if `npx playwright install` ever worked here), then
 * the usual system paths. `ensureBrowser()` also installs Debian's `chromium` package when running as root
 * with apt-get available; otherwise it stops with a message that says exactly what to install.
 */
import { existsSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Flags that keep Chromium quiet and working as root in a container without network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function playwrightDownloads(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith("chromium-"))
    .sort()
    .reverse()
    .flatMap((name) => [
      path.join(cache, name, "chrome-linux64", "chrome"),
      path.join(cache, name, "chrome-linux", "chrome"),
    ]);
}

/** The path of a usable Chromium, or undefined. */
export function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return [...playwrightDownloads(), ...SYSTEM_PATHS].find((candidate) => existsSync(candidate));
}

const HOW_TO_INSTALL = [
  "No Chromium found. The build renders diagrams and PDFs with it, and the tests drive it.",
  "Install one of:",
  "  • Debian/Ubuntu:  sudo apt-get install -y chromium",
  "  • macOS:          brew install --cask chromium",
  "  • anywhere Playwright can download:  npx playwright install chromium",
  "or point CHROMIUM_PATH at an existing Chrome or Chromium binary.",
].join("\n");

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && process.platform === "linux" && existsSync("/usr/bin/apt-get");
}

/** Finds Chromium, installing Debian's package when we are root on a Debian-like system. */
export function ensureBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log("No Chromium found; installing Debian's chromium package (running as root)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = findBrowser();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_INSTALL);
}

/** The browser path for code that must not install anything (the build): a clear error when missing. */
export function requireBrowser(): string {
  const found = findBrowser();
  if (!found) throw new Error(`${HOW_TO_INSTALL}\n(or run \`npm run browser\`, which installs it when it can)`);
  return found;
}
