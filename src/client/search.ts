/**
 * The only search code on a reading page, kept tiny: it opens search when asked (the header button,
 * Ctrl/⌘-K, "/") by importing the search UI chunk on demand, and highlights the searched words when the
 * page was opened from a search result. No search script, style, index or WebAssembly is fetched before
 * one of those happens. It imports only a type from the search code (erased at build), so the search chunk
 * and this file do not depend on each other.
 */
import type { SearchSite } from "../lib/search/config.ts";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/**
 * Turns the header's "Search" link (which without JavaScript leads to /search/) into a button that opens the
 * search dialog, and binds the keyboard shortcuts. On the search page itself they focus its search box.
 */
export function installSearchTriggers(link: HTMLAnchorElement, site: SearchSite): void {
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.innerHTML = link.innerHTML;
  // Named by its word "Search", which phones keep in the accessibility tree while showing only the icon; an
  // aria-label would have to repeat every visible word, the shortcut hint included (WCAG 2.5.3).
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-keyshortcuts", isMac() ? "Meta+K /" : "Control+K /");
  const hint = button.querySelector("kbd");
  if (hint && isMac()) hint.textContent = "⌘ K";
  link.replaceWith(button);

  let opening = false;
  const open = async () => {
    const page = document.querySelector<HTMLElement>("div[data-search-page]");
    if (page) {
      page.querySelector("input")?.focus();
      return;
    }
    if (opening) return;
    opening = true;
    try {
      const { openSearchDialog } = await import("./search-dialog.ts");
      await openSearchDialog(site, button);
    } catch (error) {
      // The search files could not be fetched (offline, or a broken deploy): the search page says why.
      console.error(error);
      window.location.assign(site.searchPage);
    } finally {
      opening = false;
    }
  };

  button.addEventListener("click", () => void open());
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const modK = event.key.toLowerCase() === "k" && (isMac() ? event.metaKey : event.ctrlKey) && !event.shiftKey;
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    if (!modK && !slash) return;
    if (document.querySelector("dialog[open]")) return;
    event.preventDefault();
    void open();
  });
}

/**
 * On arrival from a search result (?pagefind-highlight=term…), marks the searched words with Pagefind's
 * highlight script. Only then is that script fetched.
 */
export function highlightSearchTerms(site: SearchSite): void {
  if (!new URLSearchParams(window.location.search).has(site.highlightParam)) return;
  const url = `${site.bundle}pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then((module: { default: new (options: Record<string, unknown>) => unknown }) => {
      // Styles come from the site's own `mark` rule (global.css), not an inline <style> the CSP would block.
      new module.default({
        highlightParam: site.highlightParam,
        markContext: document.querySelector("main"),
        // A <mark> inside an SVG <text> is not SVG: the word would vanish from a diagram's label. Diagrams are
        // left alone (their captions, which are HTML, still show the match).
        markOptions: {
          className: "pagefind-highlight",
          exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *", "svg", "svg *"],
        },
        addStyles: false,
      });
    })
    .catch((error: unknown) => console.error(error));
}
