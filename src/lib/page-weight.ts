/**
 * What a page makes the browser download before any interaction: its HTML, the stylesheets and scripts it
 * references (following static imports between script chunks), as gzip bytes. Pure: file access is injected.
 */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

export type PageKindLabel = "home" | "chapter" | "case study" | "study tool" | "other";

export function pageKindOf(url: string, base = "/"): PageKindLabel {
  const path = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
  if (path === "/") return "home";
  if (/^\/chapters\/[^/]+\/$/.test(path)) return "chapter";
  if (/^\/case-studies\/[^/]+\/$/.test(path)) return "case study";
  if (/^\/(glossary|resources|search|study|cheat-sheet|flashcards|plans|mock-interview|matrix)/.test(path))
    return "study tool";
  return "other";
}

/** Stylesheet and script URLs a page references in its HTML. */
export function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  return { css, js };
}

/** Relative static imports inside a bundled script ("./chunk.js"); dynamic import() is excluded on purpose. */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
    found.add(match[1]!);
  return [...found];
}

export function inlineBytes(html: string): { css: string; js: string } {
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join("");
  const js = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1]!)
    .join("");
  return { css, js };
}
