/**
 * The script that sets the theme before first paint, as a string: ThemeInit.astro inlines it, and the site's
 * Content-Security-Policy allows it by its hash (astro.config.mjs). Astro hashes the scripts it bundles, not
 * inline ones, and a policy sent as an HTTP header applies before the page's <meta> is read — so without the hash
 * a header policy would block this script and ignore the reader's saved theme.
 */
import { createHash } from "node:crypto";

export const THEME_INIT_SCRIPT = `(() => {
  let theme = null;
  try {
    theme = localStorage.getItem("theme");
  } catch {}
  if (theme !== "light" && theme !== "dark") {
    theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  document.documentElement.dataset.theme = theme;
})();`;

/** The CSP hash that allows exactly this script (sha256-…, as Astro's csp.scriptDirective.hashes takes it). */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`;
}
