/**
 * The header's search dialog: a modal <dialog> holding the search box, opened by the header button,
 * Ctrl/⌘-K or "/". Escape, the close button or a click outside closes it, and focus returns to the button.
 * It opens before Pagefind has loaded (typing starts at once) and starts that loading straight away.
 */
import type { SearchSite } from "../lib/search/config.ts";
import { writeSearchState } from "../lib/search/url.ts";
import { loadSearchEngine } from "./search-engine.ts";
import { createSearchBox, loadSearchStyles } from "./search-ui.ts";

let dialog: HTMLDialogElement | undefined;

function buildDialog(site: SearchSite, trigger: HTMLButtonElement): HTMLDialogElement {
  const modal = document.createElement("dialog");
  modal.className = "search-dialog";
  modal.setAttribute("aria-label", "Search the guide");
  const engine = loadSearchEngine(site);
  // A failed load (offline, broken deploy): the search page explains, so send the reader there.
  engine.catch((error: unknown) => {
    console.error(error);
    window.location.assign(site.searchPage);
  });
  const more = document.createElement("a");
  more.className = "search-more";
  more.textContent = "Filter results on the search page";
  more.href = site.searchPage;
  const box = createSearchBox(engine, site, {
    label: "Search the guide",
    onResults: (outcome) =>
      (more.href = `${site.searchPage}${writeSearchState({ query: outcome.typed, filters: {} })}`),
  });

  const header = document.createElement("div");
  header.className = "search-dialog__header";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "search-dialog__close";
  close.textContent = "Close";
  close.addEventListener("click", () => modal.close());
  header.append(box.input, close);

  const body = document.createElement("div");
  body.className = "search-dialog__body";
  body.append(box.output);

  const footer = document.createElement("div");
  footer.className = "search-dialog__footer";
  const keys = document.createElement("p");
  keys.className = "search-keys";
  keys.innerHTML = "<kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close";
  footer.append(keys, more);

  modal.append(header, body, footer);
  // A click on the backdrop lands on the <dialog> itself; clicks inside land on its children.
  modal.addEventListener("click", (event) => {
    if (event.target === modal) modal.close();
  });
  modal.addEventListener("close", () => {
    trigger.setAttribute("aria-expanded", "false");
    trigger.focus();
  });
  document.body.append(modal);
  return modal;
}

/** Opens the search dialog; on close, focus goes back to the header's search button. */
export async function openSearchDialog(site: SearchSite, trigger: HTMLButtonElement): Promise<void> {
  await loadSearchStyles();
  dialog ??= buildDialog(site, trigger);
  dialog.showModal();
  const input = dialog.querySelector("input");
  input?.focus();
  input?.select();
  trigger.setAttribute("aria-expanded", "true");
}
